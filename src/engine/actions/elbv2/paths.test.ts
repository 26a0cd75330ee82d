import { expect, it } from 'vitest';
import { describe, type World } from '../../index';
import { ok } from '../../engine-test-helpers';
import { advance, health, webStack, type WebStack } from '../scaling-test-helpers';

/** An instance behind the web stack's target group whose only security group admits nothing inbound. */
function closedTarget(s: WebStack): { world: World; id: string; sgId: string; lbGroup: string } {
  const sg = ok(s.world, 'ec2:CreateSecurityGroup', { GroupName: 'closed', Description: 'no inbound', VpcId: s.vpcId });
  const sgId = sg.response.GroupId as string;
  const run = ok(sg.world, 'ec2:RunInstances', { ImageId: s.imageId, SubnetId: s.subnets[0], MinCount: 1, MaxCount: 1, SecurityGroupIds: [sgId] });
  const id = run.response.Instances[0].InstanceId as string;
  const world = ok(run.world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.tgArn, Targets: [{ Id: id }] }).world;
  const lbGroup = describe(world, 'elasticloadbalancing:DescribeLoadBalancers', { LoadBalancerArns: [s.lbArn] }).LoadBalancers[0].SecurityGroups[0] as string;
  return { world, id, sgId, lbGroup };
}

it("a target whose security group drops the load balancer's health checks ends unhealthy with Target.Timeout (S11)", () => {
  const s = webStack();
  const { world, id } = closedTarget(s);
  const after = advance(world, 120);
  expect(health(after, s.tgArn).find((t) => t.id === id)).toMatchObject({ state: 'unhealthy', reason: 'Target.Timeout' });
});

it("allowing the health-check port from the load balancer's security group makes it healthy", () => {
  const s = webStack();
  const { world, id, sgId, lbGroup } = closedTarget(s);
  const opened = ok(world, 'ec2:AuthorizeSecurityGroupIngress', {
    GroupId: sgId,
    IpPermissions: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, UserIdGroupPairs: [{ GroupId: lbGroup }] }],
  }).world;
  expect(health(advance(opened, 120), s.tgArn).find((t) => t.id === id)?.state).toBe('healthy');
  const byCidr = ok(world, 'ec2:AuthorizeSecurityGroupIngress', { GroupId: sgId, IpProtocol: 'tcp', FromPort: 80, ToPort: 80, CidrIp: '172.31.0.0/16' }).world;
  expect(health(advance(byCidr, 120), s.tgArn).find((t) => t.id === id)?.state).toBe('healthy');
});

it("requests the load balancer forwards are dropped by such a target's security group: 504 (S11, S12)", () => {
  const s = webStack();
  const { world } = closedTarget(s);
  const r = ok(advance(world, 120), 'sim:SendTraffic', { LoadBalancerArn: s.lbArn, Requests: 100 }).response;
  expect(r.Responses).toEqual({ '200': 0, '504': 100 });
});
