/**
 * `ssh` in CloudShell, as data: the OpenSSH client's command line (`ssh -i key.pem ec2-user@host [command]`) and
 * which instance a host names from the internet (a public IPv4, an Elastic IP or a public DNS name). Pure: the
 * connection itself is the engine's `sim:Ssh` (ssh-command.ts sends it through the store).
 */
import type { World } from '../engine';
import { publicAssociations, resolveName } from '../engine/net/dns';
import { isIpv4 } from '../engine/net/cidr';

export interface SshArgs {
  /** `-i lab-key.pem` → `lab-key`: the key pair whose private key the client holds. */
  keyName?: string;
  /** The file as typed (for ssh's own warnings). */
  identity?: string;
  user: string;
  host: string;
  port: number;
  /** Words after the host: a command to run instead of an interactive shell. */
  command: string[];
}

const SSH_USAGE = `usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]
           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]
           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]
           [-J destination] [-L address] [-l login_name] [-m mac_spec]
           [-O ctl_cmd] [-o option] [-P tag] [-p port] [-R address]
           [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]
           destination [command [argument ...]]
`;

/** Options that take a value (`-o StrictHostKeyChecking=no` is accepted and ignored). */
const WITH_VALUE = new Set(['-i', '-l', '-p', '-o', '-F', '-E', '-J', '-b', '-c', '-D', '-e', '-L', '-m', '-R', '-S', '-W', '-w', '-B', '-I', '-O', '-P']);

/** Parses ssh's arguments; a string is what ssh prints on a usage error (exit 255). */
export function parseSshArgs(args: readonly string[]): SshArgs | string {
  let identity: string | undefined;
  let login: string | undefined;
  let port = 22;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-') || arg === '-') break;
    const flag = arg.slice(0, 2);
    if (!WITH_VALUE.has(flag)) {
      if (/^-[46AaCfGgKkMNnqsTtVvXxYy]+$/.test(arg)) continue;
      return `unknown option -- ${arg.slice(1, 2)}\n${SSH_USAGE}`;
    }
    const value = arg.length > 2 ? arg.slice(2) : args[++i];
    if (value === undefined) return `option requires an argument -- ${flag.slice(1)}\n${SSH_USAGE}`;
    if (flag === '-i') identity = value;
    else if (flag === '-l') login = value;
    else if (flag === '-p') {
      if (!/^\d{1,5}$/.test(value) || Number(value) < 1 || Number(value) > 65535) return `Bad port '${value.slice(0, 20)}'\n`;
      port = Number(value);
    }
  }
  const destination = args[i];
  if (destination === undefined) return SSH_USAGE;
  const at = destination.lastIndexOf('@');
  const user = at >= 0 ? destination.slice(0, at) : (login ?? 'cloudshell-user');
  const host = at >= 0 ? destination.slice(at + 1) : destination;
  if (!host) return SSH_USAGE;
  const file = identity?.split('/').pop();
  const keyName = file?.replace(/\.pem$/, '');
  return { ...(identity !== undefined ? { identity, keyName } : {}), user, host, port, command: args.slice(i + 1) };
}

type SshTarget =
  | { kind: 'instance'; instanceId: string; address: string }
  /** Resolved to an address nothing answers on from the internet (a private IP, an unused public IP). */
  | { kind: 'unreachable'; address: string; why: 'private' | 'unused'; instanceId?: string }
  | { kind: 'unresolved' };

const PRIVATE = /^(10\.|172\.(1[6-9]|2\d|3[01])\.|192\.168\.|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.)/;

/** The instance (by its ENIs) that owns a public IPv4, or, for a private IP, that holds it anywhere. */
function ownerOf(world: World, ip: string): { instanceId?: string; publicIp: boolean } | undefined {
  for (const eni of world.networkInterfaces.values()) {
    const instanceId = eni.attachment?.instanceId;
    if (publicAssociations(world, eni).some((p) => p.publicIp === ip)) return { ...(instanceId ? { instanceId } : {}), publicIp: true };
    if (eni.privateIps.some((p) => p.address === ip)) return { ...(instanceId ? { instanceId } : {}), publicIp: false };
  }
  return undefined;
}

/** What `host` reaches from CloudShell, which is on the internet (not inside any VPC). */
export function resolveSshHost(world: World, host: string): SshTarget {
  let address = host.trim().toLowerCase();
  if (!isIpv4(address)) {
    const answer = resolveName(world, { Name: address, From: 'internet' });
    const ip = answer.Answers[0];
    if (answer.Rcode !== 'NOERROR' || !ip) return { kind: 'unresolved' };
    address = ip;
  }
  const owner = ownerOf(world, address);
  if (owner?.publicIp && owner.instanceId) return { kind: 'instance', instanceId: owner.instanceId, address };
  const why = PRIVATE.test(address) ? 'private' : 'unused';
  return { kind: 'unreachable', address, why, ...(owner?.instanceId ? { instanceId: owner.instanceId } : {}) };
}

/** The short host name in the guest's prompt: `ip-10-0-1-23` for the instance's primary private IP. */
export function guestHostName(world: World, instanceId: string): string {
  const eni = world.networkInterfaces.values().find((e) => e.attachment?.instanceId === instanceId && e.attachment.deviceIndex === 0);
  const ip = eni?.privateIps.find((p) => p.primary)?.address ?? eni?.privateIps[0]?.address;
  return ip ? `ip-${ip.replaceAll('.', '-')}` : 'localhost';
}
