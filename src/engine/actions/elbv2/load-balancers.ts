import type { LoadBalancer, LoadBalancerSubnet } from '../../model/scaling';
import type { Subnet } from '../../model/network';
import { invalid, type Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { resolveGroupIds } from '../../net/eni-factory';
import { vpcInternetGateway } from '../../net/addressing';
import { defineActions } from '../../action-def';
import { attributeList, checkElbName, elbArn, findLoadBalancer, lbState, queryService, readAttributes } from './common';
import { toSdkLoadBalancer } from '../../shapes/elbv2';

/** Simulation choice (reference "Timing"): provisioning → active after 60 s. */
export const PROVISIONING_SECONDS = 60;

const ALB_ATTRIBUTES: Record<string, string> = {
  'deletion_protection.enabled': 'false',
  'idle_timeout.timeout_seconds': '60',
  'load_balancing.cross_zone.enabled': 'true',
  'routing.http2.enabled': 'true',
};
const NLB_ATTRIBUTES: Record<string, string> = {
  'deletion_protection.enabled': 'false',
  'load_balancing.cross_zone.enabled': 'false',
};

export function readSubnets(tx: Tx, p: Params): Subnet[] {
  const ids = p.optStrList('Subnets') ?? p.optObjList('SubnetMappings')?.map((m) => m.str('SubnetId')) ?? [];
  if (ids.length === 0) refuse('elb.request.invalid', 'At least one subnet must be specified (Subnets or SubnetMappings).', { scope: { kind: 'parameter', to: 'Subnets' } });
  return ids.map((id) => {
    const subnet = tx.find('subnets', id);
    if (!subnet) refuse('elb.subnet.not-found', `The subnet ID '${id}' is not valid`, { resources: [id], scope: { kind: 'subnet', to: id } });
    return subnet;
  });
}

export function checkSubnets(tx: Tx, subnets: Subnet[], type: LoadBalancer['type']): void {
  const first = subnets[0] as Subnet;
  const other = subnets.find((s) => s.vpcId !== first.vpcId);
  if (other) {
    refuse('elb.subnets.one-vpc', `Subnets ${first.id} and ${other.id} are in different VPCs (${first.vpcId}, ${other.vpcId}).`, {
      resources: [first.id, other.id],
      scope: { kind: 'vpc', from: first.vpcId, to: other.vpcId },
    });
  }
  const zones = new Map<string, string>();
  for (const s of subnets) {
    const seen = zones.get(s.az);
    if (seen && seen !== s.id) {
      refuse('elb.subnets.one-per-az', 'A load balancer cannot be attached to multiple subnets in the same Availability Zone', {
        resources: [seen, s.id],
        scope: { kind: 'availability-zone', to: s.az },
        fix: `${seen} and ${s.id} are both in ${s.az}: keep one of them.`,
      });
    }
    zones.set(s.az, s.id);
  }
  if (type === 'application' && zones.size < 2) {
    refuse('elb.subnets.two-azs', 'At least two subnets in two different Availability Zones must be specified', {
      resources: subnets.map((s) => s.id),
      scope: { kind: 'availability-zone', to: first.az },
      fix: `All subnets are in ${first.az}: add a subnet of another zone of ${tx.region}.`,
    });
  }
}

function sameSettings(lb: LoadBalancer, type: string, scheme: string, subnets: LoadBalancerSubnet[]): boolean {
  const ids = (list: LoadBalancerSubnet[]) => list.map((s) => s.subnetId).sort().join(',');
  return lb.type === type && lb.scheme === scheme && ids(lb.subnets) === ids(subnets);
}

/** Load balancers of one type per Region (S4, default quota). */
const MAX_LOAD_BALANCERS = 50;

function createLoadBalancer(tx: Tx, p: Params) {
  const name = p.str('Name');
  checkElbName(name, 'load balancer');
  const type = p.optEnum('Type', ['application', 'network'] as const) ?? 'application';
  const scheme = p.optEnum('Scheme', ['internet-facing', 'internal'] as const) ?? 'internet-facing';
  const subnets = readSubnets(tx, p);
  checkSubnets(tx, subnets, type);
  const placed = subnets.map((s) => ({ subnetId: s.id, az: s.az }));
  const existing = tx.visible('loadBalancers').find((lb) => lb.name === name);
  if (existing) {
    if (sameSettings(existing, type, scheme, placed)) return { LoadBalancers: [toSdkLoadBalancer(existing, lbState(tx, existing))] };
    refuse('elb.name.duplicate', `A load balancer with the name '${name}' already exists`, { resources: [existing.id] });
  }
  if (tx.visible('loadBalancers').filter((lb) => lb.type === type).length >= MAX_LOAD_BALANCERS) {
    refuse('elb.quota.load-balancers', `You have reached the quota of ${MAX_LOAD_BALANCERS} ${type === 'application' ? 'Application' : 'Network'} Load Balancers in ${tx.region}.`, { scope: { kind: 'quota', to: 'Name' } });
  }
  const vpcId = (subnets[0] as Subnet).vpcId;
  if (scheme === 'internet-facing' && !vpcInternetGateway(tx, vpcId)) {
    refuse('elb.internet-facing.needs-igw', `VPC ${vpcId} has no internet gateway`, {
      resources: [vpcId],
      scope: { kind: 'vpc', to: vpcId },
    });
  }
  const named = p.optStrList('SecurityGroups');
  const groups = type !== 'application' ? [] : named?.length ? loadBalancerGroups(tx, vpcId, named) : resolveGroupIds(tx, vpcId, undefined, undefined, { launch: false });
  const hex = tx.hex(16);
  const kind = type === 'application' ? 'app' : 'net';
  const id = elbArn(tx, `loadbalancer/${kind}/${name}/${hex}`);
  const host = `${scheme === 'internal' ? 'internal-' : ''}${name}-${parseInt(hex.slice(0, 8), 16)}`;
  const lb: LoadBalancer = {
    ownerId: tx.account,
    region: tx.region,
    tags: readTags(p),
    id,
    name,
    type,
    scheme,
    vpcId,
    subnets: placed,
    securityGroups: groups,
    dnsName: type === 'application' ? `${host}.${tx.region}.elb.amazonaws.com` : `${host}.elb.${tx.region}.amazonaws.com`,
    createdAt: tx.now,
    activeAt: tx.now + PROVISIONING_SECONDS,
    attributes: { ...(type === 'application' ? ALB_ATTRIBUTES : NLB_ATTRIBUTES) },
    sessions: {},
  };
  tx.put('loadBalancers', id, lb);
  tx.event({
    type: 'created',
    message: `Load balancer ${name} (${type}, ${scheme}) is provisioning with one node in each of ${placed.map((s) => s.az).join(', ')}; it is active in ${PROVISIONING_SECONDS} s.`,
    resourceId: id,
    to: 'provisioning',
  });
  return { LoadBalancers: [toSdkLoadBalancer(lb, lbState(tx, lb))] };
}

/** Security groups named for a load balancer: each must exist in its VPC (S5), else InvalidSecurityGroup. */
export function loadBalancerGroups(tx: Tx, vpcId: string, ids: string[]): string[] {
  for (const id of ids) {
    const group = tx.find('securityGroups', id);
    if (!group || group.vpcId !== vpcId) {
      refuse('elb.security-group.invalid', `One or more security groups are invalid: '${id.slice(0, 60)}' is not a security group of VPC ${vpcId}.`, {
        resources: [id, vpcId],
        scope: { kind: 'vpc', ...(group ? { from: group.vpcId } : {}), to: vpcId },
      });
    }
  }
  return [...new Set(ids)];
}

export function readTags(p: Params) {
  return p.optObjList('Tags')?.map((t) => ({ Key: t.str('Key'), Value: t.optStr('Value') ?? '' })) ?? [];
}

function describeLoadBalancers(tx: Tx, p: Params) {
  const arns = p.optStrList('LoadBalancerArns');
  const names = p.optStrList('Names');
  let list = tx.visible('loadBalancers');
  if (arns) list = arns.map((arn) => findLoadBalancer(tx, arn));
  if (names) {
    list = names.map((n) => {
      const lb = list.find((l) => l.name === n);
      if (!lb) refuse('elb.not-found', `One or more load balancers not found: '${n}'`, { resources: [n] });
      return lb;
    });
  }
  return { LoadBalancers: list.map((lb) => toSdkLoadBalancer(lb, lbState(tx, lb))) };
}

function deleteLoadBalancer(tx: Tx, p: Params) {
  const arn = p.str('LoadBalancerArn');
  const lb = tx.find('loadBalancers', arn);
  if (!lb) return {};
  if (lb.attributes['deletion_protection.enabled'] === 'true') {
    refuse('elb.deletion-protection', `Load balancer '${arn}' cannot be deleted because deletion protection is enabled`, { resources: [arn] });
  }
  for (const l of tx.all('listeners')) if (l.loadBalancerArn === arn) tx.remove('listeners', l.id);
  tx.remove('loadBalancers', arn);
  tx.event({
    type: 'deleted',
    message: `Load balancer ${lb.name} and its listeners were deleted; its target groups and their instances remain (targets now unused).`,
    resourceId: arn,
  });
  return {};
}

function checkLbAttribute(lb: LoadBalancer, key: string, value: string): void {
  const bool = key.endsWith('.enabled');
  if (!(key in lb.attributes) || (bool && value !== 'true' && value !== 'false')) {
    refuse('elb.attribute.invalid', `The value '${value.slice(0, 40)}' is not valid for attribute '${key.slice(0, 80)}' of a ${lb.type} load balancer.`, {
      scope: { kind: 'parameter', to: key.slice(0, 80) },
    });
  }
  if (lb.type === 'application' && key === 'load_balancing.cross_zone.enabled' && value !== 'true') {
    refuse('elb.attribute.invalid', 'Cross-zone load balancing cannot be disabled for an Application Load Balancer; turn it off per target group instead.', {
      scope: { kind: 'parameter', to: key },
    });
  }
  if (key === 'idle_timeout.timeout_seconds' && !/^\d+$/.test(value)) invalid(key, value);
}

function modifyLoadBalancerAttributes(tx: Tx, p: Params) {
  const lb = findLoadBalancer(tx, p.str('LoadBalancerArn'));
  const attributes = { ...lb.attributes };
  for (const [key, value] of readAttributes(p)) {
    checkLbAttribute(lb, key, value);
    attributes[key] = value;
  }
  tx.update('loadBalancers', lb.id, { attributes });
  return { Attributes: attributeList(attributes) };
}

function describeLoadBalancerAttributes(tx: Tx, p: Params) {
  return { Attributes: attributeList(findLoadBalancer(tx, p.str('LoadBalancerArn')).attributes) };
}

export const LOAD_BALANCER_ACTIONS = defineActions([
  {
    type: 'elasticloadbalancing:CreateLoadBalancer',
    summary: 'Create an Application (≥ 2 AZs) or Network Load Balancer with one node per subnet’s AZ.',
    run: queryService(createLoadBalancer),
  },
  { type: 'elasticloadbalancing:DescribeLoadBalancers', summary: 'List load balancers and their state.', run: queryService(describeLoadBalancers), read: true },
  { type: 'elasticloadbalancing:DeleteLoadBalancer', summary: 'Delete a load balancer and its listeners (target groups stay).', run: queryService(deleteLoadBalancer) },
  {
    type: 'elasticloadbalancing:ModifyLoadBalancerAttributes',
    summary: 'Set deletion protection, idle timeout or (NLB) cross-zone load balancing.',
    run: queryService(modifyLoadBalancerAttributes),
  },
  {
    type: 'elasticloadbalancing:DescribeLoadBalancerAttributes',
    summary: 'Show a load balancer’s attributes.',
    run: queryService(describeLoadBalancerAttributes),
    read: true,
  },
]);
