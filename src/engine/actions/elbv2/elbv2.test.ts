import { describe as group, expect, it } from 'vitest';
import { describe } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { advance, health, scalingLab, webStack } from '../scaling-test-helpers';

function otherVpc(world: Parameters<typeof ok>[0], imageId: string) {
  const vpc = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.16.0.0/16' });
  const vpcId = vpc.response.Vpc.VpcId;
  const subnet = ok(vpc.world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.0.0/20', AvailabilityZone: 'us-east-1a' });
  const subnetId = subnet.response.Subnet.SubnetId;
  const run = ok(subnet.world, 'ec2:RunInstances', { ImageId: imageId, SubnetId: subnetId, MinCount: 1, MaxCount: 1 });
  return { world: run.world, vpcId, subnetId, instanceId: run.response.Instances[0].InstanceId as string };
}

group('CreateLoadBalancer', () => {
  it('builds an ALB across two AZs, provisioning then active (S1, S5)', () => {
    const lab = scalingLab();
    const r = ok(lab.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'web', Subnets: [lab.subnets[0], lab.subnets[1]] });
    const lb = r.response.LoadBalancers[0];
    expect(lb.LoadBalancerArn).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer\/app\/web\/[0-9a-f]{16}$/);
    expect(lb.State.Code).toBe('provisioning');
    expect(lb.AvailabilityZones.map((z: { ZoneName: string }) => z.ZoneName)).toEqual(['us-east-1a', 'us-east-1b']);
    const later = advance(r.world, 60);
    expect(describe(later, 'elasticloadbalancing:DescribeLoadBalancers', {}).LoadBalancers[0].State.Code).toBe('active');
  });

  it('refuses an ALB in one AZ, accepts an NLB there (S1)', () => {
    const lab = scalingLab();
    const e = no(lab.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'web', Subnets: [lab.subnets[0]] });
    expect(e).toMatchObject({ code: 'ValidationError', rule: 'elb.subnets.two-azs' });
    expect(e.message).toBe('At least two subnets in two different Availability Zones must be specified');
    ok(lab.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'nlb', Type: 'network', Subnets: [lab.subnets[0]] });
  });

  it('refuses two subnets of one AZ, unknown subnets and subnets of two VPCs (S2)', () => {
    const lab = scalingLab();
    const other = otherVpc(lab.world, lab.imageId);
    const extra = ok(lab.world, 'ec2:CreateSubnet', { VpcId: lab.vpcId, CidrBlock: '172.31.128.0/20', AvailabilityZone: 'us-east-1a' });
    const sameAz = no(extra.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'w', Subnets: [lab.subnets[0], extra.response.Subnet.SubnetId, lab.subnets[1]] });
    expect(sameAz).toMatchObject({ code: 'InvalidConfigurationRequest', rule: 'elb.subnets.one-per-az' });
    expect(no(lab.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'w', Subnets: ['subnet-0123456789abcdef0', lab.subnets[1]] })).toMatchObject({ code: 'SubnetNotFound' });
    expect(no(other.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'w', Subnets: [lab.subnets[1], other.subnetId] })).toMatchObject({
      code: 'InvalidConfigurationRequest',
      rule: 'elb.subnets.one-vpc',
    });
  });

  it('needs an internet gateway when internet-facing, none when internal (S3)', () => {
    const lab = scalingLab();
    let world = lab.world;
    const vpc = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.16.0.0/16' });
    world = vpc.world;
    const ids: string[] = [];
    for (const [cidr, az] of [['10.16.0.0/20', 'us-east-1a'], ['10.16.16.0/20', 'us-east-1b']] as const) {
      const s = ok(world, 'ec2:CreateSubnet', { VpcId: vpc.response.Vpc.VpcId, CidrBlock: cidr, AvailabilityZone: az });
      world = s.world;
      ids.push(s.response.Subnet.SubnetId);
    }
    const e = no(world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'w', Subnets: ids });
    expect(e).toMatchObject({ code: 'InvalidSubnet', rule: 'elb.internet-facing.needs-igw' });
    expect(e.message).toBe(`VPC ${vpc.response.Vpc.VpcId} has no internet gateway`);
    const internal = ok(world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'w', Subnets: ids, Scheme: 'internal' });
    expect(internal.response.LoadBalancers[0].DNSName).toMatch(/^internal-w-/);
  });

  it('is idempotent for the same settings, refuses the name for others, checks the name (S4)', () => {
    const lab = scalingLab();
    const first = ok(lab.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'web', Subnets: [lab.subnets[0], lab.subnets[1]] });
    const again = ok(first.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'web', Subnets: [lab.subnets[1], lab.subnets[0]] });
    expect(again.response.LoadBalancers[0].LoadBalancerArn).toBe(first.response.LoadBalancers[0].LoadBalancerArn);
    expect(no(first.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'web', Subnets: [lab.subnets[0], lab.subnets[2]] })).toMatchObject({ code: 'DuplicateLoadBalancerName' });
    for (const Name of ['internal-web', '-web', 'a'.repeat(33), 'web_1']) {
      expect(no(lab.world, 'elasticloadbalancing:CreateLoadBalancer', { Name, Subnets: [lab.subnets[0], lab.subnets[1]] })).toMatchObject({ code: 'ValidationError', rule: 'elb.name.invalid' });
    }
    expect(no(lab.world, 'elasticloadbalancing:CreateLoadBalancer', { Subnets: [lab.subnets[0]] }).code).toBe('ValidationError');
  });

  it('keeps cross-zone on for an ALB, and deletion protection blocks DeleteLoadBalancer (S14, S19)', () => {
    const s = webStack();
    const e = no(s.world, 'elasticloadbalancing:ModifyLoadBalancerAttributes', { LoadBalancerArn: s.lbArn, Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'false' }] });
    expect(e).toMatchObject({ code: 'InvalidConfigurationRequest', rule: 'elb.attribute.invalid' });
    const on = ok(s.world, 'elasticloadbalancing:ModifyLoadBalancerAttributes', { LoadBalancerArn: s.lbArn, Attributes: [{ Key: 'deletion_protection.enabled', Value: 'true' }] });
    expect(no(on.world, 'elasticloadbalancing:DeleteLoadBalancer', { LoadBalancerArn: s.lbArn })).toMatchObject({ code: 'OperationNotPermitted', rule: 'elb.deletion-protection' });
    const gone = ok(s.world, 'elasticloadbalancing:DeleteLoadBalancer', { LoadBalancerArn: s.lbArn });
    expect(gone.world.listeners.size).toBe(0);
    expect(gone.world.targetGroups.size).toBe(1);
    ok(gone.world, 'elasticloadbalancing:DeleteLoadBalancer', { LoadBalancerArn: s.lbArn });
    expect(no(s.world, 'elasticloadbalancing:DescribeLoadBalancers', { LoadBalancerArns: [`${s.lbArn}0`] }).code).toBe('LoadBalancerNotFound');
  });
});

group('target groups and listeners', () => {
  it('validates CreateTargetGroup (S6)', () => {
    const lab = scalingLab();
    expect(no(lab.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'tg', Protocol: 'HTTP', Port: 80 }).message).toBe('A VPC ID must be specified');
    expect(no(lab.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'tg', Protocol: 'HTTP', VpcId: lab.vpcId }).message).toBe('A port must be specified');
    expect(no(lab.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'tg', Port: 80, VpcId: lab.vpcId }).message).toBe('A protocol must be specified');
    expect(no(lab.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'tg', Protocol: 'HTTP', Port: 80, VpcId: lab.vpcId, HealthCheckIntervalSeconds: 400 })).toMatchObject({
      rule: 'elb.health-check.range',
      code: 'ValidationError',
    });
    const tg = ok(lab.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'tg', Protocol: 'HTTP', Port: 80, VpcId: lab.vpcId });
    const created = tg.response.TargetGroups[0];
    expect(created).toMatchObject({ HealthCheckPath: '/', HealthCheckIntervalSeconds: 30, HealthyThresholdCount: 5, UnhealthyThresholdCount: 2, Matcher: { HttpCode: '200' }, TargetType: 'instance' });
    expect(ok(tg.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'tg', Protocol: 'HTTP', Port: 80, VpcId: lab.vpcId }).response.TargetGroups[0].TargetGroupArn).toBe(created.TargetGroupArn);
    expect(no(tg.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'tg', Protocol: 'HTTP', Port: 8080, VpcId: lab.vpcId }).code).toBe('DuplicateTargetGroupName');
  });

  it('registers only running instances of the target group’s VPC (S7, S8)', () => {
    const s = webStack();
    const other = otherVpc(s.world, s.imageId);
    const e = no(other.world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.tgArn, Targets: [{ Id: other.instanceId }] });
    expect(e).toMatchObject({ code: 'InvalidTarget', rule: 'elb.target.invalid', scope: { kind: 'vpc' } });
    expect(no(s.world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.tgArn, Targets: [{ Id: 'i-0123456789abcdef0' }] }).code).toBe('InvalidTarget');
    const run = ok(s.world, 'ec2:RunInstances', { ImageId: s.imageId, SubnetId: s.subnets[0], MinCount: 1, MaxCount: 1 });
    const id = run.response.Instances[0].InstanceId;
    const stopped = ok(run.world, 'ec2:StopInstances', { InstanceIds: [id] }).world;
    const ns = no(stopped, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.tgArn, Targets: [{ Id: id }] });
    expect(ns).toMatchObject({ code: 'InvalidTarget', rule: 'elb.target.not-running' });
    expect(ns.message).toBe(`The following targets are not in a running state and cannot be registered: '${id}'`);
    expect(no(run.world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: `${s.tgArn}x`, Targets: [{ Id: id }] }).code).toBe('TargetGroupNotFound');
    ok(run.world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.tgArn, Targets: [{ Id: id }] });
  });

  it('moves targets initial → healthy, and explains unused, unhealthy and draining (S9, S10, S13)', () => {
    const s = webStack();
    const run = ok(s.world, 'ec2:RunInstances', { ImageId: s.imageId, SubnetId: s.subnets[0], MinCount: 2, MaxCount: 2 });
    const [a, b] = run.response.Instances.map((i: { InstanceId: string }) => i.InstanceId);
    let world = ok(run.world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.tgArn, Targets: [{ Id: a }, { Id: b, Port: 8080 }] }).world;
    expect(health(world, s.tgArn).map((t) => t.reason)).toEqual(['Elb.RegistrationInProgress', 'Elb.RegistrationInProgress']);
    world = advance(world, 10);
    expect(health(world, s.tgArn)[0]).toEqual({ id: a, state: 'healthy', reason: undefined });
    expect(health(world, s.tgArn)[1]).toMatchObject({ state: 'initial', reason: 'Elb.InitialHealthChecking' });
    world = advance(world, 30);
    expect(health(world, s.tgArn)[1]).toMatchObject({ state: 'unhealthy', reason: 'Target.FailedHealthChecks' });
    const stopped = ok(world, 'ec2:StopInstances', { InstanceIds: [a] }).world;
    expect(health(stopped, s.tgArn)[0]).toMatchObject({ state: 'unused', reason: 'Target.InvalidState' });
    const drained = ok(world, 'elasticloadbalancing:DeregisterTargets', { TargetGroupArn: s.tgArn, Targets: [{ Id: a }] }).world;
    expect(health(drained, s.tgArn)[0]).toMatchObject({ state: 'draining', reason: 'Target.DeregistrationInProgress' });
    const gone = advance(drained, 300);
    const asked = describe(gone, 'elasticloadbalancing:DescribeTargetHealth', { TargetGroupArn: s.tgArn, Targets: [{ Id: a }] });
    expect(asked.TargetHealthDescriptions[0].TargetHealth).toMatchObject({ State: 'unused', Reason: 'Target.NotRegistered' });
  });

  it('reports a health-check path the guest answers 404 as Target.ResponseCodeMismatch, and Target.NotInUse without a listener (S9, S10)', () => {
    const lab = scalingLab();
    const tg = ok(lab.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'tg', Protocol: 'HTTP', Port: 80, VpcId: lab.vpcId, HealthCheckPath: '/health' });
    const tgArn = tg.response.TargetGroups[0].TargetGroupArn;
    const run = ok(tg.world, 'ec2:RunInstances', { ImageId: lab.imageId, SubnetId: lab.subnets[0], MinCount: 1, MaxCount: 1 });
    let world = ok(run.world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: tgArn, Targets: [{ Id: run.response.Instances[0].InstanceId }] }).world;
    expect(health(world, tgArn)[0]).toMatchObject({ state: 'unused', reason: 'Target.NotInUse' });
    const lb = ok(world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'w', Subnets: [lab.subnets[0], lab.subnets[1]] });
    world = ok(lb.world, 'elasticloadbalancing:CreateListener', { LoadBalancerArn: lb.response.LoadBalancers[0].LoadBalancerArn, Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] }).world;
    world = advance(world, 60);
    expect(health(world, tgArn)[0]).toMatchObject({ state: 'unhealthy', reason: 'Target.ResponseCodeMismatch' });
  });

  it('refuses duplicate, cross-VPC, shared and incompatible listeners, and deleting a target group in use (S16–S18)', () => {
    const s = webStack();
    const forward = (arn: string) => [{ Type: 'forward', TargetGroupArn: arn }];
    const tg2 = ok(s.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'tg2', Protocol: 'HTTP', Port: 80, VpcId: s.vpcId });
    const tg2Arn = tg2.response.TargetGroups[0].TargetGroupArn;
    expect(no(tg2.world, 'elasticloadbalancing:CreateListener', { LoadBalancerArn: s.lbArn, Protocol: 'HTTP', Port: 80, DefaultActions: forward(tg2Arn) })).toMatchObject({ code: 'DuplicateListener' });
    const other = otherVpc(s.world, s.imageId);
    const far = ok(other.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'far', Protocol: 'HTTP', Port: 80, VpcId: other.vpcId });
    expect(no(far.world, 'elasticloadbalancing:CreateListener', { LoadBalancerArn: s.lbArn, Protocol: 'HTTP', Port: 81, DefaultActions: forward(far.response.TargetGroups[0].TargetGroupArn) })).toMatchObject({
      code: 'InvalidConfigurationRequest',
      rule: 'elb.listener.other-vpc',
    });
    const lb2 = ok(s.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'second', Subnets: [s.subnets[1], s.subnets[2]] });
    expect(no(lb2.world, 'elasticloadbalancing:CreateListener', { LoadBalancerArn: lb2.response.LoadBalancers[0].LoadBalancerArn, Protocol: 'HTTP', Port: 80, DefaultActions: forward(s.tgArn) })).toMatchObject({
      code: 'TargetGroupAssociationLimit',
    });
    const tcp = ok(s.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'tcp', Protocol: 'TCP', Port: 80, VpcId: s.vpcId });
    expect(no(tcp.world, 'elasticloadbalancing:CreateListener', { LoadBalancerArn: s.lbArn, Protocol: 'HTTP', Port: 82, DefaultActions: forward(tcp.response.TargetGroups[0].TargetGroupArn) })).toMatchObject({
      code: 'IncompatibleProtocols',
    });
    const inUse = no(s.world, 'elasticloadbalancing:DeleteTargetGroup', { TargetGroupArn: s.tgArn });
    expect(inUse).toMatchObject({ code: 'ResourceInUse', rule: 'elb.target-group.in-use' });
    expect(inUse.message).toBe(`Target group '${s.tgArn}' is currently in use by a listener or a rule`);
    const listeners = describe(s.world, 'elasticloadbalancing:DescribeListeners', { LoadBalancerArn: s.lbArn }).Listeners;
    const freed = ok(s.world, 'elasticloadbalancing:DeleteListener', { ListenerArn: listeners[0].ListenerArn }).world;
    ok(freed, 'elasticloadbalancing:DeleteTargetGroup', { TargetGroupArn: s.tgArn });
  });

  it('checks target group attributes (S13, S15)', () => {
    const s = webStack();
    expect(no(s.world, 'elasticloadbalancing:ModifyTargetGroupAttributes', { TargetGroupArn: s.tgArn, Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '4000' }] }).code).toBe(
      'InvalidConfigurationRequest',
    );
    const r = ok(s.world, 'elasticloadbalancing:ModifyTargetGroupAttributes', { TargetGroupArn: s.tgArn, Attributes: [{ Key: 'stickiness.enabled', Value: 'true' }] });
    expect(r.response.Attributes).toContainEqual({ Key: 'stickiness.enabled', Value: 'true' });
  });
});
