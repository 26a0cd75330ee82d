import { describe as group, expect, it } from 'vitest';
import { describe } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { advance, health, webStack } from '../scaling-test-helpers';

const listenerOf = (world: Parameters<typeof ok>[0], lbArn: string) =>
  describe(world, 'elasticloadbalancing:DescribeListeners', { LoadBalancerArn: lbArn }).Listeners as { ListenerArn: string; Port: number; DefaultActions: { TargetGroupArn: string }[] }[];

function withSecondGroup() {
  const s = webStack();
  const tg = ok(s.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'api-tg', Protocol: 'HTTP', Port: 80, VpcId: s.vpcId });
  const listenerArn = (listenerOf(tg.world, s.lbArn)[0] as { ListenerArn: string }).ListenerArn;
  return { ...s, world: tg.world, apiTg: tg.response.TargetGroups[0].TargetGroupArn as string, listenerArn };
}

group('ModifyListener', () => {
  it('moves the port and the default forward target; the new group becomes in use and the old one unused', () => {
    const s = withSecondGroup();
    const run = ok(s.world, 'ec2:RunInstances', { ImageId: s.imageId, SubnetId: s.subnets[0], MinCount: 1, MaxCount: 1 });
    const id = run.response.Instances[0].InstanceId as string;
    let world = ok(run.world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.apiTg, Targets: [{ Id: id }] }).world;
    expect(health(world, s.apiTg)[0]?.reason).toBe('Target.NotInUse');
    const r = ok(world, 'elasticloadbalancing:ModifyListener', { ListenerArn: s.listenerArn, Port: 8080, DefaultActions: [{ Type: 'forward', TargetGroupArn: s.apiTg }] });
    expect(r.response.Listeners[0]).toMatchObject({ ListenerArn: s.listenerArn, Port: 8080, Protocol: 'HTTP', DefaultActions: [{ Type: 'forward', TargetGroupArn: s.apiTg }] });
    world = advance(r.world, 120);
    expect(health(world, s.apiTg)[0]?.state).toBe('healthy');
    expect(describe(world, 'elasticloadbalancing:DescribeTargetGroups', { TargetGroupArns: [s.tgArn] }).TargetGroups[0].LoadBalancerArns).toEqual([]);
    // the old target group is free again: it can be deleted (S18)
    ok(world, 'elasticloadbalancing:DeleteTargetGroup', { TargetGroupArn: s.tgArn });
  });

  it('refuses a port another listener of the load balancer uses (S16)', () => {
    const s = withSecondGroup();
    const second = ok(s.world, 'elasticloadbalancing:CreateListener', { LoadBalancerArn: s.lbArn, Protocol: 'HTTP', Port: 8080, DefaultActions: [{ Type: 'forward', TargetGroupArn: s.tgArn }] });
    const e = no(second.world, 'elasticloadbalancing:ModifyListener', { ListenerArn: s.listenerArn, Port: 8080 });
    expect(e).toMatchObject({ code: 'DuplicateListener', rule: 'elb.listener.duplicate' });
    expect(e.message).toBe(`A listener already exists on this port for this load balancer '${s.lbArn}'`);
    // its own port is no conflict
    ok(second.world, 'elasticloadbalancing:ModifyListener', { ListenerArn: s.listenerArn, Port: 80 });
  });

  it('applies the forward checks of CreateListener (S17): other VPC, other load balancer, incompatible protocol', () => {
    const s = withSecondGroup();
    const vpc = ok(s.world, 'ec2:CreateVpc', { CidrBlock: '10.9.0.0/16' });
    const far = ok(vpc.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'far', Protocol: 'HTTP', Port: 80, VpcId: vpc.response.Vpc.VpcId });
    const farArn = far.response.TargetGroups[0].TargetGroupArn;
    expect(no(far.world, 'elasticloadbalancing:ModifyListener', { ListenerArn: s.listenerArn, DefaultActions: [{ Type: 'forward', TargetGroupArn: farArn }] })).toMatchObject({
      code: 'InvalidConfigurationRequest',
      rule: 'elb.listener.other-vpc',
    });
    const lb2 = ok(s.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'other-alb', Subnets: [s.subnets[0], s.subnets[1]] });
    const lb2Arn = lb2.response.LoadBalancers[0].LoadBalancerArn;
    const taken = ok(lb2.world, 'elasticloadbalancing:CreateListener', { LoadBalancerArn: lb2Arn, Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: s.apiTg }] });
    expect(no(taken.world, 'elasticloadbalancing:ModifyListener', { ListenerArn: s.listenerArn, DefaultActions: [{ Type: 'forward', TargetGroupArn: s.apiTg }] })).toMatchObject({
      code: 'TargetGroupAssociationLimit',
      rule: 'elb.listener.tg-other-lb',
    });
    expect(no(s.world, 'elasticloadbalancing:ModifyListener', { ListenerArn: s.listenerArn, Protocol: 'TCP' })).toMatchObject({ code: 'IncompatibleProtocols', rule: 'elb.listener.incompatible' });
    expect(no(s.world, 'elasticloadbalancing:ModifyListener', { ListenerArn: `${s.listenerArn}0` })).toMatchObject({ code: 'ListenerNotFound' });
  });
});
