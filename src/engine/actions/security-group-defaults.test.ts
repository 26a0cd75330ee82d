import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../index';
import { ok } from '../engine-test-helpers';

/** The rules groups start with (rule A6): the default group also sends to ::/0 once its VPC has IPv6. */
type Rule = { IsEgress: boolean; IpProtocol: string; CidrIpv4?: string; CidrIpv6?: string; ReferencedGroupInfo?: { GroupId: string } };

function rulesOf(world: World, groupId: string): Rule[] {
  return ok(world, 'ec2:DescribeSecurityGroupRules', { Filters: [{ Name: 'group-id', Values: [groupId] }] }).response.SecurityGroupRules;
}

function egressPeers(world: World, groupId: string): string[] {
  return rulesOf(world, groupId).filter((r) => r.IsEgress).map((r) => `${r.IpProtocol} ${r.CidrIpv4 ?? r.CidrIpv6}`);
}

function vpc(params: Record<string, unknown>) {
  const r = ok(createWorld(), 'ec2:CreateVpc', { CidrBlock: '10.16.0.0/16', ...params });
  const vpcId: string = r.response.Vpc.VpcId;
  return { world: r.world, vpcId, defaultGroup: r.world.vpcs.get(vpcId)!.defaultSecurityGroupId };
}

describe('default rules in a VPC with IPv6 (rule A6)', () => {
  it('without IPv6 the default group sends only to 0.0.0.0/0', () => {
    const v = vpc({});
    expect(egressPeers(v.world, v.defaultGroup)).toEqual(['-1 0.0.0.0/0']);
  });

  it('CreateVpc with AmazonProvidedIpv6CidrBlock: the default group also sends all traffic to ::/0', () => {
    const v = vpc({ AmazonProvidedIpv6CidrBlock: true });
    expect(egressPeers(v.world, v.defaultGroup)).toEqual(['-1 0.0.0.0/0', '-1 ::/0']);
    expect(rulesOf(v.world, v.defaultGroup).filter((r) => !r.IsEgress)).toMatchObject([{ IpProtocol: '-1', ReferencedGroupInfo: { GroupId: v.defaultGroup } }]);
    const sg = ok(v.world, 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web', VpcId: v.vpcId });
    // A group created by CreateSecurityGroup still starts with exactly one rule (rules A6 and A10).
    expect(rulesOf(sg.world, sg.response.GroupId)).toMatchObject([{ IsEgress: true, IpProtocol: '-1', CidrIpv4: '0.0.0.0/0' }]);
  });

  it('AssociateVpcCidrBlock adds the ::/0 egress rule to the default group once, and it can be revoked', () => {
    const v = vpc({});
    const once = ok(v.world, 'ec2:AssociateVpcCidrBlock', { VpcId: v.vpcId, AmazonProvidedIpv6CidrBlock: true }).world;
    expect(egressPeers(once, v.defaultGroup)).toEqual(['-1 0.0.0.0/0', '-1 ::/0']);
    const twice = ok(once, 'ec2:AssociateVpcCidrBlock', { VpcId: v.vpcId, AmazonProvidedIpv6CidrBlock: true }).world;
    expect(egressPeers(twice, v.defaultGroup)).toEqual(['-1 0.0.0.0/0', '-1 ::/0']);
    const revoked = ok(once, 'ec2:RevokeSecurityGroupEgress', { GroupId: v.defaultGroup, IpPermissions: [{ IpProtocol: '-1', Ipv6Ranges: [{ CidrIpv6: '::/0' }] }] }).world;
    expect(egressPeers(revoked, v.defaultGroup)).toEqual(['-1 0.0.0.0/0']);
  });
});
