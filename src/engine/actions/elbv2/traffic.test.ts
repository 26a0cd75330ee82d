import { expect, it } from 'vitest';
import { apply, type World } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { advance, webStack, type WebStack } from '../scaling-test-helpers';

function withTargets(s: WebStack): { world: World; ids: string[] } {
  let world = s.world;
  const ids: string[] = [];
  for (const subnet of [s.subnets[0], s.subnets[1]]) {
    const run = ok(world, 'ec2:RunInstances', { ImageId: s.imageId, SubnetId: subnet, MinCount: 1, MaxCount: 1 });
    world = run.world;
    ids.push(run.response.Instances[0].InstanceId);
  }
  world = ok(world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.tgArn, Targets: ids.map((Id) => ({ Id })) }).world;
  return { world: advance(world, 60), ids };
}

const send = (world: World, lbArn: string, extra: Record<string, unknown> = {}) =>
  ok(world, 'sim:SendTraffic', { LoadBalancerArn: lbArn, Requests: 10_000, ...extra });

it('spreads requests evenly over healthy targets across zones', () => {
  const s = webStack();
  const { world, ids } = withTargets(s);
  const r = send(world, s.lbArn).response;
  expect(r.Requests).toBe(10_000);
  expect(r.Responses).toEqual({ '200': 10_000 });
  expect(r.ByTarget).toEqual({ [ids[0] as string]: 5000, [ids[1] as string]: 5000 });
  expect(r.ConnectionFailures).toBe(0);
  expect(send(world, s.lbArn, { Path: '/missing' }).response.Responses).toEqual({ '200': 0, '404': 10_000 });
});

it('answers 503 with no registered targets, refuses an unknown load balancer, fails to connect while provisioning', () => {
  const s = webStack();
  expect(send(s.world, s.lbArn).response).toMatchObject({ ConnectionFailures: 10_000, Reason: expect.stringMatching(/provisioning/) });
  const active = advance(s.world, 60);
  expect(send(active, s.lbArn).response.Responses).toEqual({ '200': 0, '503': 10_000 });
  expect(no(s.world, 'sim:SendTraffic', { LoadBalancerArn: `${s.lbArn}9`, Requests: 10 }).code).toBe('LoadBalancerNotFound');
  expect(no(s.world, 'sim:SendTraffic', { LoadBalancerArn: s.lbArn, Requests: 0 }).code).toBe('InvalidParameterValue');
});

it('keeps serving from the other zone once the failed zone’s target is unhealthy', () => {
  const s = webStack();
  const { world, ids } = withTargets(s);
  let failed = ok(world, 'sim:FailAvailabilityZone', { AvailabilityZone: 'us-east-1a' }).world;
  expect(send(failed, s.lbArn).response.Responses['504']).toBe(5000);
  failed = advance(failed, 60);
  const r = send(failed, s.lbArn).response;
  expect(r.Responses).toEqual({ '200': 10_000 });
  expect(r.ByTarget).toEqual({ [ids[1] as string]: 10_000 });
});

it('loses in-memory sessions without stickiness, keeps them with stickiness, none off-host', () => {
  const s = webStack();
  const { world, ids } = withTargets(s);
  const plain = send(world, s.lbArn, { Users: 100 }).response;
  expect(plain.SessionsLost).toBeGreaterThan(4000);
  expect(send(world, s.lbArn, { Users: 100, SessionStore: 'off-host' }).response.SessionsLost).toBe(0);
  const sticky = ok(world, 'elasticloadbalancing:ModifyTargetGroupAttributes', { TargetGroupArn: s.tgArn, Attributes: [{ Key: 'stickiness.enabled', Value: 'true' }] }).world;
  const first = send(sticky, s.lbArn, { Users: 100 });
  expect(first.response.SessionsLost).toBe(0);
  const drained = ok(first.world, 'elasticloadbalancing:DeregisterTargets', { TargetGroupArn: s.tgArn, Targets: [{ Id: ids[0] }] }).world;
  const after = send(drained, s.lbArn, { Users: 100 }).response;
  expect(after.SessionsLost).toBe(50);
  expect(after.Sessions).toMatchObject({ Store: 'memory', Sticky: true, Users: 100, Lost: 50 });
});

it('computes a run of 10,000 requests within 20 ms', () => {
  const s = webStack();
  const { world } = withTargets(s);
  const action = { type: 'sim:SendTraffic', params: { LoadBalancerArn: s.lbArn, Requests: 10_000 } };
  apply(world, action);
  let best = Infinity;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    apply(world, action);
    best = Math.min(best, performance.now() - t0);
  }
  expect(best).toBeLessThan(20);
});

it('answers 503 while every target is still in its initial health checks (S12: no target healthy or unhealthy)', () => {
  const s = webStack();
  let world = advance(s.world, 60);
  const run = ok(world, 'ec2:RunInstances', { ImageId: s.imageId, SubnetId: s.subnets[0], MinCount: 1, MaxCount: 1 });
  const id = run.response.Instances[0].InstanceId as string;
  world = ok(run.world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.tgArn, Targets: [{ Id: id }] }).world;
  const states = apply(world, { type: 'elasticloadbalancing:DescribeTargetHealth', params: { TargetGroupArn: s.tgArn } });
  expect(states.ok && states.response.TargetHealthDescriptions[0].TargetHealth.State).toBe('initial');
  const r = send(world, s.lbArn).response;
  expect(r.Responses).toEqual({ '200': 0, '503': 10_000 });
  expect(r.ByTarget).toEqual({});
});
