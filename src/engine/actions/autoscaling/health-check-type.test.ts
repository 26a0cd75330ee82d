import { describe as group, expect, it } from 'vitest';
import type { World } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { advance, group as asg, health, webStack, type WebStack } from '../scaling-test-helpers';

function create(s: WebStack, healthCheckType: string): World {
  return ok(s.world, 'autoscaling:CreateAutoScalingGroup', {
    AutoScalingGroupName: 'web',
    LaunchTemplate: { LaunchTemplateId: s.ltId },
    MinSize: 1,
    MaxSize: 2,
    VPCZoneIdentifier: s.subnets[0],
    TargetGroupARNs: [s.tgArn],
    HealthCheckType: healthCheckType,
  }).world;
}

/** The group's one instance after its target turned unhealthy (health check on a path that answers 404). */
function afterUnhealthy(s: WebStack, healthCheckType: string): { before: string; world: World } {
  let world = create(s, healthCheckType);
  const before = asg(world, 'web').Instances[0].InstanceId as string;
  world = ok(world, 'elasticloadbalancing:ModifyTargetGroup', { TargetGroupArn: s.tgArn, HealthCheckPath: '/missing' }).world;
  world = advance(world, 180);
  return { before, world };
}

group('HealthCheckType lists EC2, ELB, VPC_LATTICE, EBS (S28)', () => {
  it('accepts each type and comma lists, and shows what was set', () => {
    for (const type of ['EC2', 'ELB', 'VPC_LATTICE', 'EBS', 'ELB,EBS', 'EBS,ELB,VPC_LATTICE']) {
      expect(asg(create(webStack(), type), 'web').HealthCheckType).toBe(type);
    }
  });

  it('refuses an unknown type with ValidationError', () => {
    const s = webStack();
    const r = no(s.world, 'autoscaling:CreateAutoScalingGroup', {
      AutoScalingGroupName: 'web',
      LaunchTemplate: { LaunchTemplateId: s.ltId },
      MinSize: 1,
      MaxSize: 1,
      VPCZoneIdentifier: s.subnets[0],
      HealthCheckType: 'ELB,HTTP',
    });
    expect(r.code).toBe('ValidationError');
    const world = create(s, 'EC2');
    expect(no(world, 'autoscaling:UpdateAutoScalingGroup', { AutoScalingGroupName: 'web', HealthCheckType: 'elb' }).code).toBe('ValidationError');
    expect(asg(ok(world, 'autoscaling:UpdateAutoScalingGroup', { AutoScalingGroupName: 'web', HealthCheckType: 'EBS,ELB' }).world, 'web').HealthCheckType).toBe('EBS,ELB');
  });

  it('counts an ELB verdict only when ELB is listed', () => {
    const listed = afterUnhealthy(webStack(), 'EBS,ELB');
    const replaced = asg(listed.world, 'web').Instances.find((i: { InstanceId: string }) => i.InstanceId === listed.before);
    expect(replaced?.LifecycleState ?? 'gone').not.toBe('InService');
    const s = webStack();
    const lattice = afterUnhealthy(s, 'VPC_LATTICE');
    expect(health(lattice.world, s.tgArn)[0]?.state).toBe('unhealthy');
    expect(asg(lattice.world, 'web').Instances.map((i: { InstanceId: string }) => i.InstanceId)).toEqual([lattice.before]);
  });
});

group('UpdateAutoScalingGroup (S32)', () => {
  it('applies DefaultCooldown and keeps it when not given', () => {
    const s = webStack();
    let world = create(s, 'EC2');
    expect(asg(world, 'web').DefaultCooldown).toBe(300);
    world = ok(world, 'autoscaling:UpdateAutoScalingGroup', { AutoScalingGroupName: 'web', DefaultCooldown: 120 }).world;
    expect(asg(world, 'web').DefaultCooldown).toBe(120);
    world = ok(world, 'autoscaling:UpdateAutoScalingGroup', { AutoScalingGroupName: 'web', MaxSize: 3 }).world;
    expect(asg(world, 'web').DefaultCooldown).toBe(120);
  });
});
