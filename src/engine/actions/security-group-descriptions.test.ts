import { describe as group, expect, it } from 'vitest';
import { createWorld, describe, type World } from '../index';
import { no, ok } from '../engine-test-helpers';

const ssh = (Description?: string) => [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '203.0.113.0/24', ...(Description !== undefined ? { Description } : {}) }] }];

function groupWithRules() {
  let world: World = createWorld();
  const vpc = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.0.0.0/16' });
  const sg = ok(vpc.world, 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web', VpcId: vpc.response.Vpc.VpcId });
  const groupId = sg.response.GroupId as string;
  const added = ok(sg.world, 'ec2:AuthorizeSecurityGroupIngress', { GroupId: groupId, IpPermissions: ssh('office') });
  world = added.world;
  return { world, groupId, ruleId: added.response.SecurityGroupRules[0].SecurityGroupRuleId as string };
}

const rules = (world: World, groupId: string) =>
  describe(world, 'ec2:DescribeSecurityGroupRules', { Filters: [{ Name: 'group-id', Values: [groupId] }] }).SecurityGroupRules as { SecurityGroupRuleId: string; IsEgress: boolean; Description?: string }[];

group('UpdateSecurityGroupRuleDescriptionsIngress / Egress', () => {
  it('replaces, then removes, the description of a rule matched on everything but its description (A8)', () => {
    const s = groupWithRules();
    let world = ok(s.world, 'ec2:UpdateSecurityGroupRuleDescriptionsIngress', { GroupId: s.groupId, IpPermissions: ssh('VPN exit') }).world;
    expect(rules(world, s.groupId).find((r) => r.SecurityGroupRuleId === s.ruleId)?.Description).toBe('VPN exit');
    world = ok(world, 'ec2:UpdateSecurityGroupRuleDescriptionsIngress', { GroupId: s.groupId, IpPermissions: ssh() }).world;
    const rule = rules(world, s.groupId).find((r) => r.SecurityGroupRuleId === s.ruleId);
    expect(rule).toBeDefined();
    expect(rule).not.toHaveProperty('Description');
  });

  it('names rules by sgr- id too, and updates the outbound rule with the Egress action', () => {
    const s = groupWithRules();
    const egress = rules(s.world, s.groupId).find((r) => r.IsEgress)?.SecurityGroupRuleId as string;
    const r = ok(s.world, 'ec2:UpdateSecurityGroupRuleDescriptionsEgress', { GroupId: s.groupId, SecurityGroupRuleDescriptions: [{ SecurityGroupRuleId: egress, Description: 'all out' }] });
    expect(r.response).toEqual({ Return: true });
    expect(rules(r.world, s.groupId).find((x) => x.SecurityGroupRuleId === egress)?.Description).toBe('all out');
    // an inbound rule id is not an outbound rule
    expect(no(s.world, 'ec2:UpdateSecurityGroupRuleDescriptionsEgress', { GroupId: s.groupId, SecurityGroupRuleDescriptions: [{ SecurityGroupRuleId: s.ruleId, Description: 'x' }] }).code).toBe(
      'InvalidSecurityGroupRuleId.NotFound',
    );
  });

  it('refuses a rule that does not exist: another port or source is another rule (InvalidPermission.NotFound)', () => {
    const s = groupWithRules();
    const other = [{ IpProtocol: 'tcp', FromPort: 2222, ToPort: 2222, IpRanges: [{ CidrIp: '203.0.113.0/24', Description: 'x' }] }];
    const e = no(s.world, 'ec2:UpdateSecurityGroupRuleDescriptionsIngress', { GroupId: s.groupId, IpPermissions: other });
    expect(e).toMatchObject({ code: 'InvalidPermission.NotFound', rule: 'sg-rule.update.not-found' });
    expect(e.message).toContain(s.groupId);
    expect(no(s.world, 'ec2:UpdateSecurityGroupRuleDescriptionsEgress', { GroupId: s.groupId, IpPermissions: ssh('x') }).code).toBe('InvalidPermission.NotFound');
    expect(no(s.world, 'ec2:UpdateSecurityGroupRuleDescriptionsIngress', { GroupId: 'sg-0123456789abcdef0', IpPermissions: ssh('x') }).code).toBe('InvalidGroup.NotFound');
  });
});
