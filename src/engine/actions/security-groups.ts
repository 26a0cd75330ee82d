import type { SecurityGroup } from '../model/network';
import { mustFind } from '../lookup';
import type { Params } from '../params';
import { invalid } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { applyFilters, sdkPathAccessors, type FilterAccessors } from '../filters';
import { removeGroupRules, seedDefaultRules } from '../net/sg-rules';
import { toSdkSecurityGroup } from '../shapes/security-groups';
import { defineActions } from '../action-def';

function createSecurityGroup(tx: Tx, p: Params) {
  const name = p.str('GroupName');
  const description = p.str('Description');
  if (name.length > 255 || /^sg-/i.test(name)) invalid('GroupName', name, 'Group names may not be in the format sg-*.');
  const vpcId = p.optStr('VpcId') ?? tx.visible('vpcs').find((v) => v.isDefault)?.id;
  if (!vpcId) {
    return refuse('sg.create.no-default-vpc', 'No default VPC for this user', {
      scope: { kind: 'region', to: tx.region },
      fix: `${tx.region} has no default VPC: send the VpcId of the VPC the group '${name.slice(0, 255)}' is for.`,
    });
  }
  const vpc = mustFind(tx, 'vpcs', vpcId);
  if (name === 'default') {
    return refuse('sg.name.reserved', `The security group 'default' is reserved`, { resources: [vpc.id] });
  }
  const clash = tx.all('securityGroups').find((g) => g.vpcId === vpc.id && g.name === name);
  if (clash) {
    return refuse('sg.name.duplicate', `The security group '${name}' already exists for VPC '${vpc.id}'`, {
      resources: [clash.id, vpc.id],
    });
  }
  const id = tx.id('sg');
  const group = tx.put('securityGroups', id, {
    ownerId: tx.account,
    region: tx.region,
    tags: p.tagsFor('security-group'),
    id,
    vpcId: vpc.id,
    name,
    description,
  });
  seedDefaultRules(tx, group, false);
  tx.event({ type: 'created', message: `Security group ${id} (${name}) created in ${vpc.id}.`, resourceId: id });
  return { GroupId: id, SecurityGroupArn: `arn:aws:ec2:${tx.region}:${tx.account}:security-group/${id}` };
}

/** A group of the default VPC by name, as GroupName / GroupNames address it (EC2 looks only in the default VPC). */
export function defaultVpcGroup(tx: Tx, name: string): SecurityGroup {
  const vpc = tx.visible('vpcs').find((v) => v.isDefault);
  const group = vpc && tx.visible('securityGroups').find((g) => g.vpcId === vpc.id && g.name === name);
  return group ?? refuse('request.not-found', `The security group '${name.slice(0, 255)}' does not exist in default VPC '${vpc?.id ?? 'none'}'`, {
    code: 'InvalidGroup.NotFound',
    fix: 'Names find groups of the default VPC only: use the group id (GroupId) for a group in another VPC.',
  });
}

/** `ip-permission.*` / `egress.ip-permission.*`: read from the rules as DescribeSecurityGroups folds them. */
function permissionFilters(tx: Tx, prefix: string, member: 'IpPermissions' | 'IpPermissionsEgress'): FilterAccessors<SecurityGroup> {
  const sdk = (g: SecurityGroup) => toSdkSecurityGroup(tx.base, g);
  const paths: Record<string, string> = {
    cidr: 'IpRanges.CidrIp',
    'ipv6-cidr': 'Ipv6Ranges.CidrIpv6',
    'prefix-list-id': 'PrefixListIds.PrefixListId',
    protocol: 'IpProtocol',
    'from-port': 'FromPort',
    'to-port': 'ToPort',
    'group-id': 'UserIdGroupPairs.GroupId',
    'user-id': 'UserIdGroupPairs.UserId',
  };
  const accessors = sdkPathAccessors(
    Object.fromEntries(Object.entries(paths).map(([name, path]) => [`${prefix}.${name}`, `${member}.${path}`])),
    sdk,
  );
  const groupIds = accessors[`${prefix}.group-id`] as (g: SecurityGroup) => string[];
  accessors[`${prefix}.group-name`] = (g) => groupIds(g).map((id) => tx.get('securityGroups', id)?.name);
  return accessors;
}

function describeSecurityGroups(tx: Tx, p: Params) {
  const ids = p.optStrList('GroupIds');
  const names = p.optStrList('GroupNames');
  const named = [...(ids ?? []).map((id) => mustFind(tx, 'securityGroups', id)), ...(names ?? []).map((n) => defaultVpcGroup(tx, n))];
  const groups = ids || names ? [...new Set(named)] : tx.visible('securityGroups');
  const filtered = applyFilters(groups, p, {
    'group-id': (g) => g.id,
    'group-name': (g) => g.name,
    'vpc-id': (g) => g.vpcId,
    ...permissionFilters(tx, 'ip-permission', 'IpPermissions'),
    ...permissionFilters(tx, 'egress.ip-permission', 'IpPermissionsEgress'),
  }, (g) => toSdkSecurityGroup(tx.base, g));
  return { SecurityGroups: filtered.map((g) => toSdkSecurityGroup(tx.base, g)) };
}

function deleteSecurityGroup(tx: Tx, p: Params) {
  const id = p.optStr('GroupId');
  const name = p.optStr('GroupName');
  if (id !== undefined && name !== undefined) {
    refuse('request.invalid-combination', 'Specify either GroupId or GroupName, not both.', { scope: { kind: 'parameter', to: 'GroupName' } });
  }
  const group = id === undefined && name !== undefined ? defaultVpcGroup(tx, name) : mustFind(tx, 'securityGroups', p.str('GroupId'));
  const vpc = tx.get('vpcs', group.vpcId);
  if (vpc?.defaultSecurityGroupId === group.id) {
    return refuse('sg.delete.default', `the specified group: "${group.id}" name: "default" cannot be deleted by a user`, {
      resources: [group.id],
    });
  }
  const users = tx.all('networkInterfaces').filter((e) => e.groupIds.includes(group.id));
  if (users.length > 0) {
    return refuse('sg.delete.in-use', `resource ${group.id} has a dependent object`, {
      resources: [group.id, ...users.map((e) => e.id)],
    });
  }
  tx.remove('securityGroups', group.id);
  removeGroupRules(tx, group.id);
  return {};
}

export const SECURITY_GROUP_ACTIONS = defineActions([
  { type: 'ec2:CreateSecurityGroup', summary: 'Create a security group in a VPC.', run: createSecurityGroup },
  {
    type: 'ec2:DescribeSecurityGroups',
    summary: 'List security groups.',
    run: describeSecurityGroups,
    read: true,
  },
  { type: 'ec2:DeleteSecurityGroup', summary: 'Delete an unused security group.', run: deleteSecurityGroup },
]);
