/**
 * The lab's explanation of a failed connection, beside what ssh prints: the first hop that blocks (as Reachability
 * Analyzer names it), the sentence naming its ids, why AWS works that way and the fix. Pure.
 */
import { RULES, type EngineError, type RuleId, type World } from '../engine';
import { reachability, type HopName, type Source } from '../engine/net/reachability';

/** An engine refusal plus, for a connection, the hop that blocked it. */
export type Explanation = EngineError & { title?: string; hop?: { name: string; code: string; detail: string } };

const HOP_LABEL: Record<HopName, string> = {
  endpoint: 'EC2 Instance Connect Endpoint',
  'endpoint-egress': 'Endpoint security group (outbound)',
  'public-address': 'Public IPv4 address',
  'internet-gateway': 'Internet gateway',
  route: 'Route table',
  'network-acl': 'Network ACL',
  'security-group': 'Security group',
  'instance-state': 'Instance state',
  listener: 'sshd listening on the port',
};

const title = (rule: string) => (rule in RULES ? RULES[rule as RuleId].title : undefined);

/** Explains a `sim:Ssh` refusal: network refusals name their hop; the catalogue's fix replaces the hop sentence. */
export function explainSsh(world: World, instanceId: string, source: Source, port: number, error: EngineError): Explanation {
  const path = error.code === 'Ssh.PermissionDenied' ? undefined : reachability(world, instanceId, source, port);
  const blocking = path?.blocking;
  const t = title(error.rule);
  const generic = error.rule in RULES ? RULES[error.rule as RuleId].fix : error.fix;
  if (!blocking) return { ...error, ...(t ? { title: t } : {}) };
  return {
    ...error,
    fix: generic,
    ...(t ? { title: t } : {}),
    hop: { name: HOP_LABEL[blocking.hop], code: blocking.explanation, detail: blocking.detail },
  };
}

/** A connection ssh could not even start towards an instance (a private address typed from the internet). */
export function explainUnreachable(address: string, why: 'private' | 'unused', instanceId?: string): Explanation {
  const rule: RuleId = 'ssh.no-public-address';
  const entry = RULES[rule];
  const detail =
    why === 'private'
      ? `${address} is a private address${instanceId ? ` of ${instanceId}` : ''}: CloudShell is on the internet, where private addresses are not routed.`
      : `No instance has the public address ${address}.`;
  return {
    code: entry.code,
    rule,
    message: `ssh: connect to host ${address} port 22: Connection timed out`,
    concept: entry.concept,
    fix: instanceId ? `Connect to the public IPv4 or Elastic IP of ${instanceId} (aws ec2 describe-instances --instance-ids ${instanceId} --query 'Reservations[0].Instances[0].PublicIpAddress'), or use EC2 Instance Connect.` : entry.fix,
    section: entry.section,
    resources: instanceId ? [instanceId] : [],
    title: entry.title,
    hop: { name: HOP_LABEL['public-address'], code: 'NO_PUBLIC_ADDRESS', detail },
  };
}
