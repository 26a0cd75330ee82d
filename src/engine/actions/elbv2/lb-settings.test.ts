import { describe as group, expect, it } from 'vitest';
import { describe, type World } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { advance, createWebGroup, group as asg, health, webStack, type WebStack } from '../scaling-test-helpers';

/** webStack with one running, registered instance in each of us-east-1a, -1b and -1c (the ALB is in a and b). */
function threeZones(s: WebStack): { world: World; ids: string[] } {
  let world = s.world;
  const ids: string[] = [];
  for (const subnet of s.subnets) {
    const run = ok(world, 'ec2:RunInstances', { ImageId: s.imageId, SubnetId: subnet, MinCount: 1, MaxCount: 1 });
    world = run.world;
    ids.push(run.response.Instances[0].InstanceId);
  }
  world = ok(world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: s.tgArn, Targets: ids.map((Id) => ({ Id })) }).world;
  return { world: advance(world, 60), ids };
}

const send = (world: World, lbArn: string) => ok(world, 'sim:SendTraffic', { LoadBalancerArn: lbArn, Requests: 900 }).response;

group('SetSubnets', () => {
  it('adds and removes zones: the response lists them, traffic and health follow, Auto Scaling is untouched', () => {
    const s = webStack();
    const { world, ids } = threeZones(s);
    expect(health(world, s.tgArn).find((t) => t.id === ids[2])?.reason).toBe('Target.NotInUse');
    const r = ok(world, 'elasticloadbalancing:SetSubnets', { LoadBalancerArn: s.lbArn, Subnets: [s.subnets[1], s.subnets[2]] });
    expect(r.response).toEqual({
      AvailabilityZones: [
        { ZoneName: 'us-east-1b', SubnetId: s.subnets[1], LoadBalancerAddresses: [] },
        { ZoneName: 'us-east-1c', SubnetId: s.subnets[2], LoadBalancerAddresses: [] },
      ],
      IpAddressType: 'ipv4',
    });
    expect(r.events[0]?.message).toMatch(/a node starts in us-east-1c; its node in us-east-1a is removed/);
    const later = advance(r.world, 60);
    expect(health(later, s.tgArn).find((t) => t.id === ids[0])?.reason).toBe('Target.NotInUse');
    expect(health(later, s.tgArn).find((t) => t.id === ids[2])?.state).toBe('healthy');
    expect(Object.keys(send(later, s.lbArn).ByZone).sort()).toEqual(['us-east-1b', 'us-east-1c']);
    expect(describe(later, 'elasticloadbalancing:DescribeLoadBalancers', { LoadBalancerArns: [s.lbArn] }).LoadBalancers[0].AvailabilityZones).toHaveLength(2);
  });

  it('leaves an Auto Scaling group where it is', () => {
    const s = webStack();
    const world = createWebGroup(s, { MinSize: 2, TargetGroupARNs: [s.tgArn] });
    const zones = (w: World) => asg(w, 'web').Instances.map((i: { AvailabilityZone: string }) => i.AvailabilityZone).sort();
    const moved = advance(ok(world, 'elasticloadbalancing:SetSubnets', { LoadBalancerArn: s.lbArn, SubnetMappings: [{ SubnetId: s.subnets[1] }, { SubnetId: s.subnets[2] }] }).world, 120);
    expect(zones(moved)).toEqual(zones(world));
  });

  it('checks subnets as CreateLoadBalancer does (S1, S2) and keeps them in the load balancer’s VPC', () => {
    const s = webStack();
    expect(no(s.world, 'elasticloadbalancing:SetSubnets', { LoadBalancerArn: s.lbArn, Subnets: [s.subnets[2]] })).toMatchObject({ code: 'ValidationError', rule: 'elb.subnets.two-azs' });
    expect(no(s.world, 'elasticloadbalancing:SetSubnets', { LoadBalancerArn: s.lbArn, Subnets: [s.subnets[0], 'subnet-0123456789abcdef0'] })).toMatchObject({ code: 'SubnetNotFound', rule: 'elb.subnet.not-found' });
    const extra = ok(s.world, 'ec2:CreateSubnet', { VpcId: s.vpcId, CidrBlock: '172.31.128.0/20', AvailabilityZone: 'us-east-1a' });
    const sameAz = no(extra.world, 'elasticloadbalancing:SetSubnets', { LoadBalancerArn: s.lbArn, Subnets: [s.subnets[0], extra.response.Subnet.SubnetId, s.subnets[1]] });
    expect(sameAz).toMatchObject({ code: 'InvalidConfigurationRequest', rule: 'elb.subnets.one-per-az' });
    const vpc = ok(s.world, 'ec2:CreateVpc', { CidrBlock: '10.9.0.0/16' });
    let world = vpc.world;
    const far: string[] = [];
    for (const [cidr, az] of [['10.9.0.0/20', 'us-east-1a'], ['10.9.16.0/20', 'us-east-1b']] as const) {
      const sub = ok(world, 'ec2:CreateSubnet', { VpcId: vpc.response.Vpc.VpcId, CidrBlock: cidr, AvailabilityZone: az });
      world = sub.world;
      far.push(sub.response.Subnet.SubnetId);
    }
    expect(no(world, 'elasticloadbalancing:SetSubnets', { LoadBalancerArn: s.lbArn, Subnets: far })).toMatchObject({ code: 'InvalidConfigurationRequest', rule: 'elb.subnets.one-vpc' });
    expect(no(s.world, 'elasticloadbalancing:SetSubnets', { LoadBalancerArn: `${s.lbArn}0`, Subnets: [s.subnets[0], s.subnets[1]] }).code).toBe('LoadBalancerNotFound');
  });

  it('lets a Network Load Balancer live in one zone', () => {
    const s = webStack();
    const nlb = ok(s.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'nlb', Type: 'network', Subnets: [s.subnets[0], s.subnets[1]] });
    const arn = nlb.response.LoadBalancers[0].LoadBalancerArn;
    expect(ok(nlb.world, 'elasticloadbalancing:SetSubnets', { LoadBalancerArn: arn, Subnets: [s.subnets[2]] }).response.AvailabilityZones).toHaveLength(1);
  });
});

group('SetSecurityGroups', () => {
  it('replaces the ALB’s groups; clients then reach the listener only if a new group admits its port (S5)', () => {
    const s = webStack();
    const { world } = threeZones(s);
    expect(send(world, s.lbArn).Responses['200']).toBeGreaterThan(0);
    const sg = ok(world, 'ec2:CreateSecurityGroup', { GroupName: 'alb-8080', Description: 'only 8080', VpcId: s.vpcId });
    const sgId = sg.response.GroupId as string;
    let changed = ok(sg.world, 'ec2:AuthorizeSecurityGroupIngress', { GroupId: sgId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }).world;
    const r = ok(changed, 'elasticloadbalancing:SetSecurityGroups', { LoadBalancerArn: s.lbArn, SecurityGroups: [sgId] });
    expect(r.response).toEqual({ SecurityGroupIds: [sgId] });
    changed = r.world;
    expect(describe(changed, 'elasticloadbalancing:DescribeLoadBalancers', { LoadBalancerArns: [s.lbArn] }).LoadBalancers[0].SecurityGroups).toEqual([sgId]);
    expect(send(changed, s.lbArn)).toMatchObject({ TimedOut: 900, Reason: expect.stringContaining(`(${sgId}) does not allow port 80`) });
    changed = ok(changed, 'ec2:AuthorizeSecurityGroupIngress', { GroupId: sgId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }).world;
    expect(send(changed, s.lbArn).ConnectionFailures).toBe(0);
  });

  it('refuses groups of another VPC or unknown ones, an empty list, and an NLB created without groups', () => {
    const s = webStack();
    const vpc = ok(s.world, 'ec2:CreateVpc', { CidrBlock: '10.9.0.0/16' });
    const far = ok(vpc.world, 'ec2:CreateSecurityGroup', { GroupName: 'far', Description: 'far', VpcId: vpc.response.Vpc.VpcId });
    expect(no(far.world, 'elasticloadbalancing:SetSecurityGroups', { LoadBalancerArn: s.lbArn, SecurityGroups: [far.response.GroupId] })).toMatchObject({
      code: 'InvalidSecurityGroup',
      rule: 'elb.security-group.invalid',
    });
    expect(no(s.world, 'elasticloadbalancing:SetSecurityGroups', { LoadBalancerArn: s.lbArn, SecurityGroups: ['sg-0123456789abcdef0'] }).code).toBe('InvalidSecurityGroup');
    expect(no(s.world, 'elasticloadbalancing:SetSecurityGroups', { LoadBalancerArn: s.lbArn, SecurityGroups: [] }).code).toBe('ValidationError');
    const nlb = ok(s.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'nlb', Type: 'network', Subnets: [s.subnets[0]] });
    const sgs = describe(s.world, 'ec2:DescribeSecurityGroups', {}).SecurityGroups[0].GroupId;
    expect(no(nlb.world, 'elasticloadbalancing:SetSecurityGroups', { LoadBalancerArn: nlb.response.LoadBalancers[0].LoadBalancerArn, SecurityGroups: [sgs] })).toMatchObject({
      code: 'InvalidConfigurationRequest',
      rule: 'elb.security-groups.nlb',
    });
  });

  it('CreateLoadBalancer takes SecurityGroups too, with the same check, and the VPC default group without them', () => {
    const s = webStack();
    const sg = ok(s.world, 'ec2:CreateSecurityGroup', { GroupName: 'alb', Description: 'alb', VpcId: s.vpcId });
    const lb = ok(sg.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'two', Subnets: [s.subnets[0], s.subnets[1]], SecurityGroups: [sg.response.GroupId] });
    expect(lb.response.LoadBalancers[0].SecurityGroups).toEqual([sg.response.GroupId]);
    const dflt = describe(s.world, 'ec2:DescribeSecurityGroups', { Filters: [{ Name: 'group-name', Values: ['default'] }] }).SecurityGroups[0].GroupId;
    expect(ok(s.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'three', Subnets: [s.subnets[0], s.subnets[1]] }).response.LoadBalancers[0].SecurityGroups).toEqual([dflt]);
    expect(no(s.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'four', Subnets: [s.subnets[0], s.subnets[1]], SecurityGroups: ['sg-0123456789abcdef0'] }).code).toBe('InvalidSecurityGroup');
  });
});
