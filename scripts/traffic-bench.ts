/**
 * A traffic run of 10,000 requests (sim:SendTraffic) to an internet-facing ALB with an Auto Scaling group of four
 * healthy targets across two AZs, sessions in memory: median wall time of 20 warm runs. Built only through actions.
 */
import { performance } from 'node:perf_hooks';
import { apply, createWorld, describe, type World } from '../src/engine/index';

function run(world: World, type: string, params: Record<string, unknown>): { world: World; response: any } {
  const r = apply(world, { type, params });
  if (!r.ok) throw new Error(`${type}: ${r.error.code} ${r.error.message}`);
  return { world: r.world, response: r.response };
}

export function trafficWorld(): { world: World; lbArn: string } {
  let world = createWorld({ defaultVpc: true });
  const subnets = describe(world, 'ec2:DescribeSubnets', {}).Subnets as { SubnetId: string; AvailabilityZone: string; VpcId: string }[];
  const inAz = (az: string) => subnets.find((s) => s.AvailabilityZone === az)!.SubnetId;
  const image = describe(world, 'ec2:DescribeImages', { Owners: ['amazon'], Filters: [{ Name: 'root-device-type', Values: ['ebs'] }] }).Images[0].ImageId;
  let r = run(world, 'ec2:CreateLaunchTemplate', { LaunchTemplateName: 'web', LaunchTemplateData: { ImageId: image, InstanceType: 't3.micro' } });
  const lt = r.response.LaunchTemplate.LaunchTemplateId;
  r = run(r.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'web-tg', Protocol: 'HTTP', Port: 80, VpcId: subnets[0]!.VpcId });
  const tg = r.response.TargetGroups[0].TargetGroupArn;
  r = run(r.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'web-alb', Subnets: [inAz('us-east-1a'), inAz('us-east-1b')] });
  const lbArn = r.response.LoadBalancers[0].LoadBalancerArn;
  world = run(r.world, 'elasticloadbalancing:CreateListener', {
    LoadBalancerArn: lbArn,
    Protocol: 'HTTP',
    Port: 80,
    DefaultActions: [{ Type: 'forward', TargetGroupArn: tg }],
  }).world;
  world = run(world, 'autoscaling:CreateAutoScalingGroup', {
    AutoScalingGroupName: 'web',
    LaunchTemplate: { LaunchTemplateId: lt, Version: '$Latest' },
    MinSize: 4,
    MaxSize: 8,
    DesiredCapacity: 4,
    VPCZoneIdentifier: `${inAz('us-east-1a')},${inAz('us-east-1b')}`,
    TargetGroupARNs: [tg],
  }).world;
  world = run(world, 'sim:AdvanceTime', { Seconds: 180 }).world;
  return { world, lbArn };
}

export function benchTraffic() {
  const { world, lbArn } = trafficWorld();
  const samples: number[] = [];
  let answered = 0;
  let targets = 0;
  for (let round = 0; round < 25; round++) {
    const t0 = performance.now();
    const r = run(world, 'sim:SendTraffic', { LoadBalancerArn: lbArn, Requests: 10_000 });
    const ms = performance.now() - t0;
    if (round === 0) {
      answered = r.response.Responses['200'];
      targets = Object.keys(r.response.ByTarget).length;
    }
    if (round >= 5) samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  const mid = Math.floor(samples.length / 2);
  const median = samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
  return { requests: 10_000, answered, targets, medianMillis: Math.round(median * 1000) / 1000 };
}
