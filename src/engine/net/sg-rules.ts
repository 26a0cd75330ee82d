/**
 * Security group rules as data (rules A6–A12): identity, default rules, and whether a group set admits a flow.
 * Their SDK shapes are in shapes/security-groups.ts.
 * Pure helpers shared by the rule actions, DescribeSecurityGroups and the reachability check.
 */
import type { SecurityGroupRule } from '../model/access';
import type { SecurityGroup } from '../model/network';
import type { World } from '../model/world';
import { hashString } from '../rng';
import type { Tx } from '../tx';
import { cidrContainsIp, parseCidr } from './cidr';

/** A rule before it has an id and owner: what a request asks for. */
export type RuleSpec = Pick<
  SecurityGroupRule,
  'ipProtocol' | 'fromPort' | 'toPort' | 'cidrIpv4' | 'cidrIpv6' | 'prefixListId' | 'referencedGroupId' | 'description'
>;

/** Identity of a rule within a group and direction (the description is not part of it, rule A8). */
export function ruleKey(isEgress: boolean, r: RuleSpec): string {
  const peer = r.cidrIpv4 ?? r.cidrIpv6 ?? r.prefixListId ?? r.referencedGroupId ?? '';
  return `${isEgress ? 'out' : 'in'}|${r.ipProtocol}|${r.fromPort}|${r.toPort}|${peer}`;
}

/** AWS's wording of a rule in InvalidPermission.Duplicate: `peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW`. */
export function ruleText(r: RuleSpec): string {
  const peer = r.cidrIpv4 ?? r.cidrIpv6 ?? r.prefixListId ?? r.referencedGroupId ?? '';
  const proto = r.ipProtocol === '-1' ? 'ALL' : r.ipProtocol.toUpperCase();
  return `peer: ${peer}, ${proto}, from port: ${r.fromPort}, to port: ${r.toPort}, ALLOW`;
}

function fixedRuleId(groupId: string, name: string): string {
  const hex = (text: string) => hashString(text).toString(16).padStart(8, '0');
  return `sgr-0${hex(`${groupId}|${name}`)}${hex(`${name}|${groupId}`)}`;
}

type GroupRef = Pick<SecurityGroup, 'id' | 'ownerId' | 'region'>;

function ruleBase(group: GroupRef) {
  return { ownerId: group.ownerId, region: group.region, tags: [], groupId: group.id, fromPort: -1, toPort: -1 };
}

/** The default group's all-traffic `::/0` egress rule, which it has while its VPC has an IPv6 block (rule A6). */
export function defaultIpv6EgressRule(group: GroupRef): SecurityGroupRule {
  return { ...ruleBase(group), id: fixedRuleId(group.id, 'egress-v6'), isEgress: true, ipProtocol: '-1', cidrIpv6: '::/0' };
}

/**
 * The rules a new group starts with (rule A6): for a VPC's `default` group all traffic in from members of the group
 * itself, and for every group all traffic out to 0.0.0.0/0 (the default group also to ::/0 once its VPC has IPv6,
 * see defaultIpv6EgressRule). Their ids are hashed from the group id, so creating a group draws nothing from the
 * world's generator and the ids of everything created after it stay as they were.
 */
export function defaultRulesFor(group: GroupRef, isDefaultGroup: boolean): SecurityGroupRule[] {
  const base = ruleBase(group);
  const egress: SecurityGroupRule = { ...base, id: fixedRuleId(group.id, 'egress'), isEgress: true, ipProtocol: '-1', cidrIpv4: '0.0.0.0/0' };
  if (!isDefaultGroup) return [egress];
  const self: SecurityGroupRule = { ...base, id: fixedRuleId(group.id, 'self'), isEgress: false, ipProtocol: '-1', referencedGroupId: group.id };
  return [self, egress];
}

export function seedDefaultRules(tx: Tx, group: SecurityGroup, isDefaultGroup: boolean): void {
  for (const rule of defaultRulesFor(group, isDefaultGroup)) tx.put('securityGroupRules', rule.id, rule);
}

/**
 * A VPC got an IPv6 block (CreateVpc or AssociateVpcCidrBlock with AmazonProvidedIpv6CidrBlock): its default group
 * gets the all-traffic `::/0` egress rule (rule A6), unless it already has one. Custom groups keep their one rule.
 */
export function seedDefaultIpv6Egress(tx: Tx, defaultGroupId: string | undefined): void {
  const group = defaultGroupId === undefined ? undefined : tx.get('securityGroups', defaultGroupId);
  if (!group) return;
  const present = tx.all('securityGroupRules').some((r) => r.groupId === group.id && r.isEgress && r.ipProtocol === '-1' && r.cidrIpv6 === '::/0');
  if (present) return;
  const rule = defaultIpv6EgressRule(group);
  tx.put('securityGroupRules', rule.id, rule);
}

/** Remove every rule of a group (when the group is deleted). */
export function removeGroupRules(tx: Tx, groupId: string): void {
  for (const rule of tx.all('securityGroupRules')) if (rule.groupId === groupId) tx.remove('securityGroupRules', rule.id);
}

/** The rules of one group, one direction, in creation order. */
export function groupRules(world: Pick<World, 'securityGroupRules'>, groupId: string, isEgress: boolean): SecurityGroupRule[] {
  return world.securityGroupRules.values().filter((r) => r.groupId === groupId && r.isEgress === isEgress);
}

/** A flow arriving at a network interface: protocol, destination port, and who sends it. */
export interface Flow {
  protocol: 'tcp' | 'udp';
  port: number;
  /** Source IPv4 address. */
  sourceIp: string;
  /** Security groups of the sending interface, when the sender is inside the VPC. */
  sourceGroupIds?: readonly string[];
  /** Managed prefix lists the source address belongs to (e.g. the region's EC2 Instance Connect list). */
  sourcePrefixLists?: readonly string[];
}

function portMatches(rule: SecurityGroupRule, flow: Flow): boolean {
  if (rule.ipProtocol === '-1') return true;
  if (rule.ipProtocol !== flow.protocol) return false;
  return flow.port >= rule.fromPort && flow.port <= rule.toPort;
}

function peerMatches(rule: SecurityGroupRule, flow: Flow): boolean {
  if (rule.cidrIpv4 !== undefined) {
    const cidr = parseCidr(rule.cidrIpv4);
    return cidr !== undefined && cidrContainsIp(cidr, flow.sourceIp);
  }
  if (rule.referencedGroupId !== undefined) return flow.sourceGroupIds?.includes(rule.referencedGroupId) ?? false;
  if (rule.prefixListId !== undefined) return flow.sourcePrefixLists?.includes(rule.prefixListId) ?? false;
  return false;
}

/** The first rule of these groups, in the one direction, that matches the flow's port and peer. */
function firstRule(world: Pick<World, 'securityGroupRules'>, groupIds: readonly string[], flow: Flow, egress: boolean): SecurityGroupRule | undefined {
  const groups = new Set(groupIds);
  return world.securityGroupRules
    .values()
    .find((r) => r.isEgress === egress && groups.has(r.groupId) && portMatches(r, flow) && peerMatches(r, flow));
}

/** The first inbound rule of these groups that admits the flow (groups are a union of allow rules, rule A6). */
export function admittingRule(world: Pick<World, 'securityGroupRules'>, groupIds: readonly string[], flow: Flow): SecurityGroupRule | undefined {
  return firstRule(world, groupIds, flow, false);
}

/**
 * The first outbound rule of these groups that lets a flow leave for `flow.sourceIp` (here the destination) or for
 * members of `flow.sourceGroupIds` (the destination's groups): an EC2 Instance Connect Endpoint's egress (rule A23).
 */
export function egressRule(world: Pick<World, 'securityGroupRules'>, groupIds: readonly string[], flow: Flow): SecurityGroupRule | undefined {
  return firstRule(world, groupIds, flow, true);
}

/**
 * Rules for worlds saved before security group rules were modelled: every group that has no rule at all gets the
 * rules it was created with (rule A6), in group order. Works on plain JSON records as saves hold them.
 */
export function legacyDefaultRules(
  groups: Record<string, SecurityGroup>,
  vpcs: Record<string, { defaultSecurityGroupId?: string; ipv6CidrBlock?: string }>,
  rules: Record<string, SecurityGroupRule>,
): Record<string, SecurityGroupRule> {
  const withRules = new Set(Object.values(rules).map((r) => r.groupId));
  const defaults = new Set(Object.values(vpcs).map((v) => v.defaultSecurityGroupId));
  const ipv6Defaults = new Set(Object.values(vpcs).filter((v) => v.ipv6CidrBlock).map((v) => v.defaultSecurityGroupId));
  const out: Record<string, SecurityGroupRule> = { ...rules };
  for (const group of Object.values(groups)) {
    if (withRules.has(group.id)) continue;
    const initial = defaultRulesFor(group, defaults.has(group.id));
    for (const rule of ipv6Defaults.has(group.id) ? [...initial, defaultIpv6EgressRule(group)] : initial) out[rule.id] = rule;
  }
  return out;
}
