import { describe as group, expect, it } from 'vitest';
import { describe, type World } from '../../index';
import { ok } from '../../engine-test-helpers';
import { advance, group as asg, health, webStack, createWebGroup, type WebStack } from '../scaling-test-helpers';

const create = (s: WebStack): World =>
  advance(createWebGroup(s, { MaxSize: 3, DesiredCapacity: 2, TargetGroupARNs: [s.tgArn] }), 60);

const state = (world: World, id: string) => describe(world, 'ec2:DescribeInstances', { InstanceIds: [id] }).Reservations[0].Instances[0].State.Name;
const members = (world: World) => asg(world, 'web').Instances as { InstanceId: string; LifecycleState: string }[];
const lastActivity = (world: World) => describe(world, 'autoscaling:DescribeScalingActivities', { AutoScalingGroupName: 'web' }).Activities[0];

group('scale-in drains registered targets before terminating (S36, S13)', () => {
  it('deregisters, waits the deregistration delay with the instance running, then terminates', () => {
    const s = webStack();
    let world = ok(create(s), 'autoscaling:SetDesiredCapacity', { AutoScalingGroupName: 'web', DesiredCapacity: 1 }).world;
    const leaving = members(world).find((m) => m.LifecycleState === 'Terminating');
    expect(leaving).toBeDefined();
    const id = leaving?.InstanceId as string;
    expect(state(world, id)).toBe('running');
    expect(health(world, s.tgArn).find((t) => t.id === id)?.state).toBe('draining');
    expect(lastActivity(world)).toMatchObject({ Description: `Terminating EC2 instance: ${id}`, StatusCode: 'WaitingForELBConnectionDraining' });
    world = advance(world, 299);
    expect(state(world, id)).toBe('running');
    expect(members(world).map((m) => m.InstanceId)).toContain(id);
    world = advance(world, 1);
    expect(state(world, id)).not.toBe('running');
    expect(members(world).map((m) => m.InstanceId)).not.toContain(id);
    expect(members(world)).toHaveLength(1);
    const done = describe(world, 'autoscaling:DescribeScalingActivities', { AutoScalingGroupName: 'web' }).Activities.find(
      (a: { Description: string }) => a.Description === `Terminating EC2 instance: ${id}`,
    );
    expect(done.StatusCode).toBe('Successful');
  });

  it('terminates at once when the deregistration delay is 0', () => {
    const s = webStack();
    let world = ok(create(s), 'elasticloadbalancing:ModifyTargetGroupAttributes', {
      TargetGroupArn: s.tgArn,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '0' }],
    }).world;
    world = ok(world, 'autoscaling:SetDesiredCapacity', { AutoScalingGroupName: 'web', DesiredCapacity: 1 }).world;
    expect(members(world)).toHaveLength(1);
    expect(lastActivity(world).StatusCode).toBe('Successful');
  });
});
