import type { Instance } from '../../model/instances';
import type { NetworkInterface } from '../../model/network';
import type { LoadBalancer, RegisteredTarget, TargetGroup } from '../../model/scaling';
import type { Tx } from '../../tx';
import { fromInt, parseCidr } from '../../net/cidr';
import { attachedEnis } from '../../net/attached';
import { admittingRule } from '../../net/sg-rules';
import { aclBlock, describeAclDrop, type AclVerdict } from '../../net/acl-eval';
import { primaryPrivateIp } from '../../net/dns';
import { CLIENT_IP } from '../../net/reachability';

/**
 * Security groups and network ACLs on the load balancer's paths (S5, S11, A13): health checks and forwarded
 * requests leave a load balancer node from its private address in the load balancer's subnet, with the load
 * balancer's security groups; the target's security groups must admit them on the port, and the network ACLs of
 * both subnets must pass the request and its replies (they are stateless), or they are dropped silently (a timeout).
 */

/** The load balancer's subnet in a zone (its node lives there), or its first one. */
function nodeSubnet(lb: LoadBalancer, az: string) {
  return lb.subnets.find((s) => s.az === az) ?? lb.subnets[0];
}

/** The private address a node of the load balancer uses in a zone (simulation choice: its subnet's first host). */
function nodeAddress(tx: Tx, lb: LoadBalancer, az: string): string | undefined {
  const subnet = nodeSubnet(lb, az);
  const cidr = subnet ? parseCidr(tx.get('subnets', subnet.subnetId)?.cidr ?? '') : undefined;
  return cidr ? fromInt(cidr.first + 4) : undefined;
}

/** The interface the target's traffic arrives on (the instance's eth0, or the ENI holding the IP). */
function targetEni(tx: Tx, tg: TargetGroup, target: RegisteredTarget, instance: Instance): NetworkInterface | undefined {
  const enis = attachedEnis(tx, instance.id);
  return tg.targetType === 'ip' ? enis.find((e) => e.privateIps.some((ip) => ip.address === target.id)) : enis[0];
}

const acls = (tx: Tx) => ({ networkAcls: tx.table('networkAcls') });

/** Whether the target's security groups and both subnets' ACLs admit TCP `port` from the load balancer's node in the target's zone. */
export function admitsLoadBalancer(tx: Tx, lb: LoadBalancer | undefined, tg: TargetGroup, target: RegisteredTarget, instance: Instance | undefined, port: number): boolean {
  if (!lb || !instance) return true;
  const sourceIp = nodeAddress(tx, lb, target.az);
  if (!sourceIp) return true;
  const eni = targetEni(tx, tg, target, instance);
  const rules = { securityGroupRules: tx.table('securityGroupRules') };
  if (admittingRule(rules, eni?.groupIds ?? [], { protocol: 'tcp', port, sourceIp, sourceGroupIds: lb.securityGroups }) === undefined) return false;
  if (!eni) return true;
  const server = { ip: tg.targetType === 'ip' ? target.id : (primaryPrivateIp(eni) ?? target.id), subnetId: eni.subnetId };
  const client = { ip: sourceIp, subnetId: nodeSubnet(lb, target.az)?.subnetId };
  return aclBlock(acls(tx), { protocol: 'tcp', port, client, server }) === undefined;
}

/** The ACL verdict that drops a client's request to the node in `az` on the listener port, or its reply (A13). */
export function nodeAclDrop(tx: Tx, lb: LoadBalancer, az: string, port: number): AclVerdict | undefined {
  const subnet = nodeSubnet(lb, az);
  const ip = nodeAddress(tx, lb, az);
  if (!subnet || !ip) return undefined;
  return aclBlock(acls(tx), { protocol: 'tcp', port, client: { ip: CLIENT_IP }, server: { ip, subnetId: subnet.subnetId } });
}

/**
 * Split the nodes that answer the internet into those whose subnet ACL passes the listener port both ways and those
 * it drops: DNS still sends clients to a dropped node, so their share of the requests times out.
 */
export function aclOnNodes(tx: Tx, lb: LoadBalancer, nodes: string[], port: number): { open: string[]; dropped: string[]; reason?: string } {
  const verdicts = nodes.map((az) => nodeAclDrop(tx, lb, az, port));
  const open = nodes.filter((_, i) => !verdicts[i]);
  const dropped = nodes.filter((_, i) => verdicts[i]);
  const first = verdicts.find((v) => v !== undefined);
  return { open, dropped, ...(first ? { reason: `Connection timed out: ${describeAclDrop(first)}` } : {}) };
}
