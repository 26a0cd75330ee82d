import { describe as group, expect, it } from 'vitest';
import { describe, type World } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { advance, group as asg, health, webStack, createWebGroup } from '../scaling-test-helpers';

const ids = (world: World) => (asg(world, 'web').Instances as { InstanceId: string }[]).map((i) => i.InstanceId).sort();
const sources = (world: World, extra: Record<string, unknown> = {}) => describe(world, 'autoscaling:DescribeTrafficSources', { AutoScalingGroupName: 'web', ...extra }).TrafficSources;

group('AttachTrafficSources / DetachTrafficSources / DescribeTrafficSources (S36)', () => {
  it('registers the members like AttachLoadBalancerTargetGroups, reports Added then InService, and drains on detach', () => {
    const s = webStack();
    let world = createWebGroup(s, { MinSize: 2, MaxSize: 3 });
    expect(sources(world)).toEqual([]);
    world = ok(world, 'autoscaling:AttachTrafficSources', { AutoScalingGroupName: 'web', TrafficSources: [{ Identifier: s.tgArn, Type: 'elbv2' }] }).world;
    expect(health(world, s.tgArn).map((t) => t.id).sort()).toEqual(ids(world));
    expect(asg(world, 'web').TargetGroupARNs).toEqual([s.tgArn]);
    expect(sources(world)).toEqual([{ TrafficSource: s.tgArn, State: 'Added', Identifier: s.tgArn, Type: 'elbv2' }]);
    world = advance(world, 120);
    expect(sources(world)[0].State).toBe('InService');
    expect(sources(world, { TrafficSourceType: 'elb' })).toEqual([]);
    world = ok(world, 'autoscaling:DetachTrafficSources', { AutoScalingGroupName: 'web', TrafficSources: [{ Identifier: s.tgArn }] }).world;
    expect(health(world, s.tgArn).every((t) => t.state === 'draining')).toBe(true);
    expect(sources(world)).toEqual([]);
  });

  it('refuses a target group of another VPC, other traffic source types and an unknown group', () => {
    const s = webStack();
    const world = createWebGroup(s);
    const vpc = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.9.0.0/16' });
    const other = ok(vpc.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'other', Protocol: 'HTTP', Port: 80, VpcId: vpc.response.Vpc.VpcId });
    const far = [{ Identifier: other.response.TargetGroups[0].TargetGroupArn, Type: 'elbv2' }];
    expect(no(other.world, 'autoscaling:AttachTrafficSources', { AutoScalingGroupName: 'web', TrafficSources: far })).toMatchObject({ code: 'ValidationError', rule: 'asg.target-group.invalid' });
    const lattice = [{ Identifier: 'arn:aws:vpc-lattice:us-east-1:111122223333:targetgroup/tg-0123456789abcdef0', Type: 'vpc-lattice' }];
    expect(no(world, 'autoscaling:AttachTrafficSources', { AutoScalingGroupName: 'web', TrafficSources: lattice })).toMatchObject({ code: 'ValidationError', rule: 'asg.traffic-source.type' });
    expect(no(world, 'autoscaling:AttachTrafficSources', { AutoScalingGroupName: 'nope', TrafficSources: [{ Identifier: s.tgArn }] }).code).toBe('ValidationError');
  });
});
