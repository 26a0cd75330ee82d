import type { Subnet } from '../../model/network';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { defineActions } from '../../action-def';
import { findLoadBalancer, lbState, queryService } from './common';
import { checkSubnets, loadBalancerGroups, readSubnets } from './load-balancers';
import { toSdkLoadBalancer } from '../../shapes/elbv2';

/**
 * Changes to a running load balancer: the zones it is enabled in (SetSubnets, S1 and S2 as at creation) and the
 * security groups of an Application Load Balancer (SetSecurityGroups, S5). A node is added or removed per zone;
 * targets in a zone no longer enabled become unused (Target.NotInUse) and get no traffic. Auto Scaling groups keep
 * their own subnets: the load balancer's zones never move instances.
 */

function setSubnets(tx: Tx, p: Params) {
  const lb = findLoadBalancer(tx, p.str('LoadBalancerArn'));
  p.optEnum('IpAddressType', ['ipv4'] as const);
  const subnets = readSubnets(tx, p);
  checkSubnets(tx, subnets, lb.type);
  const first = subnets[0] as Subnet;
  if (first.vpcId !== lb.vpcId) {
    refuse('elb.subnets.one-vpc', `Subnet ${first.id} is in ${first.vpcId}, not in the VPC ${lb.vpcId} of load balancer '${lb.id}'.`, {
      resources: [first.id, lb.id],
      scope: { kind: 'vpc', from: first.vpcId, to: lb.vpcId },
    });
  }
  const placed = subnets.map((s) => ({ subnetId: s.id, az: s.az }));
  const before = new Set(lb.subnets.map((s) => s.az));
  const after = new Set(placed.map((s) => s.az));
  const added = [...after].filter((az) => !before.has(az));
  const removed = [...before].filter((az) => !after.has(az));
  const updated = tx.update('loadBalancers', lb.id, { subnets: placed });
  const parts = [
    ...(added.length ? [`a node starts in ${added.join(', ')}`] : []),
    ...(removed.length ? [`its node in ${removed.join(', ')} is removed and targets there become unused`] : []),
  ];
  tx.event({
    type: 'modified',
    message: `Load balancer ${lb.name} is now enabled in ${[...after].join(', ')}${parts.length ? `: ${parts.join('; ')}` : ''}.`,
    resourceId: lb.id,
  });
  const sdk = toSdkLoadBalancer(updated, lbState(tx, updated));
  return { AvailabilityZones: sdk.AvailabilityZones, IpAddressType: sdk.IpAddressType };
}

function setSecurityGroups(tx: Tx, p: Params) {
  const lb = findLoadBalancer(tx, p.str('LoadBalancerArn'));
  const ids = p.strList('SecurityGroups');
  if (lb.type === 'network' && lb.securityGroups.length === 0) {
    refuse('elb.security-groups.nlb', `Load balancer '${lb.id}' was created without security groups; a Network Load Balancer cannot be given them afterwards.`, {
      resources: [lb.id],
    });
  }
  if (ids.length === 0) {
    refuse('elb.request.invalid', 'An Application Load Balancer needs at least one security group.', { scope: { kind: 'parameter', to: 'SecurityGroups' } });
  }
  const groups = loadBalancerGroups(tx, lb.vpcId, ids);
  tx.update('loadBalancers', lb.id, { securityGroups: groups });
  tx.event({
    type: 'modified',
    message: `Load balancer ${lb.name} now uses security groups ${groups.join(', ')}: clients reach a listener only if one of them admits its port.`,
    resourceId: lb.id,
  });
  return { SecurityGroupIds: groups };
}

export const LOAD_BALANCER_SETTING_ACTIONS = defineActions([
  {
    type: 'elasticloadbalancing:SetSubnets',
    summary: 'Replace the subnets (zones) a load balancer is enabled in: one node per zone, two zones at least for an ALB.',
    run: queryService(setSubnets),
  },
  {
    type: 'elasticloadbalancing:SetSecurityGroups',
    summary: 'Replace the security groups of an Application Load Balancer (they decide which listener ports clients reach).',
    run: queryService(setSecurityGroups),
  },
]);
