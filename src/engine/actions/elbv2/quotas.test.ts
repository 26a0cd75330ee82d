import { expect, it } from 'vitest';
import { no, ok } from '../../engine-test-helpers';
import { scalingLab, webStack } from '../scaling-test-helpers';

it('the 51st Application Load Balancer of a Region is refused with TooManyLoadBalancers (S4)', () => {
  const lab = scalingLab();
  let world = lab.world;
  const subnets = [lab.subnets[0], lab.subnets[1]];
  for (let i = 1; i <= 50; i++) world = ok(world, 'elasticloadbalancing:CreateLoadBalancer', { Name: `alb-${i}`, Subnets: subnets }).world;
  expect(no(world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'alb-51', Subnets: subnets })).toMatchObject({ code: 'TooManyLoadBalancers', rule: 'elb.quota.load-balancers' });
  // an identical repeat is still the existing one
  expect(ok(world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'alb-1', Subnets: subnets }).response.LoadBalancers).toHaveLength(1);
});

it('the 51st listener of a load balancer is refused with TooManyListeners (S16)', () => {
  const s = webStack();
  let world = s.world;
  const listener = (Port: number) => ({ LoadBalancerArn: s.lbArn, Protocol: 'HTTP', Port, DefaultActions: [{ Type: 'forward', TargetGroupArn: s.tgArn }] });
  for (let port = 8001; port <= 8049; port++) world = ok(world, 'elasticloadbalancing:CreateListener', listener(port)).world;
  expect(no(world, 'elasticloadbalancing:CreateListener', listener(9000))).toMatchObject({ code: 'TooManyListeners', rule: 'elb.quota.listeners' });
});

it('the 1001st target of a target group is refused with TooManyTargets, and nothing is registered (S8)', () => {
  const s = webStack();
  const run = ok(s.world, 'ec2:RunInstances', { ImageId: s.imageId, SubnetId: s.subnets[0], MinCount: 1, MaxCount: 1 });
  const Id = run.response.Instances[0].InstanceId as string;
  const ports = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ Id, Port: from + i }));
  const world = ok(run.world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.tgArn, Targets: ports(1000, 1000) }).world;
  expect(no(world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.tgArn, Targets: ports(5000, 1) })).toMatchObject({ code: 'TooManyTargets', rule: 'elb.quota.targets' });
  // registering an already registered pair again is no new target
  ok(world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.tgArn, Targets: ports(1000, 1) });
});
