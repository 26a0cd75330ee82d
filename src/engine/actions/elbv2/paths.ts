import type { Instance } from '../../model/instances';
import type { LoadBalancer, RegisteredTarget, TargetGroup } from '../../model/scaling';
import type { Tx } from '../../tx';
import { fromInt, parseCidr } from '../../net/cidr';
import { attachedEnis } from '../../net/attached';
import { admittingRule } from '../../net/sg-rules';

/**
 * Security groups on the load balancer's paths (S5, S11): health checks and forwarded requests leave a load balancer
 * node from its private address in the load balancer's subnet, with the load balancer's security groups; the
 * target's security groups must admit them on the port, or they are dropped silently (a timeout).
 */

/** The private address a node of the load balancer uses in a zone (simulation choice: its subnet's first host). */
function nodeAddress(tx: Tx, lb: LoadBalancer, az: string): string | undefined {
  const subnet = lb.subnets.find((s) => s.az === az) ?? lb.subnets[0];
  const cidr = subnet ? parseCidr(tx.get('subnets', subnet.subnetId)?.cidr ?? '') : undefined;
  return cidr ? fromInt(cidr.first + 4) : undefined;
}

/** Security groups of the interface the target's traffic arrives on (the instance's eth0, or the ENI holding the IP). */
function targetGroups(tx: Tx, tg: TargetGroup, target: RegisteredTarget, instance: Instance): readonly string[] {
  const enis = attachedEnis(tx, instance.id);
  const eni = tg.targetType === 'ip' ? enis.find((e) => e.privateIps.some((ip) => ip.address === target.id)) : enis[0];
  return eni?.groupIds ?? [];
}

/** Whether the target's security groups admit TCP `port` from the load balancer's node in the target's zone. */
export function admitsLoadBalancer(tx: Tx, lb: LoadBalancer | undefined, tg: TargetGroup, target: RegisteredTarget, instance: Instance | undefined, port: number): boolean {
  if (!lb || !instance) return true;
  const sourceIp = nodeAddress(tx, lb, target.az);
  if (!sourceIp) return true;
  const rules = { securityGroupRules: tx.table('securityGroupRules') };
  return admittingRule(rules, targetGroups(tx, tg, target, instance), { protocol: 'tcp', port, sourceIp, sourceGroupIds: lb.securityGroups }) !== undefined;
}
