/**
 * Network ACL evaluation (rule A13): stateless, per packet, per direction. Entries are read by ascending rule
 * number and the first one that matches decides; the `*` rule at the end denies what nothing matched. A connection
 * crossing a subnet edge therefore needs two verdicts at every ACL it crosses: the request (to the server's port)
 * and the reply (to the client's ephemeral port), each in its own direction.
 */
import type { NetworkAcl, NetworkAclEntry } from '../model/network';
import type { World } from '../model/world';
import { cidrContainsIp, parseCidr } from './cidr';
import { aclOfSubnet, sortedEntries } from './network-acls';

/**
 * The source port every simulated client uses, so replies go back to it (Linux picks ephemeral ports from
 * 32768–60999, Windows from 49152–65535, AWS recommends allowing 1024–65535): an outbound rule for 1024-65535 or
 * 32768-65535 lets replies out, one for port 22 only does not.
 */
export const CLIENT_EPHEMERAL_PORT = 50000;

/** One packet at one ACL: the direction seen from the subnet, the protocol, the destination port, the far address. */
export interface AclPacket {
  egress: boolean;
  protocol: 'tcp' | 'udp';
  port: number;
  /** Source address of an inbound packet, destination address of an outbound one (IPv4). */
  peerIp: string;
}

export interface AclVerdict {
  allowed: boolean;
  aclId?: string;
  /** The entry that decided; undefined for a subnet without an ACL (a world saved before ACLs: allow). */
  entry?: NetworkAclEntry;
  packet: AclPacket;
}

const PROTOCOL_NUMBER = { tcp: '6', udp: '17' } as const;

function entryMatches(entry: NetworkAclEntry, packet: AclPacket): boolean {
  if (entry.egress !== packet.egress || entry.cidrBlock === undefined) return false;
  const cidr = parseCidr(entry.cidrBlock);
  if (!cidr || !cidrContainsIp(cidr, packet.peerIp)) return false;
  if (entry.protocol === '-1') return true;
  if (entry.protocol !== PROTOCOL_NUMBER[packet.protocol]) return false;
  return !entry.portRange || (packet.port >= entry.portRange.from && packet.port <= entry.portRange.to);
}

/** The first entry of the ACL that matches the packet decides. */
export function evaluateAcl(acl: NetworkAcl | undefined, packet: AclPacket): AclVerdict {
  if (!acl) return { allowed: true, packet };
  const entry = sortedEntries(acl.entries).find((e) => entryMatches(e, packet));
  return { allowed: entry?.ruleAction === 'allow', aclId: acl.id, ...(entry ? { entry } : {}), packet };
}

/** A TCP/UDP connection between two endpoints; `subnetId` is undefined for an endpoint outside the VPC. */
export interface AclFlow {
  protocol: 'tcp' | 'udp';
  port: number;
  client: { ip: string; subnetId?: string };
  server: { ip: string; subnetId: string };
}

/**
 * Every ACL verdict a connection needs, in the order its packets meet them: the request leaving the client's subnet
 * and entering the server's, then the reply leaving the server's subnet and entering the client's. Traffic that
 * stays inside one subnet crosses no ACL.
 */
export function flowVerdicts(world: Pick<World, 'networkAcls'>, flow: AclFlow): AclVerdict[] {
  const clientSubnet = flow.client.subnetId;
  if (clientSubnet === flow.server.subnetId) return [];
  const serverAcl = aclOfSubnet(world, flow.server.subnetId);
  const clientAcl = clientSubnet === undefined ? undefined : aclOfSubnet(world, clientSubnet);
  const { protocol } = flow;
  const out: AclVerdict[] = [];
  if (clientSubnet !== undefined) out.push(evaluateAcl(clientAcl, { egress: true, protocol, port: flow.port, peerIp: flow.server.ip }));
  out.push(evaluateAcl(serverAcl, { egress: false, protocol, port: flow.port, peerIp: flow.client.ip }));
  out.push(evaluateAcl(serverAcl, { egress: true, protocol, port: CLIENT_EPHEMERAL_PORT, peerIp: flow.client.ip }));
  if (clientSubnet !== undefined) out.push(evaluateAcl(clientAcl, { egress: false, protocol, port: CLIENT_EPHEMERAL_PORT, peerIp: flow.server.ip }));
  return out;
}

/** The first ACL verdict that drops the connection, if any. */
export function aclBlock(world: Pick<World, 'networkAcls'>, flow: AclFlow): AclVerdict | undefined {
  return flowVerdicts(world, flow).find((v) => !v.allowed);
}

/** One plain sentence on a dropped packet: which ACL, which direction, which rule. */
export function describeAclDrop(verdict: AclVerdict): string {
  const { packet } = verdict;
  const rule = verdict.entry ? (verdict.entry.ruleNumber >= 32767 ? 'the * rule' : `rule ${verdict.entry.ruleNumber}`) : 'no rule';
  const what = packet.egress
    ? `outbound ${packet.protocol.toUpperCase()} ${packet.port} to ${packet.peerIp}`
    : `inbound ${packet.protocol.toUpperCase()} ${packet.port} from ${packet.peerIp}`;
  const reply = packet.port === CLIENT_EPHEMERAL_PORT ? ' (the replies, to the client’s ephemeral port)' : '';
  return `Network ACL ${verdict.aclId ?? '?'} denies ${what}${reply} by ${rule}.`;
}
