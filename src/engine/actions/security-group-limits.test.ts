import { describe, expect, it } from 'vitest';
import type { World } from '../index';
import { no, ok } from '../engine-test-helpers';
import { ami, createEni, lab, run } from './compute-test-helpers';

/** Security group quotas of rule A11: groups per network interface, rules per group. */
const LIMIT = { code: 'SecurityGroupsPerInterfaceLimitExceeded', rule: 'sg.per-interface.limit', message: 'The maximum number of security groups per interface has been reached.' };

function groups(world: World, vpcId: string, count: number): { world: World; ids: string[] } {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = ok(world, 'ec2:CreateSecurityGroup', { GroupName: `g${i}`, Description: `g${i}`, VpcId: vpcId });
    world = r.world;
    ids.push(r.response.GroupId);
  }
  return { world, ids };
}

describe('security groups per network interface (rule A11)', () => {
  const l = lab();
  const { world, ids } = groups(l.world, l.vpcId, 6);
  const five = ids.slice(0, 5);
  const launch = { ImageId: ami(world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 };

  it('RunInstances takes 5 groups and refuses 6, by SecurityGroupIds or NetworkInterfaces[].Groups', () => {
    run(world, { SubnetId: l.subnetA, SecurityGroupIds: five });
    expect(no(world, 'ec2:RunInstances', { ...launch, SubnetId: l.subnetA, SecurityGroupIds: ids })).toMatchObject(LIMIT);
    const nic = { DeviceIndex: 0, SubnetId: l.subnetA };
    run(world, { NetworkInterfaces: [{ ...nic, Groups: five }] });
    expect(no(world, 'ec2:RunInstances', { ...launch, NetworkInterfaces: [{ ...nic, Groups: ids }] })).toMatchObject(LIMIT);
  });

  it('CreateNetworkInterface, ModifyNetworkInterfaceAttribute and ModifyInstanceAttribute refuse a 6th group', () => {
    const eni = createEni(world, l.subnetA, { Groups: five });
    expect(no(world, 'ec2:CreateNetworkInterface', { SubnetId: l.subnetA, Groups: ids })).toMatchObject(LIMIT);
    ok(eni.world, 'ec2:ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: eni.eniId, Groups: five });
    expect(no(eni.world, 'ec2:ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: eni.eniId, Groups: ids })).toMatchObject(LIMIT);
    const r = run(world, { SubnetId: l.subnetA });
    ok(r.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, Groups: five });
    expect(no(r.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, Groups: ids })).toMatchObject(LIMIT);
  });
});

describe('rules per security group (rule A11): 60 each way, counted separately for IPv4 and IPv6', () => {
  const v4 = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ CidrIp: `10.1.${from + i}.0/24` }));
  const v6 = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ CidrIpv6: `2001:db8:${(from + i).toString(16)}::/48` }));
  const perm = (ranges: { IpRanges?: unknown[]; Ipv6Ranges?: unknown[] }) => ({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, ...ranges });
  const limit = { code: 'RulesPerSecurityGroupLimitExceeded', rule: 'sg-rule.limit', message: 'The maximum number of rules per security group has been reached.' };

  it('after 60 IPv4 inbound rules an IPv6 one is still accepted, up to 60 of those too', () => {
    const l = lab();
    const g = groups(l.world, l.vpcId, 1);
    const GroupId = g.ids[0];
    const full4 = ok(g.world, 'ec2:AuthorizeSecurityGroupIngress', { GroupId, IpPermissions: [perm({ IpRanges: v4(60) })] }).world;
    expect(no(full4, 'ec2:AuthorizeSecurityGroupIngress', { GroupId, IpPermissions: [perm({ IpRanges: v4(1, 60) })] })).toMatchObject(limit);
    const one6 = ok(full4, 'ec2:AuthorizeSecurityGroupIngress', { GroupId, IpPermissions: [perm({ Ipv6Ranges: v6(1) })] }).world;
    const full6 = ok(one6, 'ec2:AuthorizeSecurityGroupIngress', { GroupId, IpPermissions: [perm({ Ipv6Ranges: v6(59, 1) })] }).world;
    expect(no(full6, 'ec2:AuthorizeSecurityGroupIngress', { GroupId, IpPermissions: [perm({ Ipv6Ranges: v6(1, 60) })] })).toMatchObject(limit);
    // A group reference covers both families, so it counts in each and no longer fits.
    expect(no(full4, 'ec2:AuthorizeSecurityGroupIngress', { GroupId, IpPermissions: [{ ...perm({}), UserIdGroupPairs: [{ GroupId }] }] })).toMatchObject(limit);
  });

  it('outbound is counted apart from inbound: the default 0.0.0.0/0 egress rule is the first IPv4 one', () => {
    const l = lab();
    const g = groups(l.world, l.vpcId, 1);
    const GroupId = g.ids[0];
    const in60 = ok(g.world, 'ec2:AuthorizeSecurityGroupIngress', { GroupId, IpPermissions: [perm({ IpRanges: v4(60) })] }).world;
    const out60 = ok(in60, 'ec2:AuthorizeSecurityGroupEgress', { GroupId, IpPermissions: [perm({ IpRanges: v4(59) })] }).world;
    expect(no(out60, 'ec2:AuthorizeSecurityGroupEgress', { GroupId, IpPermissions: [perm({ IpRanges: v4(1, 59) })] })).toMatchObject(limit);
    ok(out60, 'ec2:AuthorizeSecurityGroupEgress', { GroupId, IpPermissions: [perm({ Ipv6Ranges: v6(60) })] });
  });
});
