import { describe as group, expect, it } from 'vitest';
import { describe, type World } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { advance, group as asg, health, webStack, type WebStack } from '../scaling-test-helpers';

function create(s: WebStack, extra: Record<string, unknown> = {}, world: World = s.world): World {
  return ok(world, 'autoscaling:CreateAutoScalingGroup', {
    AutoScalingGroupName: 'web',
    LaunchTemplate: { LaunchTemplateId: s.ltId, Version: '$Latest' },
    MinSize: 2,
    MaxSize: 4,
    VPCZoneIdentifier: `${s.subnets[0]},${s.subnets[1]}`,
    TargetGroupARNs: [s.tgArn],
    ...extra,
  }).world;
}

/** Members that count (a member scaled in stays listed as Terminating while its target drains, S36). */
const inService = (world: World): { InstanceId: string; AvailabilityZone: string }[] =>
  asg(world, 'web').Instances.filter((i: { LifecycleState: string }) => i.LifecycleState !== 'Terminating');
const zones = (world: World) => inService(world).map((i) => i.AvailabilityZone).sort();

group('CreateAutoScalingGroup', () => {
  it('launches Min instances spread over the zones and registers them with the target groups (S27, S36)', () => {
    const s = webStack();
    const world = create(s);
    const g = asg(world, 'web');
    expect(g.DesiredCapacity).toBe(2);
    expect(zones(world)).toEqual(['us-east-1a', 'us-east-1b']);
    expect(g.Instances[0]).toMatchObject({ LifecycleState: 'InService', HealthStatus: 'Healthy', ProtectedFromScaleIn: false });
    expect(health(world, s.tgArn).map((t) => t.id).sort()).toEqual(g.Instances.map((i: { InstanceId: string }) => i.InstanceId).sort());
    const activities = describe(world, 'autoscaling:DescribeScalingActivities', { AutoScalingGroupName: 'web' }).Activities;
    expect(activities[0].Description).toMatch(/^Launching a new EC2 instance: i-/);
    expect(activities[1].Cause).toMatch(/^At 2025-01-01T00:00:00Z a user request created an AutoScalingGroup changing the desired capacity from 0 to 2\. {2}At 2025-01-01T00:00:00Z an instance was started/);
    const tags = describe(world, 'ec2:DescribeInstances', { InstanceIds: [g.Instances[0].InstanceId] }).Reservations[0].Instances[0].Tags;
    expect(tags).toContainEqual({ Key: 'aws:autoscaling:groupName', Value: 'web' });
  });

  it('refuses a missing or unusable launch template, bad sizes, bad subnets and a taken name (S24–S26)', () => {
    const s = webStack();
    const base = { AutoScalingGroupName: 'web', MinSize: 1, MaxSize: 2, VPCZoneIdentifier: s.subnets[0] };
    expect(no(s.world, 'autoscaling:CreateAutoScalingGroup', base)).toMatchObject({ code: 'ValidationError', rule: 'asg.launch-source.missing' });
    const bad = no(s.world, 'autoscaling:CreateAutoScalingGroup', { ...base, LaunchTemplate: { LaunchTemplateId: 'lt-0123456789abcdef0' } });
    expect(bad).toMatchObject({ code: 'ValidationError', rule: 'asg.launch-template.invalid' });
    expect(bad.message).toMatch(/^You must use a valid fully-formed launch template\./);
    const lt = { LaunchTemplate: { LaunchTemplateId: s.ltId } };
    expect(no(s.world, 'autoscaling:CreateAutoScalingGroup', { ...base, ...lt, MinSize: 3 }).message).toBe('Max bound, 2, must be greater than or equal to min bound, 3');
    expect(no(s.world, 'autoscaling:CreateAutoScalingGroup', { ...base, ...lt, DesiredCapacity: 5 }).message).toBe('Desired capacity:5 must be between the specified min size:1 and max size:2');
    expect(no(s.world, 'autoscaling:CreateAutoScalingGroup', { ...base, ...lt, VPCZoneIdentifier: 'subnet-0123456789abcdef0' }).message).toBe("The subnet ID 'subnet-0123456789abcdef0' does not exist");
    expect(no(s.world, 'autoscaling:CreateAutoScalingGroup', { ...base, ...lt, VPCZoneIdentifier: '' }).message).toBe('At least one Availability Zone or VPC Subnet is required.');
    const world = create(s);
    expect(no(world, 'autoscaling:CreateAutoScalingGroup', { ...base, ...lt }).code).toBe('AlreadyExists');
  });
});

group('capacity', () => {
  it('scales with SetDesiredCapacity within the limits, terminating from the fullest zone (S30, S31)', () => {
    const s = webStack();
    let world = create(s);
    expect(no(world, 'autoscaling:SetDesiredCapacity', { AutoScalingGroupName: 'web', DesiredCapacity: 5 }).message).toBe(
      'New SetDesiredCapacity value 5 is above max value 4 for the AutoScalingGroup.',
    );
    expect(no(world, 'autoscaling:SetDesiredCapacity', { AutoScalingGroupName: 'web', DesiredCapacity: 1 }).rule).toBe('asg.desired.range');
    world = ok(world, 'autoscaling:SetDesiredCapacity', { AutoScalingGroupName: 'web', DesiredCapacity: 3 }).world;
    expect(zones(world)).toEqual(['us-east-1a', 'us-east-1a', 'us-east-1b']);
    world = ok(world, 'autoscaling:UpdateAutoScalingGroup', { AutoScalingGroupName: 'web', MaxSize: 2 }).world;
    expect(asg(world, 'web').DesiredCapacity).toBe(2);
    expect(zones(world)).toEqual(['us-east-1a', 'us-east-1b']);
    const last = describe(world, 'autoscaling:DescribeScalingActivities', { AutoScalingGroupName: 'web' }).Activities[0];
    expect(last.Description).toMatch(/^Terminating EC2 instance: i-/);
    expect(last.Cause).toMatch(/shrinking the capacity from 3 to 2\. {2}At .* instance i-[0-9a-f]+ was selected for termination\.$/);
  });

  it('keeps protected instances on scale-in (S33)', () => {
    const s = webStack();
    let world = create(s, { DesiredCapacity: 3 });
    const ids = asg(world, 'web').Instances.map((i: { InstanceId: string }) => i.InstanceId);
    world = ok(world, 'autoscaling:SetInstanceProtection', { AutoScalingGroupName: 'web', InstanceIds: ids, ProtectedFromScaleIn: true }).world;
    world = ok(world, 'autoscaling:SetDesiredCapacity', { AutoScalingGroupName: 'web', DesiredCapacity: 2 }).world;
    expect(asg(world, 'web').Instances).toHaveLength(3);
    expect(no(world, 'autoscaling:SetInstanceProtection', { AutoScalingGroupName: 'web', InstanceIds: ['i-0123456789abcdef0'], ProtectedFromScaleIn: true }).rule).toBe('asg.instance.not-member');
  });

  it('terminates a member with or without replacement (S34)', () => {
    const s = webStack();
    const world = create(s);
    const id = asg(world, 'web').Instances[0].InstanceId;
    const e = no(world, 'autoscaling:TerminateInstanceInAutoScalingGroup', { InstanceId: id, ShouldDecrementDesiredCapacity: true });
    expect(e).toMatchObject({ code: 'ValidationError', rule: 'asg.terminate.min-size' });
    expect(e.message).toMatch(/^Currently, desiredSize equals minSize \(2\)\./);
    const replaced = ok(world, 'autoscaling:TerminateInstanceInAutoScalingGroup', { InstanceId: id, ShouldDecrementDesiredCapacity: false });
    expect(replaced.response.Activity.Cause).toMatch(new RegExp(`instance ${id} was taken out of service in response to a user request\\.$`));
    let after = advance(replaced.world, 30);
    expect(inService(after)).toHaveLength(2);
    expect(inService(after).map((i) => i.InstanceId)).not.toContain(id);
    after = ok(after, 'autoscaling:UpdateAutoScalingGroup', { AutoScalingGroupName: 'web', MinSize: 1 }).world;
    const other = asg(after, 'web').Instances[0].InstanceId;
    const shrunk = ok(after, 'autoscaling:TerminateInstanceInAutoScalingGroup', { InstanceId: other, ShouldDecrementDesiredCapacity: true });
    expect(asg(shrunk.world, 'web').DesiredCapacity).toBe(1);
    expect(no(world, 'autoscaling:TerminateInstanceInAutoScalingGroup', { InstanceId: 'i-0123456789abcdef0', ShouldDecrementDesiredCapacity: false }).message).toBe(
      'Instance Id not found - No managed instance found for instance ID: i-0123456789abcdef0',
    );
  });

  it('refuses to delete a group with instances unless forced (S35)', () => {
    const s = webStack();
    const world = create(s);
    expect(no(world, 'autoscaling:DeleteAutoScalingGroup', { AutoScalingGroupName: 'web' })).toMatchObject({ code: 'ResourceInUse', rule: 'asg.delete.in-use' });
    const gone = ok(world, 'autoscaling:DeleteAutoScalingGroup', { AutoScalingGroupName: 'web', ForceDelete: true }).world;
    expect(describe(gone, 'autoscaling:DescribeAutoScalingGroups', {}).AutoScalingGroups).toEqual([]);
    expect([...gone.instances.values()].every((i) => i.state === 'terminated')).toBe(true);
  });
});

group('health and zones', () => {
  it('replaces an instance stopped behind its back, and an ELB-unhealthy one only with HealthCheckType ELB (S28, S29)', () => {
    const s = webStack();
    let world = create(s);
    const id = asg(world, 'web').Instances[0].InstanceId;
    world = ok(world, 'ec2:StopInstances', { InstanceIds: [id] }).world;
    world = advance(world, 30);
    const activities = describe(world, 'autoscaling:DescribeScalingActivities', { AutoScalingGroupName: 'web' }).Activities;
    expect(activities.some((a: { Cause: string }) => a.Cause.endsWith('in response to an EC2 health check that indicated it had been terminated or stopped.'))).toBe(true);
    expect(asg(world, 'web').Instances.map((i: { InstanceId: string }) => i.InstanceId)).not.toContain(id);
    expect(asg(world, 'web').Instances).toHaveLength(2);
  });

  it('relaunches in the remaining zone when a zone fails, and rebalances after it recovers', () => {
    const s = webStack();
    let world = advance(create(s, { HealthCheckType: 'ELB' }), 60);
    world = ok(world, 'sim:FailAvailabilityZone', { AvailabilityZone: 'us-east-1a' }).world;
    world = advance(world, 60);
    expect(zones(world)).toEqual(['us-east-1b', 'us-east-1b']);
    world = ok(world, 'sim:RestoreAvailabilityZone', { AvailabilityZone: 'us-east-1a' }).world;
    world = advance(world, 60);
    expect(zones(world)).toEqual(['us-east-1a', 'us-east-1b']);
    const causes = describe(world, 'autoscaling:DescribeScalingActivities', { AutoScalingGroupName: 'web' }).Activities.map((a: { Cause: string }) => a.Cause);
    expect(causes.some((c: string) => c.startsWith("An instance was launched to aid in balancing the group's zones."))).toBe(true);
  });

  it('scales out on high average CPU with target tracking and back in after it falls (S37)', () => {
    const s = webStack();
    let world = create(s);
    const policy = ok(world, 'autoscaling:PutScalingPolicy', {
      AutoScalingGroupName: 'web',
      PolicyName: 'cpu50',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingConfiguration: { PredefinedMetricSpecification: { PredefinedMetricType: 'ASGAverageCPUUtilization' }, TargetValue: 50 },
    });
    expect(policy.response.Alarms[0].AlarmName).toMatch(/^TargetTracking-web-AlarmHigh-/);
    world = ok(policy.world, 'sim:SetCpuLoad', { AutoScalingGroupName: 'web', AverageCPUUtilization: 90 }).world;
    world = advance(world, 120);
    expect(asg(world, 'web').DesiredCapacity).toBe(2);
    world = advance(world, 90);
    expect(asg(world, 'web').DesiredCapacity).toBe(4);
    const cause = describe(world, 'autoscaling:DescribeScalingActivities', { AutoScalingGroupName: 'web' }).Activities[0].Cause;
    expect(cause).toMatch(/a monitor alarm TargetTracking-web-AlarmHigh-.* in state ALARM triggered policy cpu50 changing the desired capacity from 2 to 4\./);
    world = ok(world, 'sim:SetCpuLoad', { AutoScalingGroupName: 'web', AverageCPUUtilization: 10 }).world;
    world = advance(world, 16 * 60);
    expect(asg(world, 'web').DesiredCapacity).toBe(2);
    expect(no(world, 'autoscaling:PutScalingPolicy', { AutoScalingGroupName: 'web', PolicyName: 'x', PolicyType: 'TargetTrackingScaling', TargetTrackingConfiguration: { TargetValue: 50 } }).rule).toBe(
      'asg.policy.invalid',
    );
  });

  it('never launches into a failed zone (InsufficientInstanceCapacity)', () => {
    const s = webStack();
    const world = ok(s.world, 'sim:FailAvailabilityZone', { AvailabilityZone: 'us-east-1a' }).world;
    expect(no(world, 'ec2:RunInstances', { ImageId: s.imageId, SubnetId: s.subnets[0], MinCount: 1, MaxCount: 1 })).toMatchObject({ code: 'InsufficientInstanceCapacity', rule: 'zone.failed.launch' });
    expect(no(world, 'sim:FailAvailabilityZone', { AvailabilityZone: 'mars-1a' }).rule).toBe('zone.unknown');
    const healed = ok(world, 'sim:FailAvailabilityZone', { AvailabilityZone: 'us-east-1a', Recover: true }).world;
    ok(healed, 'ec2:RunInstances', { ImageId: s.imageId, SubnetId: s.subnets[0], MinCount: 1, MaxCount: 1 });
  });
});
