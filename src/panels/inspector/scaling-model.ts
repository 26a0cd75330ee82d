/**
 * The inspector for load balancers, target groups and Auto Scaling groups (selected by their ARN on the canvas): the
 * Describe* answers as readable fields, and the actions its buttons dispatch. Like model.ts, it decides nothing
 * about validity: the engine accepts each action or explains the refusal.
 */
import type { Action, World } from '../../engine';
import type { Button, Field } from './model';

type ScalingKind = 'loadBalancer' | 'targetGroup' | 'autoScalingGroup' | 'launchTemplate';

export interface ScalingSelected {
  kind: ScalingKind;
  /** The ARN. */
  id: string;
  name: string;
  region: string;
}

export const SCALING_LABEL: Record<ScalingKind, string> = {
  loadBalancer: 'Load balancer',
  targetGroup: 'Target group',
  autoScalingGroup: 'Auto Scaling group',
  launchTemplate: 'Launch template',
};

export function resolveScaling(world: World, selection: string): ScalingSelected | undefined {
  // A listener (picked in the tree) shows the load balancer it belongs to.
  const lb = world.loadBalancers.get(world.listeners.get(selection)?.loadBalancerArn ?? selection);
  if (lb) return { kind: 'loadBalancer', id: lb.id, name: lb.name, region: lb.region };
  const tg = world.targetGroups.get(selection);
  if (tg) return { kind: 'targetGroup', id: tg.id, name: tg.name, region: tg.region };
  const group = world.autoScalingGroups.get(selection);
  if (group) return { kind: 'autoScalingGroup', id: group.id, name: group.name, region: group.region };
  const lt = world.launchTemplates.get(selection);
  if (lt) return { kind: 'launchTemplate', id: lt.id, name: lt.name, region: lt.region };
  return undefined;
}

const at = (sel: ScalingSelected, type: string, params: Record<string, unknown>): Action => ({ type, params, region: sel.region });

/** The reads that describe the selection, as the AWS APIs have them. */
export function scalingReads(sel: ScalingSelected): Action[] {
  switch (sel.kind) {
    case 'loadBalancer':
      return [
        at(sel, 'elasticloadbalancing:DescribeLoadBalancers', { LoadBalancerArns: [sel.id] }),
        at(sel, 'elasticloadbalancing:DescribeListeners', { LoadBalancerArn: sel.id }),
      ];
    case 'targetGroup':
      return [
        at(sel, 'elasticloadbalancing:DescribeTargetGroups', { TargetGroupArns: [sel.id] }),
        at(sel, 'elasticloadbalancing:DescribeTargetHealth', { TargetGroupArn: sel.id }),
      ];
    case 'autoScalingGroup':
      return [
        at(sel, 'autoscaling:DescribeAutoScalingGroups', { AutoScalingGroupNames: [sel.name] }),
        at(sel, 'autoscaling:DescribeScalingActivities', { AutoScalingGroupName: sel.name, MaxRecords: 5 }),
      ];
    case 'launchTemplate':
      return [
        at(sel, 'ec2:DescribeLaunchTemplates', { LaunchTemplateIds: [sel.id] }),
        at(sel, 'ec2:DescribeLaunchTemplateVersions', { LaunchTemplateId: sel.id, Versions: ['$Default'] }),
      ];
  }
}

const text = (v: unknown): string => (v === undefined || v === null || v === '' ? '—' : String(v));
function f(label: string, value: unknown, mono = false): Field {
  const v = Array.isArray(value) ? (value.length ? value.map(String) : '—') : text(value);
  return { label, value: v, ...(mono ? { mono } : {}) };
}

const tgName = (world: World, arn: string) => world.targetGroups.get(arn)?.name ?? arn;

/** Listener rules of a load balancer, read-only, in evaluation order per listener (none: no field). */
function ruleFields(world: World, lbArn: string): Field[] {
  const lines: string[] = [];
  for (const l of world.listeners.values()) {
    if (l.loadBalancerArn !== lbArn) continue;
    for (const r of [...(l.rules ?? [])].sort((a, b) => a.priority - b.priority)) {
      const when = r.conditions.map((c) => `${c.field === 'path-pattern' ? 'path' : 'host'} ${c.values.join(' or ')}`).join(' and ');
      lines.push(`${l.protocol}:${l.port} #${r.priority} ${when} → ${tgName(world, r.targetGroupArn)}`);
    }
  }
  return lines.length ? [f('Listener rules', lines)] : [];
}

export function scalingFields(sel: ScalingSelected, responses: any[], world: World): Field[] {
  const [r0, r1] = responses;
  switch (sel.kind) {
    case 'loadBalancer': {
      const lb = r0?.LoadBalancers?.[0];
      if (!lb) return [];
      return [
        f('State', lb.State?.Code),
        f('Type', lb.Type === 'application' ? 'Application (ALB)' : 'Network (NLB)'),
        f('Scheme', lb.Scheme),
        f('DNS name', lb.DNSName, true),
        f('Zones', (lb.AvailabilityZones ?? []).map((z: any) => `${z.ZoneName} (${z.SubnetId})`)),
        f('VPC', lb.VpcId, true),
        f(
          'Listeners',
          (r1?.Listeners ?? []).map((l: any) => `${l.Protocol}:${l.Port} → ${tgName(world, l.DefaultActions?.[0]?.TargetGroupArn ?? '')}`),
        ),
        ...ruleFields(world, lb.LoadBalancerArn),
        f('Security groups', lb.SecurityGroups ?? [], true),
      ];
    }
    case 'targetGroup': {
      const tg = r0?.TargetGroups?.[0];
      if (!tg) return [];
      return [
        f('Protocol and port', `${tg.Protocol}:${tg.Port}`),
        f('Target type', tg.TargetType),
        f('VPC', tg.VpcId, true),
        f('Load balancers', (tg.LoadBalancerArns ?? []).map((a: string) => world.loadBalancers.get(a)?.name ?? a)),
        f('Health check', `${tg.HealthCheckProtocol} ${tg.HealthCheckPath ?? ''} every ${tg.HealthCheckIntervalSeconds} s, healthy after ${tg.HealthyThresholdCount}, unhealthy after ${tg.UnhealthyThresholdCount}`),
        f(
          'Targets',
          (r1?.TargetHealthDescriptions ?? []).map((d: any) => {
            const h = d.TargetHealth ?? {};
            const why = [h.Reason, h.Description].filter(Boolean).join(': ');
            return `${d.Target?.Id} (${d.TargetHealth?.State})${why ? ` — ${why}` : ''}`;
          }),
          true,
        ),
      ];
    }
    case 'autoScalingGroup': {
      const g = r0?.AutoScalingGroups?.[0];
      if (!g) return [];
      return [
        f('Capacity', `min ${g.MinSize} · desired ${g.DesiredCapacity} · max ${g.MaxSize}`),
        f('Zones', g.AvailabilityZones ?? []),
        f('Launch template', `${g.LaunchTemplate?.LaunchTemplateName} (${g.LaunchTemplate?.Version})`),
        f('Health checks', `${g.HealthCheckType}, grace period ${g.HealthCheckGracePeriod} s`),
        f('Target groups', (g.TargetGroupARNs ?? []).map((a: string) => tgName(world, a))),
        f(
          'Instances',
          (g.Instances ?? []).map((m: any) => `${m.InstanceId} ${m.AvailabilityZone} ${m.LifecycleState} ${m.HealthStatus}`),
          true,
        ),
        f(
          'Recent activity',
          (r1?.Activities ?? []).map((a: any) => `${a.Description} — ${a.Cause}`),
        ),
      ];
    }
    case 'launchTemplate': {
      const lt = r0?.LaunchTemplates?.[0];
      if (!lt) return [];
      const data = r1?.LaunchTemplateVersions?.[0]?.LaunchTemplateData ?? {};
      return [
        f('Default version', lt.DefaultVersionNumber),
        f('Latest version', lt.LatestVersionNumber),
        f('AMI (default version)', data.ImageId, true),
        f('Instance type (default version)', data.InstanceType, true),
        f('Used by', world.autoScalingGroups.values().filter((g) => g.launchTemplate.id === sel.id).map((g) => g.name)),
      ];
    }
  }
}

/** Engine actions offered for the selection. */
export function scalingButtons(sel: ScalingSelected, world: World): Button[] {
  switch (sel.kind) {
    case 'loadBalancer': {
      // The failure drill from where the learner watches: each zone the load balancer is enabled in.
      const zones = [...new Set((world.loadBalancers.get(sel.id)?.subnets ?? []).map((s) => s.az))];
      const drills = zones.map((az) =>
        world.zoneFailures.get(az)
          ? { label: `Restore ${az}`, action: at(sel, 'sim:RestoreAvailabilityZone', { AvailabilityZone: az }) }
          : { label: `Fail ${az}`, action: at(sel, 'sim:FailAvailabilityZone', { AvailabilityZone: az }), danger: true },
      );
      return [
        { label: 'Send 1,000 requests', action: at(sel, 'sim:SendTraffic', { LoadBalancerArn: sel.id, Requests: 1000 }) },
        ...drills,
        { label: 'Delete', action: at(sel, 'elasticloadbalancing:DeleteLoadBalancer', { LoadBalancerArn: sel.id }), danger: true },
      ];
    }
    case 'targetGroup': {
      const tg = world.targetGroups.get(sel.id);
      const deregister = (tg?.targets ?? [])
        .filter((t) => t.state !== 'draining')
        .map((t) => ({
          label: `Deregister ${t.id}`,
          action: at(sel, 'elasticloadbalancing:DeregisterTargets', { TargetGroupArn: sel.id, Targets: [{ Id: t.id, Port: t.port }] }),
        }));
      return [...deregister, { label: 'Delete', action: at(sel, 'elasticloadbalancing:DeleteTargetGroup', { TargetGroupArn: sel.id }), danger: true }];
    }
    case 'autoScalingGroup': {
      const g = world.autoScalingGroups.get(sel.id);
      if (!g) return [];
      const desired = (n: number) => at(sel, 'autoscaling:SetDesiredCapacity', { AutoScalingGroupName: sel.name, DesiredCapacity: n });
      return [
        { label: 'Scale out (+1)', action: desired(g.desiredCapacity + 1) },
        { label: 'Scale in (−1)', action: desired(g.desiredCapacity - 1) },
        { label: 'Delete', action: at(sel, 'autoscaling:DeleteAutoScalingGroup', { AutoScalingGroupName: sel.name, ForceDelete: true }), danger: true },
      ];
    }
    case 'launchTemplate':
      return [{ label: 'Delete', action: at(sel, 'ec2:DeleteLaunchTemplate', { LaunchTemplateId: sel.id }), danger: true }];
  }
}

/** A traffic run's answer in one line: "1,000 requests: 1,000 × 200 · by target i-a 500, i-b 500 · 0 sessions lost". */
export function trafficSummary(response: {
  Requests?: number;
  Responses?: Record<string, number>;
  ByTarget?: Record<string, number>;
  ConnectionFailures?: number;
  SessionsLost?: number;
  Reason?: string;
}): string {
  const n = (v: number) => v.toLocaleString('en-US');
  const codes = Object.entries(response.Responses ?? {})
    .filter(([, count]) => count > 0)
    .map(([code, count]) => `${n(count)} × ${code}`);
  const targets = Object.entries(response.ByTarget ?? {}).map(([id, count]) => `${id} ${n(count)}`);
  return [
    `${n(response.Requests ?? 0)} requests: ${codes.length ? codes.join(', ') : 'none answered'}`,
    ...(response.ConnectionFailures ? [`${n(response.ConnectionFailures)} connection failures`] : []),
    targets.length ? `by target ${targets.join(', ')}` : 'no target served',
    `${n(response.SessionsLost ?? 0)} sessions lost`,
    ...(response.Reason ? [response.Reason] : []),
  ].join(' · ');
}
