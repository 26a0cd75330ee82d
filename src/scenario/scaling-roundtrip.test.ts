import { expect, it } from 'vitest';
import type { World } from '../engine';
import { ok } from '../engine/engine-test-helpers';
import { advance, webStack } from '../engine/actions/scaling-test-helpers';
import { createScenario, decodeScenario, encodeScenario } from './index';

/** A world with every horizontal-scaling collection in use: load balancer, target group, listener (with a rule), launch template, group, policy, failed zone. */
function scalingWorld(): World {
  const s = webStack();
  let world = ok(s.world, 'autoscaling:CreateAutoScalingGroup', {
    AutoScalingGroupName: 'web',
    LaunchTemplate: { LaunchTemplateId: s.ltId },
    MinSize: 2,
    MaxSize: 4,
    VPCZoneIdentifier: `${s.subnets[0]},${s.subnets[1]}`,
    TargetGroupARNs: [s.tgArn],
  }).world;
  world = ok(world, 'autoscaling:PutScalingPolicy', {
    AutoScalingGroupName: 'web',
    PolicyName: 'cpu',
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingConfiguration: { PredefinedMetricSpecification: { PredefinedMetricType: 'ASGAverageCPUUtilization' }, TargetValue: 50 },
  }).world;
  const listenerArn = world.listeners.values()[0]!.id;
  const rule = { ListenerArn: listenerArn, Priority: 10, Conditions: [{ Field: 'path-pattern', Values: ['/api/*'] }], Actions: [{ Type: 'forward', TargetGroupArn: s.tgArn }] };
  world = ok(world, 'elasticloadbalancing:CreateRule', rule).world;
  world = advance(world, 60);
  world = ok(world, 'sim:SendTraffic', { LoadBalancerArn: s.lbArn, Requests: 100 }).world;
  return ok(world, 'sim:FailAvailabilityZone', { AvailabilityZone: 'us-east-1a' }).world;
}

it('load balancers, target groups, listeners, templates, groups, policies and failed zones survive a share link', () => {
  const world = scalingWorld();
  for (const key of ['loadBalancers', 'targetGroups', 'listeners', 'launchTemplates', 'autoScalingGroups', 'scalingPolicies', 'zoneFailures'] as const) {
    expect(world[key].size, key).toBeGreaterThan(0);
  }
  const scenario = createScenario({ world, log: [], layout: { positions: {} }, title: '', notes: '' });
  const r = decodeScenario(encodeScenario(scenario));
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  expect(JSON.stringify(r.scenario.world)).toBe(JSON.stringify(world));
  expect(r.scenario.world.listeners.values()[0]?.rules?.[0]?.conditions).toEqual([{ field: 'path-pattern', values: ['/api/*'] }]);
  expect(r.warnings ?? []).toEqual([]);
});
