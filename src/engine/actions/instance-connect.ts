import type { Instance } from '../model/instances';
import { mustFindEndpoint, notFound } from '../lookup';
import { isIpv4 } from '../net/cidr';
import { reachability, type Reachability, type Source } from '../net/reachability';
import { parsePublicKey, parsePushedKey } from '../net/ssh-keys';
import type { Params } from '../params';
import { Refusal, refuse } from '../refusal';
import type { Tx } from '../tx';
import type { RefusalScope } from '../types';
import { defineActions, type Handler } from '../action-def';

/**
 * EC2 Instance Connect's SendSSHPublicKey (rules A20–A22) and `sim:Ssh`, the learner's SSH client: the network hops
 * of net/reachability.ts (through an EC2 Instance Connect Endpoint with `From: "eic-endpoint"`, rule A23), then
 * authentication (rule A18). A connection is a read: it changes nothing in the world.
 */

/** How long a key pushed with SendSSHPublicKey is accepted (rule A20), in seconds of simulated time. */
export const EIC_KEY_LIFETIME = 60;
/** The login user of every AMI the lab offers (Amazon Linux, rule A5). */
export const DEFAULT_USER = 'ec2-user';
const MAX_KEYS_PER_INSTANCE = 20;
const OS_USER = /^[a-z_][a-z0-9_.-]{0,31}$/i;

function eicInstance(tx: Tx, p: Params): Instance {
  const id = p.str('InstanceId');
  const az = p.optStr('AvailabilityZone');
  const instance = tx.find('instances', id);
  if (!instance || (az !== undefined && az !== instance.az)) {
    return refuse('eic.instance.not-found', `Instance not found: ${id}${az ? ` in ${az}` : ''}`, { resources: [id] });
  }
  // Stopped and terminated alike (rule A21): the instance exists but is not running.
  if (instance.state !== 'running') {
    refuse('eic.instance.not-running', `Instance ${id} is ${instance.state}; it must be running.`, { resources: [id], scope: { kind: 'state', to: instance.state } });
  }
  return instance;
}

/** Missing or malformed members are `InvalidArgsException` in the Instance Connect JSON API (rule A21). */
function jsonService(handler: Handler): Handler {
  return (tx, p) => {
    try {
      return handler(tx, p);
    } catch (thrown) {
      if (thrown instanceof Refusal && (thrown.error.rule === 'request.missing-parameter' || thrown.error.rule === 'request.invalid-parameter')) {
        throw new Refusal({ ...thrown.error, code: 'InvalidArgsException' });
      }
      throw thrown;
    }
  };
}

function sendSshPublicKey(tx: Tx, p: Params) {
  // The arguments are checked before the instance is looked up.
  const user = p.str('InstanceOSUser');
  if (!OS_USER.test(user)) refuse('eic.key.invalid', `Invalid InstanceOSUser '${user.slice(0, 40)}'.`);
  const material = p.str('SSHPublicKey');
  const parsed = material.length >= 80 && material.length <= 4096 ? parsePushedKey(material) : { problem: `${material.length} characters (80 to 4,096)` };
  if ('problem' in parsed) {
    refuse('eic.key.invalid', 'SSHPublicKey is not a valid RSA or ED25519 public key of 80 to 4,096 characters.', { fix: `The key was refused: ${parsed.problem}.` });
  }
  const instance = eicInstance(tx, p);
  const mine = tx.all('instanceConnectKeys').filter((k) => k.instanceId === instance.id);
  const stale = mine.filter((k, i) => tx.now >= k.pushedAt + EIC_KEY_LIFETIME || i < mine.length - MAX_KEYS_PER_INSTANCE + 1);
  for (const old of stale) tx.remove('instanceConnectKeys', old.id);
  const id = tx.id('eick');
  tx.put('instanceConnectKeys', id, {
    ownerId: tx.account,
    region: instance.region,
    tags: [],
    id,
    instanceId: instance.id,
    osUser: user,
    publicKey: parsed.publicKey,
    pushedAt: tx.now,
  });
  tx.event({
    type: 'instance-connect-key',
    message: `A public key for ${user} was pushed to ${instance.id}; it is accepted for ${EIC_KEY_LIFETIME} seconds.`,
    resourceId: instance.id,
  });
  const h = tx.hex(32);
  return { RequestId: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`, Success: true };
}

const FROM = ['internet', 'eic-console', 'eic-endpoint'] as const;

/** Where the client connects from; through an endpoint, the endpoint must exist here (rule A23). */
function readSource(tx: Tx, p: Params): Source {
  const from = p.enum('From', FROM);
  if (from === 'eic-console') return { kind: 'eic-console' };
  const ip = p.optStr('SourceIp');
  if (ip !== undefined && !isIpv4(ip)) refuse('request.invalid-parameter', `Invalid value '${ip.slice(0, 40)}' for SourceIp.`);
  if (from === 'eic-endpoint') {
    const endpoint = mustFindEndpoint(tx, p.str('InstanceConnectEndpointId'));
    return { kind: 'eic-endpoint', endpointId: endpoint.id, ...(ip !== undefined ? { ip } : {}) };
  }
  return { kind: 'internet', ...(ip !== undefined ? { ip } : {}) };
}

/** What the refusal card labels the blocking resource: a firewall's rules (group or network ACL), a state, or the VPC. */
function scopeOfHop(hop: string | undefined): RefusalScope['kind'] {
  if (hop === 'security-group' || hop === 'endpoint-egress' || hop === 'network-acl') return 'permission';
  return hop === 'instance-state' || hop === 'listener' ? 'state' : 'vpc';
}

function networkRefusal(path: Reachability, port: number, instance: Instance): never {
  const hop = path.blocking;
  const line = path.verdict === 'refused' ? 'Connection refused' : 'Connection timed out';
  return refuse(hop?.rule ?? 'ssh.instance-not-running', `ssh: connect to host ${path.address} port ${port}: ${line}`, {
    resources: [instance.id, ...(hop?.resourceId && hop.resourceId !== instance.id ? [hop.resourceId] : [])],
    fix: hop?.detail,
    scope: { kind: scopeOfHop(hop?.hop), to: hop?.resourceId },
  });
}

/** The public key the client offers: a key file it holds by name (the region's newest first), or the one given. */
function offeredKey(tx: Tx, p: Params, instance: Instance): { key?: string; file?: string } {
  const publicKey = p.optStr('PublicKey');
  if (publicKey !== undefined) return { key: parsePublicKey(publicKey)?.publicKey ?? publicKey.trim() };
  const name = p.optStr('KeyName');
  if (name === undefined) return {};
  const files = tx.all('clientKeys').filter((k) => k.name === name && k.ownerId === tx.account);
  const file = files.filter((k) => k.region === instance.region).at(-1) ?? files.at(-1);
  if (file) return { key: file.publicKey, file: name };
  // A save from before key pairs were modelled: the launch key is known by name only.
  if (!instance.sshPublicKey && instance.keyName === name) return { key: `legacy:${name}`, file: name };
  return { file: name };
}

function authenticate(tx: Tx, p: Params, instance: Instance, address: string): void {
  const user = p.optStr('User') ?? DEFAULT_USER;
  if (p.enum('From', FROM) === 'eic-console' && user === DEFAULT_USER) return;
  const { key, file } = offeredKey(tx, p, instance);
  const authorized = [instance.sshPublicKey ?? (instance.keyName ? `legacy:${instance.keyName}` : undefined)];
  const pushed = tx.all('instanceConnectKeys').filter((k) => k.instanceId === instance.id && k.osUser === user && k.publicKey === key);
  const live = pushed.some((k) => tx.now < k.pushedAt + EIC_KEY_LIFETIME);
  if (user === DEFAULT_USER && key !== undefined && (authorized.includes(key) || live)) return;
  const denied = `${user}@${address}: Permission denied (publickey).`;
  const resources = [instance.id];
  if (pushed.length > 0 && !live && user === DEFAULT_USER) {
    refuse('ssh.eic-key-expired', denied, { resources, fix: `The key pushed to ${instance.id} is older than ${EIC_KEY_LIFETIME} s: push it again and connect at once.` });
  }
  const why =
    user !== DEFAULT_USER
      ? `${instance.id} runs Amazon Linux: log in as ${DEFAULT_USER}, not ${user}.`
      : key === undefined
        ? file
          ? `Your client has no private key ${file}.pem (Warning: Identity file ${file}.pem not accessible).`
          : 'No key was offered: give the key pair (ssh -i <key>.pem) or connect with EC2 Instance Connect.'
        : `${file ? `${file}.pem` : 'That key'} is not the key ${instance.id} was launched with (${instance.keyName ?? 'no key pair'}).`;
  refuse('ssh.permission-denied', denied, { resources, fix: why });
}

function ssh(tx: Tx, p: Params) {
  const id = p.str('InstanceId');
  const instance = tx.get('instances', id);
  if (!instance || instance.ownerId !== tx.account) return notFound('instances', id);
  const port = p.optInt('Port', 1, 65535) ?? 22;
  const path = reachability(tx.base, instance.id, readSource(tx, p), port);
  if (!path || path.verdict !== 'open') return networkRefusal(path ?? { verdict: 'timed-out', address: '', sourceIp: '', hops: [] }, port, instance);
  if (port !== 22) {
    refuse('ssh.not-listening', `kex_exchange_identification: Connection closed by remote host (port ${port} is not sshd)`, { resources: [instance.id] });
  }
  authenticate(tx, p, instance, path.address);
  const user = p.optStr('User') ?? DEFAULT_USER;
  return { Connected: true, User: user, Address: path.address, InstanceId: instance.id, Port: port, SourceIp: path.sourceIp };
}

function analyzePath(tx: Tx, p: Params) {
  const id = p.str('InstanceId');
  const instance = tx.get('instances', id);
  if (!instance || instance.ownerId !== tx.account) return notFound('instances', id);
  const result = reachability(tx.base, instance.id, readSource(tx, p), p.optInt('Port', 1, 65535) ?? 22);
  return { ...result, Reachable: result?.verdict === 'open' };
}

export const INSTANCE_CONNECT_ACTIONS = defineActions([
  {
    type: 'ec2-instance-connect:SendSSHPublicKey',
    summary: 'Push a public key that one OS user of a running instance may log in with for 60 seconds.',
    run: jsonService(sendSshPublicKey),
  },
  {
    type: 'sim:Ssh',
    summary: 'Connect with SSH from the internet, the console’s EC2 Instance Connect or an EC2 Instance Connect Endpoint: each hop is checked in order.',
    run: ssh,
    read: true,
  },
  {
    type: 'sim:AnalyzePath',
    summary: 'Every hop from the internet (or Instance Connect) to an instance port, and the first one that blocks.',
    run: analyzePath,
    read: true,
  },
]);
