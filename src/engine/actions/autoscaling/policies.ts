import type { ScalingPolicy } from '../../model/scaling';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { defineActions } from '../../action-def';
import { queryService } from '../elbv2/common';
import { activeMembers, mustFindGroup } from './common';
import { averageCpu, trackedCapacity } from './reconcile';

/**
 * Target-tracking scaling on a simulated average CPU (S37). The load is set with sim:SetCpuLoad and the policy's two
 * managed alarms are evaluated every minute as the clock advances: 3 minutes above the target scale out, 15 minutes
 * below scale in (simulation choices).
 */

function uuid(tx: Tx): string {
  const h = tx.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Predefined target-tracking metrics (S37). */
const METRICS = ['ASGAverageCPUUtilization', 'ASGAverageNetworkIn', 'ASGAverageNetworkOut', 'ALBRequestCountPerTarget'];

/** ALBRequestCountPerTarget needs the label of an existing load balancer and target group (S37); the others take none. */
function readResourceLabel(tx: Tx, metric: string, label: string | undefined): string | undefined {
  if (metric !== 'ALBRequestCountPerTarget') return undefined;
  if (label === undefined) {
    refuse('asg.policy.invalid', 'ResourceLabel is required for the predefined metric ALBRequestCountPerTarget: app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>.', {
      scope: { kind: 'parameter', to: 'ResourceLabel' },
    });
  }
  const m = /^app\/([^/]+)\/([0-9a-f]+)\/targetgroup\/([^/]+)\/([0-9a-f]+)$/.exec(label);
  const lb = m && tx.visible('loadBalancers').find((x) => x.id.endsWith(`:loadbalancer/app/${m[1]}/${m[2]}`));
  const tg = m && tx.visible('targetGroups').find((x) => x.id.endsWith(`:targetgroup/${m[3]}/${m[4]}`));
  if (!lb || !tg) {
    refuse('asg.policy.invalid', `The ResourceLabel '${label.slice(0, 200)}' does not name a load balancer and target group of this Region.`, { scope: { kind: 'parameter', to: 'ResourceLabel' } });
  }
  return label;
}

function putScalingPolicy(tx: Tx, p: Params) {
  const g = mustFindGroup(tx, p.str('AutoScalingGroupName'));
  const name = p.str('PolicyName');
  const type = p.optStr('PolicyType') ?? 'SimpleScaling';
  if (type !== 'TargetTrackingScaling') {
    refuse('asg.policy.invalid', `The lab simulates TargetTrackingScaling policies only; got '${type.slice(0, 40)}'.`, { scope: { kind: 'parameter', to: 'PolicyType' } });
  }
  const config = p.obj('TargetTrackingConfiguration');
  const spec = config.optObj('PredefinedMetricSpecification');
  const metric = spec?.optStr('PredefinedMetricType');
  if (metric === undefined || !METRICS.includes(metric)) {
    refuse('asg.policy.invalid', `The lab simulates the predefined metrics ${METRICS.join(', ')}; got '${String(metric).slice(0, 40)}'.`, {
      scope: { kind: 'parameter', to: 'PredefinedMetricType' },
    });
  }
  const resourceLabel = readResourceLabel(tx, metric, spec?.optStr('ResourceLabel'));
  const target = config.optNumber('TargetValue');
  const cpu = metric === 'ASGAverageCPUUtilization';
  if (target === undefined || target <= 0 || (cpu && target > 100)) {
    refuse('asg.policy.invalid', cpu ? 'TargetValue must be a CPU percentage above 0 and at most 100.' : 'TargetValue must be above 0.', { scope: { kind: 'parameter', to: 'TargetValue' } });
  }
  const existing = tx.all('scalingPolicies').find((x) => x.groupName === g.name && x.name === name && x.region === g.region);
  const id = existing?.id ?? `arn:aws:autoscaling:${tx.region}:${tx.account}:scalingPolicy:${uuid(tx)}:autoScalingGroupName/${g.name}:policyName/${name}`;
  const policy: ScalingPolicy = {
    ownerId: tx.account,
    region: tx.region,
    tags: [],
    id,
    name,
    groupName: g.name,
    metric,
    targetValue: target,
    ...(resourceLabel ? { resourceLabel } : {}),
    disableScaleIn: config.optBool('DisableScaleIn') ?? false,
    alarmHigh: existing?.alarmHigh ?? `TargetTracking-${g.name}-AlarmHigh-${uuid(tx)}`,
    alarmLow: existing?.alarmLow ?? `TargetTracking-${g.name}-AlarmLow-${uuid(tx)}`,
    highMinutes: 0,
    lowMinutes: 0,
  };
  tx.put('scalingPolicies', id, policy);
  tx.event({ type: 'created', message: `Policy ${name} keeps the average CPU of ${g.name} near ${target} %.`, resourceId: id });
  const alarmArn = (n: string) => `arn:aws:cloudwatch:${tx.region}:${tx.account}:alarm:${n}`;
  return {
    PolicyARN: id,
    Alarms: [
      { AlarmName: policy.alarmHigh, AlarmARN: alarmArn(policy.alarmHigh) },
      { AlarmName: policy.alarmLow, AlarmARN: alarmArn(policy.alarmLow) },
    ],
  };
}

function describePolicies(tx: Tx, p: Params) {
  const name = p.optStr('AutoScalingGroupName');
  const list = tx.visible('scalingPolicies').filter((x) => !name || x.groupName === name);
  return {
    ScalingPolicies: list.map((x) => ({
      AutoScalingGroupName: x.groupName,
      PolicyName: x.name,
      PolicyARN: x.id,
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingConfiguration: {
        PredefinedMetricSpecification: { PredefinedMetricType: x.metric, ...(x.resourceLabel ? { ResourceLabel: x.resourceLabel } : {}) },
        TargetValue: x.targetValue,
        DisableScaleIn: x.disableScaleIn,
      },
      Alarms: [{ AlarmName: x.alarmHigh }, { AlarmName: x.alarmLow }],
      Enabled: true,
    })),
  };
}

function deletePolicy(tx: Tx, p: Params) {
  const g = mustFindGroup(tx, p.str('AutoScalingGroupName'));
  const ref = p.str('PolicyName');
  const policy = tx.visible('scalingPolicies').find((x) => x.groupName === g.name && (x.name === ref || x.id === ref));
  if (!policy) refuse('asg.policy.invalid', `Policy ${ref.slice(0, 255)} does not exist for group ${g.name}.`);
  tx.remove('scalingPolicies', policy.id);
  return {};
}

/** sim:SetCpuLoad: the load the group's app puts on its instances, given as the average CPU at today's size. */
function setCpuLoad(tx: Tx, p: Params) {
  const g = mustFindGroup(tx, p.str('AutoScalingGroupName'));
  const average = p.optNumber('AverageCPUUtilization');
  if (average === undefined || average < 0 || average > 100) {
    refuse('request.invalid-parameter', 'AverageCPUUtilization must be between 0 and 100.', { scope: { kind: 'parameter', to: 'AverageCPUUtilization' } });
  }
  const n = Math.max(1, activeMembers(g).length);
  const next = tx.update('autoScalingGroups', g.id, { cpuLoad: average * n });
  const policy = tx.visible('scalingPolicies').find((x) => x.groupName === g.name);
  tx.event({
    type: 'cpu-load',
    message: `${g.name} now averages ${averageCpu(next).toFixed(0)} % CPU over ${activeMembers(next).length} instance(s).`,
    resourceId: g.id,
  });
  return { AverageCPUUtilization: averageCpu(next), Load: next.cpuLoad, ...(policy ? { TrackedCapacity: trackedCapacity(next, policy) } : {}) };
}

/** sim:SetMetricLoad: the load on another predefined metric, as its per-instance average at today's size (S37). */
function setMetricLoad(tx: Tx, p: Params) {
  const g = mustFindGroup(tx, p.str('AutoScalingGroupName'));
  const metric = p.enum('PredefinedMetricType', ['ASGAverageNetworkIn', 'ASGAverageNetworkOut', 'ALBRequestCountPerTarget'] as const);
  const value = p.optNumber('Value');
  if (value === undefined || value < 0) refuse('request.invalid-parameter', 'Value must be 0 or more.', { scope: { kind: 'parameter', to: 'Value' } });
  const n = Math.max(1, activeMembers(g).length);
  tx.update('autoScalingGroups', g.id, { metricLoads: { ...g.metricLoads, [metric]: value * n } });
  tx.event({ type: 'cpu-load', message: `${g.name} now averages ${value} (${metric}) over ${n} instance(s).`, resourceId: g.id });
  return { [metric]: value, Load: value * n };
}

export const POLICY_ACTIONS = defineActions([
  { type: 'autoscaling:PutScalingPolicy', summary: 'Target tracking: keep the group’s average CPU near a value.', run: queryService(putScalingPolicy) },
  { type: 'autoscaling:DescribePolicies', summary: 'List scaling policies.', run: queryService(describePolicies), read: true },
  { type: 'autoscaling:DeletePolicy', summary: 'Delete a scaling policy.', run: queryService(deletePolicy) },
  {
    type: 'sim:SetCpuLoad',
    summary: 'Set the CPU load on a group (as its average CPU at today’s size); target tracking reacts as time advances.',
    run: setCpuLoad,
  },
  {
    type: 'sim:SetMetricLoad',
    summary: 'Set network or request load on a group (as the per-instance average at today’s size); target tracking reacts.',
    run: setMetricLoad,
  },
]);
