/**
 * Building blocks of the horizontal-scaling labs: a launch template, an ALB with a target group and a listener,
 * an Auto Scaling group, a traffic run; and the world-reading helpers their goals share.
 */
import { describe, type World } from '../../engine';
import type { LabAction, LabStart, Template } from '../types';
import { advance, findAmazonAmi, findDefaultSubnet } from './common';

export function createTemplate(type = 't3.micro', as = 'lt', name = 'web'): LabAction {
  return {
    type: 'ec2:CreateLaunchTemplate',
    params: { LaunchTemplateName: name, LaunchTemplateData: { ImageId: { ref: 'ami' }, InstanceType: type } },
    as: { [as]: 'LaunchTemplate.LaunchTemplateId' },
    note: `Save the launch parameters (Amazon Linux, ${type}) as launch template ${name}.`,
  };
}

export function createAlb(subnets: string[], name = 'web-alb'): LabAction[] {
  return [
    {
      type: 'elasticloadbalancing:CreateTargetGroup',
      params: { Name: 'web-tg', Protocol: 'HTTP', Port: 80, VpcId: { ref: 'vpc' } },
      as: { tg: 'TargetGroups.0.TargetGroupArn' },
      note: 'A target group for the web servers: HTTP on port 80, health checked on /.',
    },
    {
      type: 'elasticloadbalancing:CreateLoadBalancer',
      params: { Name: name, Subnets: subnets.map((ref) => ({ ref })) },
      as: { lb: 'LoadBalancers.0.LoadBalancerArn', albSg: 'LoadBalancers.0.SecurityGroups.0' },
      note: 'An internet-facing Application Load Balancer with a node in each AZ. Named no security group, it gets the VPC default group, which admits only its own members.',
    },
    {
      type: 'ec2:AuthorizeSecurityGroupIngress',
      params: { GroupId: { ref: 'albSg' }, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] },
      note: "Let clients in: allow port 80 from the internet (0.0.0.0/0) on the load balancer's security group, or every request times out (S5).",
    },
    {
      type: 'elasticloadbalancing:CreateListener',
      params: { LoadBalancerArn: { ref: 'lb' }, Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: { ref: 'tg' } }] },
      note: 'Listen on port 80 and forward to the target group.',
    },
  ];
}

export function findVpc(): LabAction {
  return { type: 'ec2:DescribeVpcs', params: {}, as: { vpc: 'Vpcs.0.VpcId' }, note: 'Find the default VPC.' };
}

export function createGroup(subnets: string[], options: { min?: number; desired?: number; max?: number; targetGroup?: boolean; name?: string } = {}): LabAction {
  return {
    type: 'autoscaling:CreateAutoScalingGroup',
    params: {
      AutoScalingGroupName: options.name ?? 'web',
      LaunchTemplate: { LaunchTemplateId: { ref: 'lt' }, Version: '$Latest' },
      MinSize: options.min ?? 2,
      MaxSize: options.max ?? 4,
      DesiredCapacity: options.desired ?? options.min ?? 2,
      VPCZoneIdentifier: subnets.map((ref) => ({ ref })),
      ...(options.targetGroup === false ? {} : { TargetGroupARNs: [{ ref: 'tg' }] }),
    },
    note: `An Auto Scaling group of ${options.desired ?? options.min ?? 2} across the AZs of ${subnets.join(' and ')}.`,
  };
}

/** A running web tier in the default VPC: template, ALB across us-east-1a and 1b, and a group of `group` behind it. */
export function webTierStart(group: { min: number; desired: number }): LabStart {
  return {
    defaultVpc: true,
    actions: [
      findAmazonAmi(),
      findVpc(),
      findDefaultSubnet('us-east-1a', 'subnetA'),
      findDefaultSubnet('us-east-1b', 'subnetB'),
      createTemplate(),
      ...createAlb(['subnetA', 'subnetB']),
      createGroup(['subnetA', 'subnetB'], group),
      advance(60),
    ],
  };
}

export function sendTraffic(extra: Record<string, Template> = {}, note?: string): LabAction {
  return {
    type: 'sim:SendTraffic',
    params: { LoadBalancerArn: { ref: 'lb' }, Requests: 1000, ...extra },
    note: note ?? 'Send 1,000 requests from the internet to the load balancer.',
  };
}

/** Targets of any target group that are healthy now. */
export function healthyTargets(world: World): string[] {
  const out: string[] = [];
  for (const tg of world.targetGroups.values()) {
    const d = describe(world, 'elasticloadbalancing:DescribeTargetHealth', { TargetGroupArn: tg.id }, tg.region);
    for (const t of d?.TargetHealthDescriptions ?? []) if (t.TargetHealth.State === 'healthy') out.push(t.Target.Id);
  }
  return out;
}

/** Zones of a group's instances. */
export function groupZones(world: World): Set<string> {
  // members scaled in or replaced stay listed as Terminating while their targets drain (S36): they no longer count
  return new Set([...world.autoScalingGroups.values()].flatMap((g) => g.instances.filter((m) => m.lifecycleState !== 'Terminating').map((m) => m.az)));
}

/** Zones of the targets that are healthy now. */
export function healthyZones(world: World): Set<string> {
  const zones = new Set<string>();
  for (const tg of world.targetGroups.values()) {
    const healthy = new Set(healthyTargets(world));
    for (const t of tg.targets) if (healthy.has(t.id)) zones.add(t.az);
  }
  return zones;
}
