import type { World } from './model/world';
import type { Action } from './types';

/** Random steps for load balancing, launch templates, Auto Scaling and zone failures (see random-actions.ts). */
export const SCALING_KINDS = [
  'CreateLaunchTemplate', 'DeleteLaunchTemplate', 'CreateTargetGroup', 'RegisterTargets', 'CreateLoadBalancer',
  'CreateAutoScalingGroup', 'SetDesiredCapacity', 'FailAvailabilityZone', 'RestoreAvailabilityZone', 'SendTraffic',
] as const;

interface Ctx {
  world: World;
  region: string;
  zones: string[];
  a: number;
  b: number;
  c: number;
  flag: boolean;
  ami?: string;
  subnet: () => string;
  instance: () => string;
}

function nth<T>(items: T[], i: number): T | undefined {
  return items.length ? items[i % items.length] : undefined;
}

export function scalingStepToAction(kind: string, x: Ctx): Action {
  const inRegion = <T extends { region: string }>(items: Iterable<T>) => [...items].filter((r) => r.region === x.region);
  const lt = nth(inRegion(x.world.launchTemplates.values()), x.b);
  const tg = nth(inRegion(x.world.targetGroups.values()), x.b);
  const asg = nth(inRegion(x.world.autoScalingGroups.values()), x.b);
  const lb = nth(inRegion(x.world.loadBalancers.values()), x.b);
  const subnets = inRegion(x.world.subnets.values());
  const vpcOf = x.world.subnets.get(x.subnet())?.vpcId ?? 'vpc-0ffffffffffffffff';
  const act = (type: string, params: Record<string, unknown>): Action => ({ type, params, region: x.region });
  switch (kind) {
    case 'CreateLaunchTemplate':
      return act('ec2:CreateLaunchTemplate', { LaunchTemplateName: `lt-${x.c}`, LaunchTemplateData: { ImageId: x.ami, InstanceType: 't3.micro' } });
    case 'DeleteLaunchTemplate':
      return act('ec2:DeleteLaunchTemplate', { LaunchTemplateId: lt?.id ?? 'lt-0ffffffffffffffff' });
    case 'CreateTargetGroup':
      return act('elasticloadbalancing:CreateTargetGroup', { Name: `tg-${x.c}`, Protocol: 'HTTP', Port: x.flag ? 80 : 8080, VpcId: vpcOf });
    case 'RegisterTargets':
      return act('elasticloadbalancing:RegisterTargets', { TargetGroupArn: tg?.id ?? 'arn:none', Targets: [{ Id: x.instance() }] });
    case 'CreateLoadBalancer': {
      const two = subnets.filter((s) => s.vpcId === vpcOf).slice(x.a % 2, (x.a % 2) + 2);
      return act('elasticloadbalancing:CreateLoadBalancer', { Name: `lb-${x.c}`, Subnets: two.map((s) => s.id) });
    }
    case 'CreateAutoScalingGroup': {
      const ids = subnets.filter((s) => s.vpcId === vpcOf).slice(0, 1 + (x.a % 3)).map((s) => s.id);
      return act('autoscaling:CreateAutoScalingGroup', {
        AutoScalingGroupName: `asg-${x.c}`,
        LaunchTemplate: { LaunchTemplateId: lt?.id ?? 'lt-0ffffffffffffffff', Version: x.flag ? '$Latest' : '1' },
        MinSize: x.a % 3,
        MaxSize: 1 + (x.b % 4),
        VPCZoneIdentifier: ids.join(','),
        ...(tg && x.flag ? { TargetGroupARNs: [tg.id], HealthCheckType: 'ELB' } : {}),
      });
    }
    case 'SetDesiredCapacity':
      return act('autoscaling:SetDesiredCapacity', { AutoScalingGroupName: asg?.name ?? 'none', DesiredCapacity: x.c % 5 });
    case 'FailAvailabilityZone':
      return act('sim:FailAvailabilityZone', { AvailabilityZone: x.zones[x.c % x.zones.length] });
    case 'RestoreAvailabilityZone':
      return act('sim:RestoreAvailabilityZone', { AvailabilityZone: x.zones[x.c % x.zones.length] });
    default:
      return act('sim:SendTraffic', { LoadBalancerArn: lb?.id ?? 'arn:none', Requests: 1 + x.c * 100 });
  }
}
