import { createWorld, describe, type World } from '../index';
import { ok } from '../engine-test-helpers';
import { ami } from './compute-test-helpers';

/** Shared set-up for the load balancing and Auto Scaling tests, built only through actions. */
export interface ScalingLab {
  world: World;
  vpcId: string;
  /** Default subnets of us-east-1a, -1b, -1c. */
  subnets: [string, string, string];
  imageId: string;
}

export function scalingLab(): ScalingLab {
  const world = createWorld({ defaultVpc: true });
  const subnets = describe(world, 'ec2:DescribeSubnets', {}).Subnets as { SubnetId: string; AvailabilityZone: string; VpcId: string }[];
  const byAz = (az: string) => subnets.find((s) => s.AvailabilityZone === az)?.SubnetId as string;
  return {
    world,
    vpcId: subnets[0]?.VpcId as string,
    subnets: [byAz('us-east-1a'), byAz('us-east-1b'), byAz('us-east-1c')],
    imageId: ami(world),
  };
}

export interface WebStack extends ScalingLab {
  lbArn: string;
  tgArn: string;
  ltId: string;
}

/** An internet-facing ALB in us-east-1a and -1b, a target group on HTTP:80 and a listener, plus a launch template. */
export function webStack(lab = scalingLab()): WebStack {
  let world = lab.world;
  const lt = ok(world, 'ec2:CreateLaunchTemplate', { LaunchTemplateName: 'web', LaunchTemplateData: { ImageId: lab.imageId, InstanceType: 't3.micro' } });
  world = lt.world;
  const tg = ok(world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'web-tg', Protocol: 'HTTP', Port: 80, VpcId: lab.vpcId });
  world = tg.world;
  const lb = ok(world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'web-alb', Subnets: [lab.subnets[0], lab.subnets[1]] });
  world = lb.world;
  const lbArn = lb.response.LoadBalancers[0].LoadBalancerArn as string;
  // the ALB got the VPC default group, which admits only itself: open the listener port to clients (S5)
  const albSg = lb.response.LoadBalancers[0].SecurityGroups[0] as string;
  world = ok(world, 'ec2:AuthorizeSecurityGroupIngress', { GroupId: albSg, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }).world;
  const tgArn = tg.response.TargetGroups[0].TargetGroupArn as string;
  world = ok(world, 'elasticloadbalancing:CreateListener', {
    LoadBalancerArn: lbArn,
    Protocol: 'HTTP',
    Port: 80,
    DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }],
  }).world;
  return { ...lab, world, lbArn, tgArn, ltId: lt.response.LaunchTemplate.LaunchTemplateId };
}

export function advance(world: World, seconds: number): World {
  return ok(world, 'sim:AdvanceTime', { Seconds: seconds }).world;
}

export function health(world: World, tgArn: string): { id: string; state: string; reason?: string }[] {
  return describe(world, 'elasticloadbalancing:DescribeTargetHealth', { TargetGroupArn: tgArn }).TargetHealthDescriptions.map(
    (d: { Target: { Id: string }; TargetHealth: { State: string; Reason?: string } }) => ({ id: d.Target.Id, state: d.TargetHealth.State, reason: d.TargetHealth.Reason }),
  );
}

export function group(world: World, name: string) {
  return describe(world, 'autoscaling:DescribeAutoScalingGroups', { AutoScalingGroupNames: [name] }).AutoScalingGroups[0];
}

/** Auto Scaling group "web" from the stack's template over its first two subnets (1–4 instances unless `extra` says). */
export function createWebGroup(s: WebStack, extra: Record<string, unknown> = {}): World {
  return ok(s.world, 'autoscaling:CreateAutoScalingGroup', {
    AutoScalingGroupName: 'web',
    LaunchTemplate: { LaunchTemplateId: s.ltId },
    MinSize: 1,
    MaxSize: 4,
    VPCZoneIdentifier: `${s.subnets[0]},${s.subnets[1]}`,
    ...extra,
  }).world;
}
