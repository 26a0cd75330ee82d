/**
 * Can a client reach an instance on a TCP port? A pure walk over the hops an SSH connection crosses, in the order of
 * rule A19 (docs/reference/scaling-and-access-rules.md): a public address (A14), an attached internet gateway
 * and a route to it (A15), the network ACL and a security group rule (A16), then the instance running and something
 * listening on the port (A17). The first hop that fails decides, like Reachability Analyzer's explanation: codes
 * are Reachability Analyzer's where it has one (BAD_STATE, CANNOT_ROUTE, ENI_SG_RULES_MISMATCH) and plain names
 * where it has none.
 */
import type { RuleId } from '../rules';
import type { Instance } from '../model/instances';
import type { NetworkInterface, RouteTable } from '../model/network';
import type { World } from '../model/world';
import { cidrContainsIp, parseCidr } from './cidr';
import { primaryPrivateIp, publicAssociations } from './dns';
import { interfacesOf } from '../queries';
import { admittingRule } from './sg-rules';
import { CLIENT_EPHEMERAL_PORT, describeAclDrop, flowVerdicts } from './acl-eval';
import { endpointLeg } from './eice-path';

/** The address the learner's own computer has on the internet (a documentation address, RFC 5737). */
export const CLIENT_IP = '203.0.113.25';

/**
 * The EC2 Instance Connect service's address range per region (`EC2_INSTANCE_CONNECT` in ip-ranges.json) and the
 * lab's id for the managed prefix list `com.amazonaws.<region>.ec2-instance-connect` that stands for it (rule A22).
 */
export const EIC_RANGES: Record<string, { cidr: string; prefixListId: string }> = {
  'us-east-1': { cidr: '18.206.107.24/29', prefixListId: 'pl-0e4bcff02b13bef1e' },
  'us-west-2': { cidr: '18.237.140.160/29', prefixListId: 'pl-0c3c0a6e4e5e6ac7e' },
  'eu-west-1': { cidr: '18.202.216.48/29', prefixListId: 'pl-0839cc4c195a4e751' },
};

export type Source =
  | { kind: 'internet'; ip?: string }
  | { kind: 'eic-console' }
  /** Through an EC2 Instance Connect Endpoint (rule A23); `ip` is the client's address, seen when it is preserved. */
  | { kind: 'eic-endpoint'; endpointId: string; ip?: string };

export type HopName =
  | 'endpoint'
  | 'endpoint-egress'
  | 'public-address'
  | 'internet-gateway'
  | 'route'
  | 'network-acl'
  | 'security-group'
  | 'instance-state'
  | 'listener';

export interface Hop {
  hop: HopName;
  ok: boolean;
  /** Reachability-Analyzer-style explanation code. */
  explanation: string;
  /** The rule (rules/access.ts) that explains a failed hop. */
  rule?: RuleId;
  /** The resource this hop is about (ENI, IGW, route table, security group, instance). */
  resourceId?: string;
  /** One plain sentence naming the ids. */
  detail: string;
}

export interface Reachability {
  /** `open`: a program answers; `timed-out`: dropped on the way; `refused`: the host answered with a reset. */
  verdict: 'open' | 'timed-out' | 'refused';
  /** The address the client connects to (public, or the private one when there is none). */
  address: string;
  sourceIp: string;
  networkInterfaceId?: string;
  hops: Hop[];
  /** The first failed hop. */
  blocking?: Hop;
}

interface Path {
  eni: NetworkInterface;
  address?: string;
  privateIp: string;
}

/** The source address of a connection from this source to an instance in `region`. */
export function sourceAddress(source: Source, region: string): string {
  if (source.kind !== 'eic-console') return source.ip ?? CLIENT_IP;
  const range = EIC_RANGES[region];
  const cidr = range ? parseCidr(range.cidr) : undefined;
  return cidr ? `${cidr.text.split('.').slice(0, 3).join('.')}.${(cidr.first % 256) + 1}` : CLIENT_IP;
}

/** The route table that governs a subnet: its explicit association, otherwise the VPC's main table. */
export function subnetRouteTable(world: World, subnetId: string, vpcId: string): RouteTable | undefined {
  const tables = world.routeTables.values().filter((t) => t.vpcId === vpcId);
  return tables.find((t) => t.subnetIds.includes(subnetId)) ?? tables.find((t) => t.main);
}

function longestMatch(table: RouteTable, ip: string) {
  let best: { route: RouteTable['routes'][number]; prefix: number } | undefined;
  for (const route of table.routes) {
    const cidr = parseCidr(route.destination);
    if (cidr && cidrContainsIp(cidr, ip) && (!best || cidr.prefix > best.prefix)) best = { route, prefix: cidr.prefix };
  }
  return best?.route;
}

function networkHops(world: World, instance: Instance, path: Path, sourceIp: string): Hop[] {
  const hops: Hop[] = [];
  const eniId = path.eni.id;
  hops.push(
    path.address
      ? { hop: 'public-address', ok: true, explanation: 'PUBLIC_ADDRESS', resourceId: eniId, detail: `${path.address} is NAT'ed to ${path.privateIp} on ${eniId}.` }
      : { hop: 'public-address', ok: false, explanation: 'NO_PUBLIC_ADDRESS', rule: 'ssh.no-public-address', resourceId: instance.id, detail: `${instance.id} has no public IPv4 address or Elastic IP; ${path.privateIp} is private and not routable from the internet.` },
  );
  const igw = world.internetGateways.values().find((g) => g.vpcId === instance.vpcId);
  hops.push(
    igw
      ? { hop: 'internet-gateway', ok: true, explanation: 'IGW_ATTACHED', resourceId: igw.id, detail: `${igw.id} is attached to ${instance.vpcId}.` }
      : { hop: 'internet-gateway', ok: false, explanation: 'NO_INTERNET_GATEWAY', rule: 'ssh.no-internet-gateway', resourceId: instance.vpcId, detail: `${instance.vpcId} has no internet gateway attached.` },
  );
  const table = subnetRouteTable(world, path.eni.subnetId, path.eni.vpcId);
  const route = table ? longestMatch(table, sourceIp) : undefined;
  const routed = igw !== undefined && route?.gatewayId === igw.id;
  hops.push(
    routed
      ? { hop: 'route', ok: true, explanation: 'ROUTE', resourceId: table?.id, detail: `${table?.id} sends ${sourceIp} to ${igw.id} via ${route?.destination}.` }
      : { hop: 'route', ok: false, explanation: 'CANNOT_ROUTE', rule: 'ssh.no-route', resourceId: table?.id ?? path.eni.subnetId, detail: `${table?.id ?? 'No route table'} of ${path.eni.subnetId} has no route for ${sourceIp} to ${igw ? igw.id : 'an internet gateway'}${route ? ` (the best match, ${route.destination}, goes to ${route.gatewayId ?? route.networkInterfaceId ?? route.instanceId})` : ''}.` },
  );
  return hops;
}

/**
 * Rules A13, A16: the subnet's ACL must let the request in and the replies out (it is stateless); a client inside the
 * VPC (an Instance Connect Endpoint, `clientSubnetId`) crosses its own subnet's ACL too.
 */
function aclHop(world: World, path: Path, sourceIp: string, port: number, clientSubnetId?: string): Hop {
  const subnetId = path.eni.subnetId;
  const client = clientSubnetId === undefined ? { ip: sourceIp } : { ip: sourceIp, subnetId: clientSubnetId };
  const verdicts = flowVerdicts(world, { protocol: 'tcp', port, client, server: { ip: path.privateIp, subnetId } });
  const blocked = verdicts.find((v) => !v.allowed);
  const aclId = verdicts[0]?.aclId;
  if (blocked) return { hop: 'network-acl', ok: false, explanation: 'NACL_RULES_MISMATCH', rule: 'ssh.network-acl', resourceId: blocked.aclId ?? subnetId, detail: describeAclDrop(blocked) };
  const detail = aclId ? `Network ACL ${aclId} of ${subnetId} allows TCP ${port} in from ${sourceIp} and the replies out to port ${CLIENT_EPHEMERAL_PORT}.` : `${subnetId} has no network ACL recorded: all traffic passes.`;
  return { hop: 'network-acl', ok: true, explanation: 'ACL_ALLOW', resourceId: aclId ?? subnetId, detail };
}

function securityHop(world: World, path: Path, sourceIp: string, port: number, via?: { groupIds: readonly string[]; rule: RuleId }): Hop {
  const prefixLists = Object.values(EIC_RANGES).flatMap((r) => {
    const cidr = parseCidr(r.cidr);
    return cidr && cidrContainsIp(cidr, sourceIp) ? [r.prefixListId] : [];
  });
  const rule = admittingRule(world, path.eni.groupIds, { protocol: 'tcp', port, sourceIp, sourcePrefixLists: prefixLists, sourceGroupIds: via?.groupIds ?? [] });
  if (rule) return { hop: 'security-group', ok: true, explanation: 'SG_ALLOW', resourceId: rule.groupId, detail: `${rule.id} of ${rule.groupId} allows TCP ${port} from ${sourceIp}.` };
  const groups = path.eni.groupIds.join(', ') || 'no security group';
  const from = via?.groupIds.length ? `${sourceIp} (${via.groupIds.join(', ')})` : sourceIp;
  return { hop: 'security-group', ok: false, explanation: 'ENI_SG_RULES_MISMATCH', rule: via?.rule ?? 'ssh.security-group', resourceId: path.eni.groupIds[0] ?? path.eni.id, detail: `No inbound rule of ${groups} on ${path.eni.id} allows TCP ${port} from ${from}.` };
}

/** What listens on the stock Amazon Linux guest (timing and guest model): sshd on 22, a web server on 80. */
export const LISTENING_PORTS: Record<number, string> = { 22: 'sshd', 80: 'httpd' };

function hostHops(instance: Instance, port: number): Hop[] {
  const impaired = instance.status.system === 'impaired' || instance.status.instance === 'impaired';
  if (instance.state !== 'running' || impaired) {
    const why = instance.state !== 'running' ? `is ${instance.state}` : 'fails its status checks';
    return [{ hop: 'instance-state', ok: false, explanation: 'BAD_STATE', rule: 'ssh.instance-not-running', resourceId: instance.id, detail: `${instance.id} ${why}, so nothing answers.` }];
  }
  const hops: Hop[] = [{ hop: 'instance-state', ok: true, explanation: 'RUNNING', resourceId: instance.id, detail: `${instance.id} is running.` }];
  const booting = instance.status.system === 'initializing' || instance.status.instance === 'initializing';
  const program = LISTENING_PORTS[port];
  if (!program || (booting && port === 22)) {
    const why = program ? 'sshd has not started yet (status checks initializing)' : `nothing listens on port ${port}`;
    hops.push({ hop: 'listener', ok: false, explanation: 'NO_LISTENER', rule: 'ssh.not-listening', resourceId: instance.id, detail: `${instance.id} is reachable but ${why}.` });
  } else {
    hops.push({ hop: 'listener', ok: true, explanation: 'LISTENER', resourceId: instance.id, detail: `${program} listens on port ${port} of ${instance.id}.` });
  }
  return hops;
}

function candidatePaths(world: World, instance: Instance): Path[] {
  const enis = interfacesOf(world, instance.id);
  const paths: Path[] = enis.flatMap((eni) => publicAssociations(world, eni).map((a) => ({ eni, address: a.publicIp, privateIp: a.privateIp })));
  if (paths.length > 0) return paths;
  const eth0 = enis[0];
  return eth0 ? [{ eni: eth0, privateIp: primaryPrivateIp(eth0) ?? '' }] : [];
}

/** Through an EC2 Instance Connect Endpoint: to the primary private address, from inside the VPC (rule A23). */
function throughEndpoint(world: World, instance: Instance, eth0: NetworkInterface, source: { endpointId: string; ip?: string }, port: number): Reachability {
  const path: Path = { eni: eth0, privateIp: primaryPrivateIp(eth0) ?? '' };
  const leg = endpointLeg(world, instance, eth0, source.endpointId, source.ip ?? CLIENT_IP, port);
  const via = { groupIds: leg.sourceGroupIds, rule: 'ssh.eice.security-group' as const };
  const endpointSubnet = world.instanceConnectEndpoints.get(source.endpointId)?.subnetId;
  const acl = leg.hops.every((h) => h.ok) && endpointSubnet ? [aclHop(world, path, leg.sourceIp, port, endpointSubnet)] : [];
  const hops = [...leg.hops, ...acl, securityHop(world, path, leg.sourceIp, port, via), ...hostHops(instance, port)];
  const blocking = hops.find((h) => !h.ok);
  const verdict = !blocking ? 'open' : blocking.hop === 'listener' ? 'refused' : 'timed-out';
  return { verdict, address: path.privateIp, sourceIp: leg.sourceIp, networkInterfaceId: eth0.id, hops, ...(blocking ? { blocking } : {}) };
}

/**
 * Walk every hop from `source` to `instance:port` (TCP). Every public address of the instance is tried and the one
 * that gets furthest is reported; hops after the first failure are still evaluated, so a lab can show them all.
 */
export function reachability(world: World, instanceId: string, source: Source, port = 22): Reachability | undefined {
  const instance = world.instances.get(instanceId);
  if (!instance) return undefined;
  const sourceIp = sourceAddress(source, instance.region);
  let best: Reachability | undefined;
  const eth0 = interfacesOf(world, instance.id)[0];
  if (source.kind === 'eic-endpoint' && eth0) return throughEndpoint(world, instance, eth0, source, port);
  for (const path of candidatePaths(world, instance)) {
    const hops = [...networkHops(world, instance, path, sourceIp), aclHop(world, path, sourceIp, port), securityHop(world, path, sourceIp, port), ...hostHops(instance, port)];
    const blocking = hops.find((h) => !h.ok);
    const verdict = !blocking ? 'open' : blocking.hop === 'listener' ? 'refused' : 'timed-out';
    const result: Reachability = { verdict, address: path.address ?? path.privateIp, sourceIp, networkInterfaceId: path.eni.id, hops, ...(blocking ? { blocking } : {}) };
    const reached = (r: Reachability) => (r.blocking ? r.hops.indexOf(r.blocking) : r.hops.length);
    if (!best || reached(result) > reached(best)) best = result;
  }
  if (best) return best;
  const hop: Hop = { hop: 'instance-state', ok: false, explanation: 'BAD_STATE', rule: 'ssh.instance-not-running', resourceId: instance.id, detail: `${instance.id} is ${instance.state} and has no network interface.` };
  // A terminated instance has no interface left: the client still dials the address it had (rules A17, A19).
  return { verdict: 'timed-out', address: instance.lastAddress ?? instance.id, sourceIp, hops: [hop], blocking: hop };
}
