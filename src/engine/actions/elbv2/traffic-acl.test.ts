import { expect, it } from 'vitest';
import { describe, type World } from '../../index';
import { ok } from '../../engine-test-helpers';
import { advance, health, webStack, type WebStack } from '../scaling-test-helpers';

/** Put `subnetId` on a new network ACL (which denies everything until entries are added); returns the ACL id. */
function lockSubnet(world: World, vpcId: string, subnetId: string): { world: World; aclId: string } {
  const created = ok(world, 'ec2:CreateNetworkAcl', { VpcId: vpcId });
  const aclId = created.response.NetworkAcl.NetworkAclId as string;
  const current = describe(created.world, 'ec2:DescribeNetworkAcls', { Filters: [{ Name: 'association.subnet-id', Values: [subnetId] }] }).NetworkAcls[0];
  const assoc = current.Associations.find((a: { SubnetId: string }) => a.SubnetId === subnetId).NetworkAclAssociationId as string;
  return { world: ok(created.world, 'ec2:ReplaceNetworkAclAssociation', { AssociationId: assoc, NetworkAclId: aclId }).world, aclId };
}

const allow = (aclId: string, n: number, egress: boolean, cidr: string, from: number, to: number) => ({
  NetworkAclId: aclId, RuleNumber: n, Protocol: '6', RuleAction: 'allow', Egress: egress, CidrBlock: cidr, PortRange: { From: from, To: to },
});

/** A target in its own subnet of us-east-1b (not the load balancer's) that the load balancer's group may reach on 80. */
function target(s: WebStack): { world: World; id: string; subnetId: string } {
  const lbGroup = describe(s.world, 'elasticloadbalancing:DescribeLoadBalancers', { LoadBalancerArns: [s.lbArn] }).LoadBalancers[0].SecurityGroups[0] as string;
  const subnet = ok(s.world, 'ec2:CreateSubnet', { VpcId: s.vpcId, CidrBlock: '172.31.48.0/20', AvailabilityZone: 'us-east-1b' });
  const subnetId = subnet.response.Subnet.SubnetId as string;
  const run = ok(subnet.world, 'ec2:RunInstances', { ImageId: s.imageId, SubnetId: subnetId, MinCount: 1, MaxCount: 1, SecurityGroupIds: [lbGroup] });
  const id = run.response.Instances[0].InstanceId as string;
  const world = ok(run.world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.tgArn, Targets: [{ Id: id }] }).world;
  return { world, id, subnetId };
}

it("a target whose subnet ACL drops the load balancer's health checks times out: unhealthy, and forwarded requests get 504 (A13)", () => {
  const s = webStack();
  const t = target(s);
  expect(health(advance(t.world, 120), s.tgArn).find((h) => h.id === t.id)?.state).toBe('healthy');
  const locked = lockSubnet(t.world, s.vpcId, t.subnetId);
  const after = advance(locked.world, 120);
  expect(health(after, s.tgArn).find((h) => h.id === t.id)).toMatchObject({ state: 'unhealthy', reason: 'Target.Timeout' });
  expect(ok(after, 'sim:SendTraffic', { LoadBalancerArn: s.lbArn, Requests: 100 }).response.Responses).toEqual({ '200': 0, '504': 100 });
  // inbound 80 from the VPC is not enough: the replies to the node's ephemeral port must be allowed out too
  const inbound = ok(locked.world, 'ec2:CreateNetworkAclEntry', allow(locked.aclId, 100, false, '172.31.0.0/16', 80, 80)).world;
  expect(health(advance(inbound, 120), s.tgArn).find((h) => h.id === t.id)?.state).toBe('unhealthy');
  const both = ok(inbound, 'ec2:CreateNetworkAclEntry', allow(locked.aclId, 100, true, '172.31.0.0/16', 1024, 65535)).world;
  const healed = advance(both, 120);
  expect(health(healed, s.tgArn).find((h) => h.id === t.id)?.state).toBe('healthy');
  expect(ok(healed, 'sim:SendTraffic', { LoadBalancerArn: s.lbArn, Requests: 100 }).response.Responses['200']).toBe(100);
});

it("clients sent to a node whose subnet ACL drops the listener port time out; with every node's subnet locked, all do (A13)", () => {
  const s = webStack();
  const t = target(s);
  const ready = advance(t.world, 120);
  const one = lockSubnet(ready, s.vpcId, s.subnets[0]);
  const half = ok(one.world, 'sim:SendTraffic', { LoadBalancerArn: s.lbArn, Requests: 100 }).response;
  expect(half).toMatchObject({ ConnectionFailures: 50, TimedOut: 50, Reason: expect.stringContaining(`Network ACL ${one.aclId} denies inbound TCP 80`) });
  expect(half.Responses).toEqual({ "200": 50 });
  const two = lockSubnet(one.world, s.vpcId, s.subnets[1]);
  const none = ok(two.world, 'sim:SendTraffic', { LoadBalancerArn: s.lbArn, Requests: 100 }).response;
  expect(none).toMatchObject({ ConnectionFailures: 100, TimedOut: 100, Responses: { '200': 0 } });
  let open = ok(two.world, 'ec2:CreateNetworkAclEntry', allow(two.aclId, 100, false, '0.0.0.0/0', 80, 80)).world;
  // inbound 80 alone: the node's replies to the clients' ephemeral ports are still denied
  expect(ok(open, 'sim:SendTraffic', { LoadBalancerArn: s.lbArn, Requests: 100 }).response).toMatchObject({ TimedOut: 100 });
  open = ok(open, 'ec2:CreateNetworkAclEntry', allow(two.aclId, 100, true, '0.0.0.0/0', 1024, 65535)).world;
  // the node in us-east-1b now answers; it forwards to the target's subnet, so its own ACL must pass that too
  open = ok(open, 'ec2:CreateNetworkAclEntry', allow(two.aclId, 110, true, '172.31.0.0/16', 80, 80)).world;
  open = ok(open, 'ec2:CreateNetworkAclEntry', allow(two.aclId, 110, false, '172.31.0.0/16', 1024, 65535)).world;
  const r = ok(open, 'sim:SendTraffic', { LoadBalancerArn: s.lbArn, Requests: 100 }).response;
  expect(r).toMatchObject({ ConnectionFailures: 50, TimedOut: 50 });
});
