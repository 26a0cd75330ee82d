import { describe as group, expect, it } from 'vitest';
import { describe, type World } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { advance, group as asg, health, webStack, createWebGroup, type WebStack } from '../scaling-test-helpers';

const create = (s: WebStack, extra: Record<string, unknown> = {}) => createWebGroup(s, { MinSize: 2, MaxSize: 3, ...extra });

const ids = (world: World) => (asg(world, 'web').Instances as { InstanceId: string }[]).map((i) => i.InstanceId).sort();

group('AttachLoadBalancerTargetGroups / DetachLoadBalancerTargetGroups (S36)', () => {
  it('registers the current members, lists the target group on the group, and refuses one of another VPC', () => {
    const s = webStack();
    let world = create(s);
    expect(health(world, s.tgArn)).toEqual([]);
    world = ok(world, 'autoscaling:AttachLoadBalancerTargetGroups', { AutoScalingGroupName: 'web', TargetGroupARNs: [s.tgArn] }).world;
    expect(health(world, s.tgArn).map((t) => t.id).sort()).toEqual(ids(world));
    expect(asg(world, 'web').TargetGroupARNs).toEqual([s.tgArn]);
    const vpc = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.9.0.0/16' });
    const other = ok(vpc.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'other', Protocol: 'HTTP', Port: 80, VpcId: vpc.response.Vpc.VpcId });
    expect(no(other.world, 'autoscaling:AttachLoadBalancerTargetGroups', { AutoScalingGroupName: 'web', TargetGroupARNs: [other.response.TargetGroups[0].TargetGroupArn] }).code).toBe('ValidationError');
    world = ok(world, 'autoscaling:DetachLoadBalancerTargetGroups', { AutoScalingGroupName: 'web', TargetGroupARNs: [s.tgArn] }).world;
    expect(health(world, s.tgArn).every((t) => t.state === 'draining')).toBe(true);
    expect(asg(world, 'web').TargetGroupARNs ?? []).toEqual([]);
  });
});

group('SetInstanceHealth (S28)', () => {
  it('replaces a member marked Unhealthy on the next cycle, with the user health-check cause', () => {
    const s = webStack();
    let world = create(s);
    const victim = ids(world)[0] as string;
    world = ok(world, 'autoscaling:SetInstanceHealth', { InstanceId: victim, HealthStatus: 'Unhealthy' }).world;
    expect(asg(world, 'web').Instances.find((i: { InstanceId: string }) => i.InstanceId === victim).HealthStatus).toBe('Unhealthy');
    world = advance(world, 60);
    expect(ids(world)).not.toContain(victim);
    expect(ids(world)).toHaveLength(2);
    const causes = describe(world, 'autoscaling:DescribeScalingActivities', { AutoScalingGroupName: 'web' }).Activities.map((a: { Cause: string }) => a.Cause);
    expect(causes.some((c: string) => c.endsWith('an instance was taken out of service in response to a user health-check.'))).toBe(true);
  });

  it('respects the grace period unless told not to, and refuses an instance of no group', () => {
    const s = webStack();
    const world = create(s, { HealthCheckGracePeriod: 300 });
    const id = ids(world)[0] as string;
    const kept = ok(world, 'autoscaling:SetInstanceHealth', { InstanceId: id, HealthStatus: 'Unhealthy' }).world;
    expect(asg(kept, 'web').Instances.find((i: { InstanceId: string }) => i.InstanceId === id).HealthStatus).toBe('Healthy');
    const marked = ok(world, 'autoscaling:SetInstanceHealth', { InstanceId: id, HealthStatus: 'Unhealthy', ShouldRespectGracePeriod: false }).world;
    expect(asg(marked, 'web').Instances.find((i: { InstanceId: string }) => i.InstanceId === id).HealthStatus).toBe('Unhealthy');
    expect(no(world, 'autoscaling:SetInstanceHealth', { InstanceId: 'i-0123456789abcdef0', HealthStatus: 'Unhealthy' }).code).toBe('ValidationError');
  });
});
