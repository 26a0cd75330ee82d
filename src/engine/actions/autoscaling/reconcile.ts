import type { AutoScalingGroup, GroupInstance, ScalingPolicy } from '../../model/scaling';
import type { Tx } from '../../tx';
import { activeMembers, at, usesHealthCheck } from './common';
import { imbalance, launchOne, pickVictim, reachDesired, removeMember } from './capacity';
import { finishDrains, nextDrainEnd } from './draining';

/**
 * The Auto Scaling cycle (every 30 s from the group's creation, simulation choice): health checks, replacement of
 * unhealthy instances (terminate first, about 10 % of the group at a time), launches towards desired capacity,
 * zone rebalancing (launch first), and every minute the target-tracking policies. A group with nothing to do
 * asks for no cycle, so advancing the clock over a quiet group costs nothing.
 */

export const CYCLE_SECONDS = 30;
const POLICY_SECONDS = 60;
/** Minutes above / below the target before the managed alarm fires (reference S37, simulation choice). */
export const HIGH_MINUTES = 3;
export const LOW_MINUTES = 15;

/** Why the group would replace a member now, in AWS's activity words; undefined when it is healthy. */
export function healthVerdict(tx: Tx, g: AutoScalingGroup, m: GroupInstance): string | undefined {
  const instance = tx.get('instances', m.instanceId);
  if (!instance || (instance.state !== 'running' && instance.state !== 'pending')) {
    return 'an EC2 health check that indicated it had been terminated or stopped';
  }
  if (m.healthStatus === 'Unhealthy') return 'a user health-check';
  if (tx.now - m.launchedAt < g.healthCheckGracePeriod) return undefined;
  if (instance.status.system === 'impaired' || instance.status.instance === 'impaired') return 'an EC2 instance status check failure';
  if (usesHealthCheck(g, 'ELB')) {
    for (const arn of g.targetGroupArns) {
      const tg = tx.get('targetGroups', arn);
      if (tg?.targets.some((t) => t.id === m.instanceId && t.state === 'unhealthy')) return 'an ELB system health check failure';
    }
  }
  return undefined;
}

function policiesOf(tx: Tx, g: AutoScalingGroup): ScalingPolicy[] {
  return tx.all('scalingPolicies').filter((p) => p.groupName === g.name && p.region === g.region && p.ownerId === g.ownerId);
}

export function averageCpu(g: AutoScalingGroup): number {
  const n = activeMembers(g).length;
  if (n === 0) return g.cpuLoad > 0 ? 100 : 0;
  return Math.min(100, g.cpuLoad / n);
}

/** The capacity a target-tracking policy aims for, within the group's limits. */
export function trackedCapacity(g: AutoScalingGroup, policy: ScalingPolicy): number {
  const load = policy.metric === 'ASGAverageCPUUtilization' ? g.cpuLoad : (g.metricLoads?.[policy.metric] ?? 0);
  const wanted = load <= 0 ? g.minSize : Math.ceil(load / policy.targetValue - 1e-9);
  return Math.max(g.minSize, Math.min(g.maxSize, wanted));
}

function policyWantsChange(g: AutoScalingGroup, policy: ScalingPolicy): boolean {
  const wanted = trackedCapacity(g, policy);
  if (wanted > g.desiredCapacity) return true;
  return wanted < g.desiredCapacity && !policy.disableScaleIn;
}

/** Whether the group has anything to do on its next cycle. */
export function groupBusy(tx: Tx, g: AutoScalingGroup): boolean {
  const members = activeMembers(g);
  if (members.length !== g.desiredCapacity) return true;
  if (members.some((m) => healthVerdict(tx, g, m) !== undefined)) return true;
  if (imbalance(tx, g)) return true;
  return policiesOf(tx, g).some((p) => policyWantsChange(g, p) || p.highMinutes > 0 || p.lowMinutes > 0);
}

function nextTick(start: number, period: number, now: number): number {
  return start + (Math.floor((now - start) / period) + 1) * period;
}

/** The next cycle of a busy group (the soonest among them): a group whose tick is no sooner than one found is not asked if it is busy. */
export function nextAutoScalingEvent(tx: Tx): number | undefined {
  const now = tx.now;
  let next = nextDrainEnd(tx);
  for (const g of tx.all('autoScalingGroups')) {
    const t = nextTick(g.createdAt, CYCLE_SECONDS, now);
    if ((next === undefined || t < next) && groupBusy(tx, g)) next = t;
  }
  return next;
}

function replaceUnhealthy(tx: Tx, g: AutoScalingGroup): void {
  const batch = Math.max(1, Math.floor(g.desiredCapacity * 0.1));
  let replaced = 0;
  for (const m of activeMembers(g)) {
    if (replaced >= batch) break;
    const verdict = healthVerdict(tx, g, m);
    if (!verdict) continue;
    replaced++;
    removeMember(tx, g.id, m.instanceId, `${at(tx)} an instance was taken out of service in response to ${verdict}.`);
  }
}

function rebalance(tx: Tx, arn: string): void {
  const g = tx.get('autoScalingGroups', arn);
  const gap = g ? imbalance(tx, g) : undefined;
  if (!g || !gap) return;
  const launched = launchOne(tx, arn, `An instance was launched to aid in balancing the group's zones.  ${at(tx)} ${gap.to} had fewer instances than ${gap.from}.`, gap.to);
  if (!launched) return;
  const after = tx.get('autoScalingGroups', arn);
  const victim = after ? pickVictim(tx, after, gap.from) : undefined;
  if (victim) removeMember(tx, arn, victim.instanceId, `${at(tx)} an instance was taken out of service to aid in balancing the group's zones.`);
}

function evaluatePolicy(tx: Tx, arn: string, policy: ScalingPolicy): void {
  const g = tx.get('autoScalingGroups', arn);
  if (!g) return;
  const wanted = trackedCapacity(g, policy);
  const up = wanted > g.desiredCapacity;
  const down = wanted < g.desiredCapacity && !policy.disableScaleIn;
  const high = up ? policy.highMinutes + 1 : 0;
  const low = down ? policy.lowMinutes + 1 : 0;
  const fire = (up && high >= HIGH_MINUTES) || (down && low >= LOW_MINUTES);
  tx.update('scalingPolicies', policy.id, { highMinutes: fire ? 0 : high, lowMinutes: fire ? 0 : low });
  if (!fire) return;
  const alarm = up ? policy.alarmHigh : policy.alarmLow;
  const from = g.desiredCapacity;
  tx.update('autoScalingGroups', arn, { desiredCapacity: wanted });
  tx.event({
    type: 'scaling-policy',
    message: `${g.name}: ${policy.metric === 'ASGAverageCPUUtilization' ? `average CPU ${averageCpu(g).toFixed(0)} %` : policy.metric} vs target ${policy.targetValue}: alarm ${alarm} fired, desired capacity ${from} → ${wanted}.`,
    resourceId: arn,
    from: String(from),
    to: String(wanted),
  });
  reachDesired(tx, arn, `${at(tx)} a monitor alarm ${alarm} in state ALARM triggered policy ${policy.name} changing the desired capacity from ${from} to ${wanted}.  `);
}

function cycle(tx: Tx, g: AutoScalingGroup): void {
  tx.update('autoScalingGroups', g.id, { lastCycle: tx.now });
  if ((tx.now - g.createdAt) % POLICY_SECONDS === 0) {
    for (const policy of policiesOf(tx, g)) evaluatePolicy(tx, g.id, policy);
  }
  replaceUnhealthy(tx, tx.get('autoScalingGroups', g.id) ?? g);
  reachDesired(tx, g.id, '');
  rebalance(tx, g.id);
}

/** Run the cycles due now. */
export function runAutoScaling(tx: Tx): void {
  finishDrains(tx);
  for (const g of tx.all('autoScalingGroups')) {
    if (tx.now <= g.createdAt || (tx.now - g.createdAt) % CYCLE_SECONDS !== 0 || g.lastCycle === tx.now) continue;
    if (!groupBusy(tx, g)) continue;
    cycle(tx, g);
  }
}
