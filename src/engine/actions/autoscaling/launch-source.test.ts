import { describe as group, expect, it } from 'vitest';
import type { World } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { webStack, type WebStack } from '../scaling-test-helpers';

const OTHER_VPC = 'One or more security groups in the launch template are not linked to the VPCs configured in the Auto Scaling group';

/** A launch template whose security group lives in another VPC than the default subnets. */
function otherVpcTemplate(s: WebStack): { world: World; ltId: string; sgId: string } {
  const vpc = ok(s.world, 'ec2:CreateVpc', { CidrBlock: '10.9.0.0/16' });
  const sg = ok(vpc.world, 'ec2:CreateSecurityGroup', { GroupName: 'elsewhere', Description: 'x', VpcId: vpc.response.Vpc.VpcId });
  const sgId = sg.response.GroupId as string;
  const lt = ok(sg.world, 'ec2:CreateLaunchTemplate', {
    LaunchTemplateName: 'elsewhere',
    LaunchTemplateData: { ImageId: s.imageId, InstanceType: 't3.micro', SecurityGroupIds: [sgId] },
  });
  return { world: lt.world, ltId: lt.response.LaunchTemplate.LaunchTemplateId, sgId };
}

const base = (s: WebStack, ltId: string) => ({
  AutoScalingGroupName: 'web',
  LaunchTemplate: { LaunchTemplateId: ltId },
  MinSize: 1,
  MaxSize: 2,
  VPCZoneIdentifier: s.subnets[0],
});

group('launch template security groups and the group VPC (S24, S26)', () => {
  it('CreateAutoScalingGroup refuses template security groups of another VPC', () => {
    const s = webStack();
    const { world, ltId } = otherVpcTemplate(s);
    expect(no(world, 'autoscaling:CreateAutoScalingGroup', base(s, ltId))).toMatchObject({
      code: 'ValidationError',
      rule: 'asg.launch-template.other-vpc',
      message: OTHER_VPC,
    });
  });

  it('UpdateAutoScalingGroup refuses switching to such a template, and keeps the group', () => {
    const s = webStack();
    const { world, ltId } = otherVpcTemplate(s);
    const created = ok(world, 'autoscaling:CreateAutoScalingGroup', base(s, s.ltId)).world;
    const r = no(created, 'autoscaling:UpdateAutoScalingGroup', { AutoScalingGroupName: 'web', LaunchTemplate: { LaunchTemplateId: ltId } });
    expect(r).toMatchObject({ code: 'ValidationError', message: OTHER_VPC });
  });

  it('a template naming a security group that does not exist is not fully formed', () => {
    const s = webStack();
    const lt = ok(s.world, 'ec2:CreateLaunchTemplate', {
      LaunchTemplateName: 'ghost',
      LaunchTemplateData: { ImageId: s.imageId, SecurityGroupIds: ['sg-0123456789abcdef0'] },
    });
    const r = no(lt.world, 'autoscaling:CreateAutoScalingGroup', base(s, lt.response.LaunchTemplate.LaunchTemplateId));
    expect(r).toMatchObject({ code: 'ValidationError', rule: 'asg.launch-template.invalid' });
    expect(r.message).toBe("You must use a valid fully-formed launch template. The security group 'sg-0123456789abcdef0' does not exist");
  });
});

group('launch sources the lab does not model (S24)', () => {
  it('names LaunchConfigurationName, InstanceId or MixedInstancesPolicy in its refusal instead of claiming none was given', () => {
    const s = webStack();
    const noTemplate = { AutoScalingGroupName: 'web', MinSize: 1, MaxSize: 2, VPCZoneIdentifier: s.subnets[0] };
    const sources = {
      LaunchConfigurationName: 'legacy',
      InstanceId: 'i-0123456789abcdef0',
      MixedInstancesPolicy: { LaunchTemplate: { LaunchTemplateSpecification: { LaunchTemplateId: s.ltId } } },
    };
    for (const [member, value] of Object.entries(sources)) {
      const r = no(s.world, 'autoscaling:CreateAutoScalingGroup', { ...noTemplate, [member]: value });
      expect(r).toMatchObject({ code: 'ValidationError', rule: 'asg.launch-source.unsupported' });
      expect(r.message).toMatch(new RegExp(`^${member} is not supported by the lab: .*Give a LaunchTemplate instead\\.$`));
    }
    const world = ok(s.world, 'autoscaling:CreateAutoScalingGroup', base(s, s.ltId)).world;
    expect(no(world, 'autoscaling:UpdateAutoScalingGroup', { AutoScalingGroupName: 'web', LaunchConfigurationName: 'legacy' }).rule).toBe('asg.launch-source.unsupported');
  });
});
