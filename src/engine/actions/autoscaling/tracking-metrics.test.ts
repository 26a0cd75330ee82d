import { describe as group, expect, it } from 'vitest';
import { no, ok } from '../../engine-test-helpers';
import { advance, group as asg, webStack, createWebGroup, type WebStack } from '../scaling-test-helpers';

const create = (s: WebStack) => createWebGroup(s, { TargetGroupARNs: [s.tgArn] });

const policy = (PredefinedMetricType: string, TargetValue: number, extra: Record<string, unknown> = {}) => ({
  AutoScalingGroupName: 'web',
  PolicyName: 'track',
  PolicyType: 'TargetTrackingScaling',
  TargetTrackingConfiguration: { PredefinedMetricSpecification: { PredefinedMetricType, ...extra }, TargetValue },
});

/** app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id> from the two ARNs. */
const label = (s: WebStack) => `${s.lbArn.split(':loadbalancer/')[1]}/${s.tgArn.split(':')[5]}`;

group('target tracking on the other predefined metrics (S37)', () => {
  it('ALBRequestCountPerTarget needs a ResourceLabel naming the load balancer and target group', () => {
    const s = webStack();
    const world = create(s);
    expect(label(s)).toMatch(/^app\/web-alb\/[0-9a-f]+\/targetgroup\/web-tg\/[0-9a-f]+$/);
    expect(no(world, 'autoscaling:PutScalingPolicy', policy('ALBRequestCountPerTarget', 1000))).toMatchObject({ code: 'ValidationError', rule: 'asg.policy.invalid' });
    expect(no(world, 'autoscaling:PutScalingPolicy', policy('ALBRequestCountPerTarget', 1000, { ResourceLabel: 'app/x/1/targetgroup/y/2' })).code).toBe('ValidationError');
    const r = ok(world, 'autoscaling:PutScalingPolicy', policy('ALBRequestCountPerTarget', 1000, { ResourceLabel: label(s) }));
    expect(r.response.Alarms[0].AlarmName).toMatch(/^TargetTracking-web-AlarmHigh-/);
  });

  it('ASGAverageNetworkIn scales out when the per-instance average stays above the target', () => {
    const s = webStack();
    let world = ok(create(s), 'autoscaling:PutScalingPolicy', policy('ASGAverageNetworkIn', 1_000_000)).world;
    world = ok(world, 'sim:SetMetricLoad', { AutoScalingGroupName: 'web', PredefinedMetricType: 'ASGAverageNetworkIn', Value: 3_000_000 }).world;
    world = advance(world, 240);
    expect(asg(world, 'web').DesiredCapacity).toBe(3);
    ok(world, 'autoscaling:PutScalingPolicy', { ...policy('ASGAverageNetworkOut', 500_000), PolicyName: 'out' });
  });
});
