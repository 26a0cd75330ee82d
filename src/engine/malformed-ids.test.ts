import { describe as suite, expect, it } from 'vitest';
import { createWorld, describe } from './index';
import { ID_FORMS, isWellFormedId, type IdKind } from './lookup';
import { deepFreeze, no } from './engine-test-helpers';

/** Issue 15 item 6: a malformed id answers `*.Malformed`, a well-formed unknown id answers NotFound, for every id kind. */
const base = deepFreeze(createWorld({ defaultVpc: true }));

/** One Describe (or mutating) call per id kind, with the id in the member the EC2 API reads it from. */
const CALLS: [IdKind, string, (id: string) => Record<string, unknown>, string][] = [
  ['vpcs', 'ec2:DescribeVpcs', (id) => ({ VpcIds: [id] }), 'InvalidVpcID.NotFound'],
  ['subnets', 'ec2:DescribeSubnets', (id) => ({ SubnetIds: [id] }), 'InvalidSubnetID.NotFound'],
  ['internetGateways', 'ec2:DescribeInternetGateways', (id) => ({ InternetGatewayIds: [id] }), 'InvalidInternetGatewayID.NotFound'],
  ['routeTables', 'ec2:DescribeRouteTables', (id) => ({ RouteTableIds: [id] }), 'InvalidRouteTableID.NotFound'],
  ['networkAcls', 'ec2:DescribeNetworkAcls', (id) => ({ NetworkAclIds: [id] }), 'InvalidNetworkAclID.NotFound'],
  ['securityGroups', 'ec2:DescribeSecurityGroups', (id) => ({ GroupIds: [id] }), 'InvalidGroup.NotFound'],
  ['networkInterfaces', 'ec2:DescribeNetworkInterfaces', (id) => ({ NetworkInterfaceIds: [id] }), 'InvalidNetworkInterfaceID.NotFound'],
  ['addresses', 'ec2:DescribeAddresses', (id) => ({ AllocationIds: [id] }), 'InvalidAllocationID.NotFound'],
  ['instances', 'ec2:DescribeInstances', (id) => ({ InstanceIds: [id] }), 'InvalidInstanceID.NotFound'],
  ['volumes', 'ec2:DescribeVolumes', (id) => ({ VolumeIds: [id] }), 'InvalidVolume.NotFound'],
  ['snapshots', 'ec2:DescribeSnapshots', (id) => ({ SnapshotIds: [id] }), 'InvalidSnapshot.NotFound'],
  ['images', 'ec2:DescribeImages', (id) => ({ ImageIds: [id] }), 'InvalidAMIID.NotFound'],
  ['dedicatedHosts', 'ec2:DescribeHosts', (id) => ({ HostIds: [id] }), 'InvalidHostID.NotFound'],
  ['spotRequests', 'ec2:DescribeSpotInstanceRequests', (id) => ({ SpotInstanceRequestIds: [id] }), 'InvalidSpotInstanceRequestID.NotFound'],
  ['launchTemplates', 'ec2:DescribeLaunchTemplates', (id) => ({ LaunchTemplateIds: [id] }), 'InvalidLaunchTemplateId.NotFound'],
  ['addressAssociations', 'ec2:DisassociateAddress', (id) => ({ AssociationId: id }), 'InvalidAssociationID.NotFound'],
  ['instanceConnectEndpoints', 'ec2:DescribeInstanceConnectEndpoints', (id) => ({ InstanceConnectEndpointIds: [id] }), 'InvalidInstanceConnectEndpointId.NotFound'],
];

/** A well-formed id of this kind that no world holds. */
function absent(kind: IdKind): string {
  const form = ID_FORMS[kind];
  if (!form) throw new Error(`no form for ${kind}`);
  return `${form.prefix}-${kind === 'spotRequests' ? 'abcd1234' : '0fedcba9876543210'}`;
}

suite('malformed vs not found, every id kind', () => {
  it.each(CALLS)('%s: a malformed id is *.Malformed, a well-formed unknown id is NotFound (%s)', (kind, type, params, notFoundCode) => {
    const form = ID_FORMS[kind];
    expect(form).toBeDefined();
    for (const bad of [`${form?.prefix}-xyz`, `${form?.prefix}-12345`, `${form?.prefix}-0FEDCBA9876543210`, 'nope-12345678']) {
      expect(no(base, type, params(bad)).code, bad).toBe(form?.code);
    }
    expect(no(base, type, params(absent(kind))).code).toBe(notFoundCode);
  });

  it('security group rule ids: Malformed vs NotFound on RevokeSecurityGroupIngress', () => {
    const group = describe(base, 'ec2:DescribeSecurityGroups').SecurityGroups[0];
    const call = (id: string) => no(base, 'ec2:RevokeSecurityGroupIngress', { GroupId: group.GroupId, SecurityGroupRuleIds: [id] }).code;
    expect(call('sgr-zz')).toBe('InvalidSecurityGroupRuleId.Malformed');
    expect(call('sgr-0fedcba9876543210')).toBe('InvalidSecurityGroupRuleId.NotFound');
  });

  it('accepts both the 8- and the 17-digit forms and nothing else', () => {
    expect(isWellFormedId('instances', 'i-1234abcd')).toBe(true);
    expect(isWellFormedId('instances', 'i-0123456789abcdef0')).toBe(true);
    expect(isWellFormedId('instances', 'i-0123456789abcdef')).toBe(false);
    expect(isWellFormedId('instances', 'i-1234abcd ')).toBe(false);
    expect(isWellFormedId('instances', 'vol-1234abcd')).toBe(false);
    expect(isWellFormedId('spotRequests', 'sir-a1b2c3d4')).toBe(true);
    expect(isWellFormedId('spotRequests', 'sir-A1B2C3D4')).toBe(false);
  });

  it('covers every id kind it checks (the table above walks them all)', () => {
    const walked = new Set([...CALLS.map(([kind]) => kind), 'securityGroupRules']);
    expect(Object.keys(ID_FORMS).filter((k) => !walked.has(k))).toEqual([]);
  });
});
