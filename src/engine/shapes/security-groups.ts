import type { SecurityGroupRule } from '../model/access';
import type { SecurityGroup } from '../model/network';
import type { World } from '../model/world';
import { groupRules } from '../net/sg-rules';
import { sdkTags } from './tags';

/** SDK shapes of security groups and their rules (DescribeSecurityGroups, DescribeSecurityGroupRules, Authorize…). */

/** One rule as DescribeSecurityGroupRules returns it (SDK v3 `SecurityGroupRule`). */
export function toSdkRule(rule: SecurityGroupRule) {
  return {
    SecurityGroupRuleId: rule.id,
    GroupId: rule.groupId,
    GroupOwnerId: rule.ownerId,
    IsEgress: rule.isEgress,
    IpProtocol: rule.ipProtocol,
    FromPort: rule.fromPort,
    ToPort: rule.toPort,
    ...(rule.cidrIpv4 !== undefined ? { CidrIpv4: rule.cidrIpv4 } : {}),
    ...(rule.cidrIpv6 !== undefined ? { CidrIpv6: rule.cidrIpv6 } : {}),
    ...(rule.prefixListId !== undefined ? { PrefixListId: rule.prefixListId } : {}),
    ...(rule.referencedGroupId !== undefined
      ? { ReferencedGroupInfo: { GroupId: rule.referencedGroupId, UserId: rule.ownerId } }
      : {}),
    ...(rule.description !== undefined ? { Description: rule.description } : {}),
    Tags: rule.tags,
    SecurityGroupRuleArn: `arn:aws:ec2:${rule.region}:${rule.ownerId}:security-group-rule/${rule.id}`,
  };
}

interface SdkPermission {
  IpProtocol: string;
  FromPort?: number;
  ToPort?: number;
  IpRanges: { CidrIp: string; Description?: string }[];
  Ipv6Ranges: { CidrIpv6: string; Description?: string }[];
  PrefixListIds: { PrefixListId: string; Description?: string }[];
  UserIdGroupPairs: { GroupId: string; UserId: string; Description?: string }[];
}

/** Rules folded into `IpPermissions` as DescribeSecurityGroups shows them: one entry per protocol and port range. */
export function toSdkPermissions(rules: readonly SecurityGroupRule[]): SdkPermission[] {
  const byRange = new Map<string, SdkPermission>();
  for (const r of rules) {
    const key = `${r.ipProtocol}|${r.fromPort}|${r.toPort}`;
    let entry = byRange.get(key);
    if (!entry) {
      const ports = r.ipProtocol === '-1' ? {} : { FromPort: r.fromPort, ToPort: r.toPort };
      entry = { IpProtocol: r.ipProtocol, ...ports, IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] };
      byRange.set(key, entry);
    }
    const d = r.description !== undefined ? { Description: r.description } : {};
    if (r.cidrIpv4 !== undefined) entry.IpRanges.push({ CidrIp: r.cidrIpv4, ...d });
    if (r.cidrIpv6 !== undefined) entry.Ipv6Ranges.push({ CidrIpv6: r.cidrIpv6, ...d });
    if (r.prefixListId !== undefined) entry.PrefixListIds.push({ PrefixListId: r.prefixListId, ...d });
    if (r.referencedGroupId !== undefined) entry.UserIdGroupPairs.push({ GroupId: r.referencedGroupId, UserId: r.ownerId, ...d });
  }
  return [...byRange.values()];
}

/** DescribeSecurityGroups shape (SDK v3 `SecurityGroup`): the group with its rules folded into permissions. */
export function toSdkSecurityGroup(world: World, group: SecurityGroup) {
  return {
    GroupId: group.id,
    GroupName: group.name,
    Description: group.description,
    VpcId: group.vpcId,
    OwnerId: group.ownerId,
    IpPermissions: toSdkPermissions(groupRules(world, group.id, false)),
    IpPermissionsEgress: toSdkPermissions(groupRules(world, group.id, true)),
    ...sdkTags(group.tags),
  };
}
