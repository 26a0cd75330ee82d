import ipaddr from 'ipaddr.js';
import type { SecurityGroupRule } from '../model/access';
import type { SecurityGroup } from '../model/network';
import { checkIdFormat, mustFind } from '../lookup';
import { parseCidr } from '../net/cidr';
import { groupRules, ruleKey, ruleText, type RuleSpec } from '../net/sg-rules';
import { toSdkPermissions, toSdkRule } from '../shapes/security-groups';
import type { Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { applyFilters } from '../filters';
import { defineActions } from '../action-def';

/**
 * Security group rules (rules A6–A11 of docs/reference/scaling-and-access-rules.md): Authorize and Revoke,
 * ingress and egress, and DescribeSecurityGroupRules. Every CIDR, prefix list or group of one IpPermissions entry is
 * a rule of its own with its own `sgr-` id; a request with one bad or duplicate rule changes nothing.
 */

const MAX_RULES = 60;
const MAX_PERMISSIONS = 100;
const PROTOCOLS: Record<string, string> = { tcp: 'tcp', '6': 'tcp', udp: 'udp', '17': 'udp', icmp: 'icmp', '1': 'icmp', '-1': '-1', all: '-1' };

function malformed(message: string): never {
  return refuse('sg-rule.malformed', message);
}

function readProtocol(raw: string): string {
  const known = PROTOCOLS[raw.toLowerCase()];
  if (known) return known;
  if (/^\d{1,3}$/.test(raw) && Number(raw) <= 255) return raw;
  return malformed(`Invalid value '${raw.slice(0, 40)}' for IP protocol. Unknown protocol.`);
}

function readPorts(proto: string, p: Params): { fromPort: number; toPort: number } {
  const from = p.optInt('FromPort');
  const to = p.optInt('ToPort');
  // Other protocols (-1 = all) cover every port: AWS documents that the ports given are then disregarded.
  if (proto !== 'tcp' && proto !== 'udp' && proto !== 'icmp') return { fromPort: -1, toPort: -1 };
  if (proto === 'icmp') {
    const type = from ?? -1;
    const code = to ?? -1;
    if (type < -1 || type > 255 || code < -1 || code > 255) malformed(`ICMP type ${type} or code ${code} is out of range.`);
    return { fromPort: type, toPort: code };
  }
  if (from === undefined || to === undefined) malformed(`A ${proto.toUpperCase()} rule needs FromPort and ToPort.`);
  if (from < 0 || to > 65535 || from > to) malformed(`Invalid port range ${from}-${to}: ports go from 0 to 65535, FromPort first.`);
  return { fromPort: from, toPort: to };
}

function ipv4Cidr(text: string): string {
  const cidr = parseCidr(text);
  if (!cidr) return malformed(`CIDR block ${text.slice(0, 60)} is malformed`);
  return text;
}

function ipv6Cidr(text: string): string {
  try {
    const [addr, prefix] = ipaddr.IPv6.parseCIDR(text);
    return `${addr.toString()}/${prefix}`;
  } catch {
    return malformed(`CIDR block ${text.slice(0, 60)} is malformed`);
  }
}

function referencedGroup(tx: Tx, group: SecurityGroup, id: string | undefined, name: string | undefined): string {
  const other = id !== undefined ? mustFind(tx, 'securityGroups', id) : tx.visible('securityGroups').find((g) => g.vpcId === group.vpcId && g.name === name);
  if (!other) return refuse('request.not-found', `The security group '${name ?? ''}' does not exist`, { code: 'InvalidGroup.NotFound' });
  if (other.vpcId !== group.vpcId) {
    refuse('sg-rule.group.other-vpc', 'You have specified two resources that belong to different networks.', {
      resources: [group.id, other.id],
      scope: { kind: 'vpc', from: group.vpcId, to: other.vpcId },
    });
  }
  return other.id;
}

/** Every rule one IpPermissions entry stands for. */
function permissionRules(tx: Tx, group: SecurityGroup, perm: Params): RuleSpec[] {
  const proto = readProtocol(perm.str('IpProtocol'));
  const ports = readPorts(proto, perm);
  const base = { ipProtocol: proto, ...ports };
  const d = (x: Params) => {
    const text = x.optStr('Description');
    return text !== undefined ? { description: text.slice(0, 255) } : {};
  };
  const rules: RuleSpec[] = [
    ...(perm.optObjList('IpRanges') ?? []).map((r) => ({ ...base, cidrIpv4: ipv4Cidr(r.str('CidrIp')), ...d(r) })),
    ...(perm.optObjList('Ipv6Ranges') ?? []).map((r) => ({ ...base, cidrIpv6: ipv6Cidr(r.str('CidrIpv6')), ...d(r) })),
    ...(perm.optObjList('PrefixListIds') ?? []).map((r) => ({ ...base, prefixListId: r.str('PrefixListId'), ...d(r) })),
    ...(perm.optObjList('UserIdGroupPairs') ?? []).map((r) => ({ ...base, referencedGroupId: referencedGroup(tx, group, r.optStr('GroupId'), r.optStr('GroupName')), ...d(r) })),
  ];
  if (rules.length === 0) malformed('Each IpPermissions entry needs a source or destination: IpRanges, Ipv6Ranges, PrefixListIds or UserIdGroupPairs.');
  return rules;
}

/** The rules a request names: `IpPermissions`, or the older top-level `IpProtocol`/`FromPort`/`ToPort`/`CidrIp`. */
function requestedRules(tx: Tx, group: SecurityGroup, p: Params): RuleSpec[] {
  const perms = p.optObjList('IpPermissions');
  if (perms) {
    if (perms.length > MAX_PERMISSIONS) malformed(`At most ${MAX_PERMISSIONS} IpPermissions entries per request.`);
    return perms.flatMap((perm) => permissionRules(tx, group, perm));
  }
  const cidr = p.optStr('CidrIp');
  const sourceGroup = p.optStr('SourceSecurityGroupName');
  if (cidr === undefined && sourceGroup === undefined) malformed('The request must contain IpPermissions (or IpProtocol, FromPort, ToPort and CidrIp).');
  const proto = readProtocol(p.optStr('IpProtocol') ?? '-1');
  const base = { ipProtocol: proto, ...readPorts(proto, p) };
  if (cidr !== undefined) return [{ ...base, cidrIpv4: ipv4Cidr(cidr) }];
  return [{ ...base, referencedGroupId: referencedGroup(tx, group, undefined, sourceGroup) }];
}

function targetGroup(tx: Tx, p: Params, isEgress: boolean): SecurityGroup {
  const id = isEgress ? p.str('GroupId') : p.optStr('GroupId');
  if (id !== undefined) {
    return mustFind(tx, 'securityGroups', id);
  }
  const name = p.str('GroupName');
  const vpc = tx.visible('vpcs').find((v) => v.isDefault);
  const group = tx.visible('securityGroups').find((g) => g.vpcId === vpc?.id && g.name === name);
  return group ?? refuse('request.not-found', `The security group '${name}' does not exist in default VPC '${vpc?.id ?? 'none'}'`, { code: 'InvalidGroup.NotFound' });
}

/**
 * Rule A11: 60 rules per direction, counted separately for IPv4 and IPv6. A rule naming a security group or a prefix
 * list applies to both families and counts in each (a prefix list counts as one: the lab's lists are single ranges).
 */
function overQuota(existing: readonly RuleSpec[], added: readonly RuleSpec[]): boolean {
  const count = (family: 'v4' | 'v6') =>
    [...existing, ...added].filter((r) => (family === 'v4' ? r.cidrIpv6 === undefined : r.cidrIpv4 === undefined)).length;
  return count('v4') > MAX_RULES || count('v6') > MAX_RULES;
}

function authorize(isEgress: boolean) {
  return (tx: Tx, p: Params) => {
    const group = targetGroup(tx, p, isEgress);
    const specs = requestedRules(tx, group, p);
    const existing = groupRules(tx.base, group.id, isEgress);
    const seen = new Set(existing.map((r) => ruleKey(isEgress, r)));
    for (const spec of specs) {
      const key = ruleKey(isEgress, spec);
      if (seen.has(key)) {
        refuse('sg-rule.duplicate', `the specified rule "${ruleText(spec)}" already exists`, { resources: [group.id] });
      }
      seen.add(key);
    }
    if (overQuota(existing, specs)) {
      refuse('sg-rule.limit', 'The maximum number of rules per security group has been reached.', { resources: [group.id], scope: { kind: 'quota' } });
    }
    const added: SecurityGroupRule[] = specs.map((spec) => {
      const id = tx.id('sgr');
      return tx.put('securityGroupRules', id, { ownerId: group.ownerId, region: group.region, tags: p.tagsFor('security-group-rule'), id, groupId: group.id, isEgress, ...spec });
    });
    const what = added.map((r) => ruleText(r).replace(', ALLOW', '')).join('; ');
    tx.event({ type: 'sg-rule-added', message: `${isEgress ? 'Outbound' : 'Inbound'} rule added to ${group.id}: ${what}.`, resourceId: group.id });
    return { Return: true, SecurityGroupRules: added.map(toSdkRule) };
  };
}

function rulesById(tx: Tx, group: SecurityGroup, ids: string[], isEgress: boolean): SecurityGroupRule[] {
  return ids.map((id) => {
    checkIdFormat('securityGroupRules', id);
    const rule = tx.get('securityGroupRules', id);
    if (!rule || rule.groupId !== group.id || rule.isEgress !== isEgress) {
      return refuse('sg-rule.id.not-found', `The security group rule ID '${id}' does not exist in ${group.id}`, { resources: [group.id] });
    }
    return rule;
  });
}

function revoke(isEgress: boolean) {
  return (tx: Tx, p: Params) => {
    const group = targetGroup(tx, p, isEgress);
    const ids = p.optStrList('SecurityGroupRuleIds');
    let matched: SecurityGroupRule[];
    let unknown: RuleSpec[] = [];
    if (ids) matched = rulesById(tx, group, ids, isEgress);
    else {
      const existing = new Map(groupRules(tx.base, group.id, isEgress).map((r) => [ruleKey(isEgress, r), r]));
      const specs = requestedRules(tx, group, p);
      matched = specs.flatMap((s) => existing.get(ruleKey(isEgress, s)) ?? []);
      unknown = specs.filter((s) => !existing.has(ruleKey(isEgress, s)));
      const inDefaultVpc = tx.get('vpcs', group.vpcId)?.isDefault ?? false;
      if (unknown.length > 0 && !inDefaultVpc) {
        refuse('sg-rule.not-found', 'The specified rule does not exist in this security group.', { resources: [group.id] });
      }
    }
    for (const rule of matched) tx.remove('securityGroupRules', rule.id);
    if (matched.length > 0) {
      const what = matched.map((r) => ruleText(r).replace(', ALLOW', '')).join('; ');
      tx.event({ type: 'sg-rule-removed', message: `${isEgress ? 'Outbound' : 'Inbound'} rule removed from ${group.id}: ${what}.`, resourceId: group.id });
    }
    const asRules = unknown.map((s) => ({ ...s, id: '', groupId: group.id, isEgress, ownerId: group.ownerId, region: group.region, tags: [] }));
    return {
      Return: true,
      ...(unknown.length > 0 ? { UnknownIpPermissions: toSdkPermissions(asRules) } : {}),
      RevokedSecurityGroupRules: matched.map((r) => {
        const { Tags: _tags, SecurityGroupRuleArn: _arn, GroupOwnerId: _owner, ...rest } = toSdkRule(r);
        return rest;
      }),
    };
  };
}

/** The new description of each rule a request names, by `sgr-` id or by its identity (A8: all but the description). */
function describedRules(tx: Tx, group: SecurityGroup, p: Params, isEgress: boolean): [SecurityGroupRule, string | undefined][] {
  const byId = p.optObjList('SecurityGroupRuleDescriptions');
  if (byId) {
    const rules = rulesById(tx, group, byId.map((d) => d.str('SecurityGroupRuleId')), isEgress);
    return rules.map((rule, i) => [rule, byId[i]?.optStr('Description')?.slice(0, 255)]);
  }
  if (!p.has('IpPermissions')) malformed('The request must contain IpPermissions or SecurityGroupRuleDescriptions.');
  const existing = new Map(groupRules(tx.base, group.id, isEgress).map((r) => [ruleKey(isEgress, r), r]));
  return requestedRules(tx, group, p).map((spec) => {
    const rule = existing.get(ruleKey(isEgress, spec));
    if (!rule) refuse('sg-rule.update.not-found', `The specified rule "${ruleText(spec)}" does not exist in security group ${group.id}.`, { resources: [group.id] });
    return [rule, spec.description];
  });
}

/** UpdateSecurityGroupRuleDescriptionsIngress/Egress: set, replace or (no Description) remove a rule's description. */
function updateDescriptions(isEgress: boolean) {
  return (tx: Tx, p: Params) => {
    const group = targetGroup(tx, p, false);
    for (const [rule, description] of describedRules(tx, group, p, isEgress)) {
      const { description: _old, ...rest } = rule;
      tx.put('securityGroupRules', rule.id, description !== undefined ? { ...rest, description } : rest);
    }
    tx.event({ type: 'modified', message: `${isEgress ? 'Outbound' : 'Inbound'} rule descriptions of ${group.id} updated; what the rules allow is unchanged.`, resourceId: group.id });
    return { Return: true };
  };
}

function describeRules(tx: Tx, p: Params) {
  const ids = p.optStrList('SecurityGroupRuleIds');
  const mine = tx.visible('securityGroupRules');
  const rules = ids
    ? ids.map((id) => mine.find((r) => r.id === id) ?? refuse('sg-rule.id.not-found', `The security group rule ID '${id}' does not exist`))
    : mine;
  const filtered = applyFilters(rules, p, {
    'group-id': (r) => r.groupId,
    'security-group-rule-id': (r) => r.id,
  });
  return { SecurityGroupRules: filtered.map(toSdkRule) };
}

export const SECURITY_GROUP_RULE_ACTIONS = defineActions([
  { type: 'ec2:AuthorizeSecurityGroupIngress', summary: 'Allow inbound traffic to a security group (protocol, ports, source).', run: authorize(false) },
  { type: 'ec2:AuthorizeSecurityGroupEgress', summary: 'Allow outbound traffic from a security group (protocol, ports, destination).', run: authorize(true) },
  { type: 'ec2:RevokeSecurityGroupIngress', summary: 'Remove inbound rules from a security group (by id or exact match).', run: revoke(false) },
  { type: 'ec2:RevokeSecurityGroupEgress', summary: 'Remove outbound rules from a security group (by id or exact match).', run: revoke(true) },
  {
    type: 'ec2:UpdateSecurityGroupRuleDescriptionsIngress',
    summary: 'Set or remove the description of existing inbound rules (by sgr- id or exact match).',
    run: updateDescriptions(false),
  },
  {
    type: 'ec2:UpdateSecurityGroupRuleDescriptionsEgress',
    summary: 'Set or remove the description of existing outbound rules (by sgr- id or exact match).',
    run: updateDescriptions(true),
  },
  { type: 'ec2:DescribeSecurityGroupRules', summary: 'List security group rules one by one, with their sgr- ids.', run: describeRules, read: true },
]);
