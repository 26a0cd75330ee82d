import { expect, it } from 'vitest';
import { describe, type World } from '../../index';
import { ok } from '../../engine-test-helpers';
import { advance, webStack } from '../scaling-test-helpers';

const port80 = (cidr: string, port = 80) => [{ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: cidr }] }];

/** webStack with two healthy targets, its ALB's group (the VPC default) and no rule admitting clients on port 80. */
function closedStack() {
  const s = webStack();
  let world = s.world;
  for (const subnet of [s.subnets[0], s.subnets[1]]) world = ok(world, 'ec2:RunInstances', { ImageId: s.imageId, SubnetId: subnet, MinCount: 1, MaxCount: 1 }).world;
  const ids = describe(world, 'ec2:DescribeInstances', {}).Reservations.flatMap((r: { Instances: { InstanceId: string }[] }) => r.Instances.map((i) => i.InstanceId));
  world = ok(world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.tgArn, Targets: ids.map((Id: string) => ({ Id })) }).world;
  const sg = describe(world, 'elasticloadbalancing:DescribeLoadBalancers', { LoadBalancerArns: [s.lbArn] }).LoadBalancers[0].SecurityGroups[0] as string;
  world = ok(world, 'ec2:RevokeSecurityGroupIngress', { GroupId: sg, IpPermissions: port80('0.0.0.0/0') }).world;
  return { ...s, world: advance(world, 60), sg };
}

const send = (world: World, lbArn: string) => ok(world, 'sim:SendTraffic', { LoadBalancerArn: lbArn, Requests: 1000 }).response;

it("times out every request when the ALB's own security groups do not admit the listener port from the client (S5)", () => {
  const s = closedStack();
  const r = send(s.world, s.lbArn);
  expect(r).toMatchObject({ Requests: 1000, Responses: { '200': 0 }, ByTarget: {}, ConnectionFailures: 1000, TimedOut: 1000 });
  expect(r.Reason).toBe(`Connection timed out: the security group of web-alb (${s.sg}) does not allow port 80 from the internet.`);
  // the targets stay healthy: health checks come from inside the VPC, with the load balancer's group
  expect(describe(s.world, 'elasticloadbalancing:DescribeTargetHealth', { TargetGroupArn: s.tgArn }).TargetHealthDescriptions.map((d: { TargetHealth: { State: string } }) => d.TargetHealth.State)).toEqual(['healthy', 'healthy']);
});

it('admits the clients once a rule covers the listener port and the client address; another port or address does not', () => {
  const s = closedStack();
  const otherPort = ok(s.world, 'ec2:AuthorizeSecurityGroupIngress', { GroupId: s.sg, IpPermissions: port80('0.0.0.0/0', 8080) }).world;
  expect(send(otherPort, s.lbArn)).toMatchObject({ TimedOut: 1000 });
  const otherClient = ok(s.world, 'ec2:AuthorizeSecurityGroupIngress', { GroupId: s.sg, IpPermissions: port80('198.51.100.0/24') }).world;
  expect(send(otherClient, s.lbArn)).toMatchObject({ TimedOut: 1000 });
  const open = ok(s.world, 'ec2:AuthorizeSecurityGroupIngress', { GroupId: s.sg, IpPermissions: port80('0.0.0.0/0') }).world;
  const r = send(open, s.lbArn);
  expect(r.Responses).toEqual({ '200': 1000 });
  expect(r.ConnectionFailures).toBe(0);
  expect(r).not.toHaveProperty('TimedOut');
});
