import type { AutoScalingGroup, GroupInstance } from '../../model/scaling';
import { Refusal } from '../../refusal';
import type { Tx } from '../../tx';
import { deregisterTarget, registerTarget } from '../elbv2/target-groups';
import { launchGroupInstance, terminateGroupInstance } from '../hooks/scaling-instances';
import { launchRequest, templateVersion } from '../../launch-requests';
import { zoneFailed } from '../../zone-failures';
import { activeMembers, at, recordActivity, zonesOf } from './common';

/**
 * How a group reaches its desired capacity: launches go to the zone with the fewest instances (skipping zones that
 * are down, trying another when a launch fails); scale-in follows the default termination policy (S27, S30).
 */

function zoneCounts(tx: Tx, g: AutoScalingGroup): Map<string, number> {
  const counts = new Map<string, number>();
  for (const az of zonesOf(tx, g)) counts.set(az, 0);
  for (const m of activeMembers(g)) counts.set(m.az, (counts.get(m.az) ?? 0) + 1);
  return counts;
}

/** Zones in launch order: fewest instances first, the group's subnet order breaking ties. */
export function launchZones(tx: Tx, g: AutoScalingGroup): string[] {
  const counts = zoneCounts(tx, g);
  return zonesOf(tx, g)
    .filter((az) => !zoneFailed(tx, az))
    .sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0));
}

/** A launch EC2 refused: its reason ends with a period in the activity, even where EC2's own message has none (S27, A4). */
function failure(tx: Tx, g: AutoScalingGroup, reason: string, cause: string): void {
  const sentence = reason.endsWith('.') ? reason : `${reason}.`;
  recordActivity(tx, g.id, {
    description: `Launching a new EC2 instance.  Status Reason: ${sentence} Launching EC2 instance failed.`,
    cause,
    statusCode: 'Failed',
    statusMessage: `${sentence} Launching EC2 instance failed.`,
  });
}

/** Launch one instance into `az` for the group; undefined (and a Failed activity) when EC2 refuses. */
function launchInto(tx: Tx, g: AutoScalingGroup, az: string, cause: string): GroupInstance | undefined {
  const subnetId = g.subnetIds.find((id) => tx.get('subnets', id)?.az === az);
  const lt = tx.get('launchTemplates', g.launchTemplate.id);
  if (!lt) {
    // the commonest retry of all (a group whose template was deleted): said at once, without a Refusal thrown and caught
    failure(tx, g, `The specified launch template, with template ID ${g.launchTemplate.id}, does not exist.`, cause);
    return undefined;
  }
  try {
    const version = templateVersion(lt, g.launchTemplate.version);
    const request = launchRequest(lt, version, {
      SubnetId: subnetId,
      MinCount: 1,
      MaxCount: 1,
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'aws:autoscaling:groupName', Value: g.name }] }],
    });
    const instance = launchGroupInstance(tx, g, request);
    if (!instance) throw new Error('no instance launched');
    return {
      instanceId: instance.id,
      az: instance.az,
      lifecycleState: 'InService',
      healthStatus: 'Healthy',
      protectedFromScaleIn: g.newInstancesProtectedFromScaleIn,
      launchTemplateVersion: String(version.versionNumber),
      launchedAt: tx.now,
    };
  } catch (thrown) {
    if (!(thrown instanceof Refusal)) throw thrown;
    failure(tx, g, thrown.error.message, cause);
    return undefined;
  }
}

/** Launch one instance, trying the zones in balance order; returns whether it worked. */
export function launchOne(tx: Tx, arn: string, cause: string, onlyZone?: string): boolean {
  const g = tx.get('autoScalingGroups', arn);
  if (!g) return false;
  const zones = onlyZone ? [onlyZone] : launchZones(tx, g);
  if (zones.length === 0) {
    failure(tx, g, 'No Availability Zone of the group is available.', cause);
    return false;
  }
  for (const az of zones) {
    const member = launchInto(tx, g, az, cause);
    if (!member) continue;
    const now = tx.get('autoScalingGroups', arn) ?? g;
    tx.update('autoScalingGroups', arn, { instances: [...now.instances, member] });
    for (const tg of g.targetGroupArns) {
      try {
        registerTarget(tx, tg, member.instanceId);
      } catch (thrown) {
        if (!(thrown instanceof Refusal)) throw thrown;
      }
    }
    recordActivity(tx, arn, { description: `Launching a new EC2 instance: ${member.instanceId}`, cause, statusCode: 'Successful' });
    return true;
  }
  return false;
}

/** Seconds a running member's targets drain once deregistered: the longest deregistration delay among its target groups. */
function drainSeconds(tx: Tx, g: AutoScalingGroup, instanceId: string): number {
  if (tx.get('instances', instanceId)?.state !== 'running') return 0;
  let wait = 0;
  for (const arn of g.targetGroupArns) {
    const tg = tx.get('targetGroups', arn);
    if (!tg?.targets.some((t) => t.id === instanceId && t.state !== 'draining')) continue;
    wait = Math.max(wait, Number(tg.attributes['deregistration_delay.timeout_seconds'] ?? '300'));
  }
  return wait;
}

/**
 * Take a member out (S36): deregister it from the group's target groups, then terminate it and drop it — at once
 * when nothing drains (or with `immediately`, as ForceDelete does), otherwise it stays `Terminating` until its
 * targets have drained for the deregistration delay (draining.ts finishes it).
 */
export function removeMember(tx: Tx, arn: string, instanceId: string, cause: string, immediately = false): void {
  const g = tx.get('autoScalingGroups', arn);
  if (!g) return;
  const wait = immediately ? 0 : drainSeconds(tx, g, instanceId);
  for (const tg of g.targetGroupArns) deregisterTarget(tx, tg, instanceId);
  if (wait > 0) {
    const terminateAt = tx.now + wait;
    tx.update('autoScalingGroups', arn, { instances: g.instances.map((m) => (m.instanceId === instanceId ? { ...m, lifecycleState: 'Terminating' as const, terminateAt } : m)) });
    recordActivity(tx, arn, { description: `Terminating EC2 instance: ${instanceId}`, cause, statusCode: 'WaitingForELBConnectionDraining' });
    return;
  }
  terminateGroupInstance(tx, g, instanceId);
  const now = tx.get('autoScalingGroups', arn) ?? g;
  tx.update('autoScalingGroups', arn, { instances: now.instances.filter((m) => m.instanceId !== instanceId) });
  recordActivity(tx, arn, { description: `Terminating EC2 instance: ${instanceId}`, cause, statusCode: 'Successful' });
}

/**
 * The default termination policy: the zone with the most instances (that has an unprotected one), then the oldest
 * launch template version, then the instance closest to its next billing hour.
 */
export function pickVictim(tx: Tx, g: AutoScalingGroup, zone?: string): GroupInstance | undefined {
  const counts = zoneCounts(tx, g);
  const candidates = activeMembers(g).filter((m) => !m.protectedFromScaleIn && (!zone || m.az === zone));
  if (candidates.length === 0) return undefined;
  const most = Math.max(...candidates.map((m) => counts.get(m.az) ?? 0));
  const inZone = candidates.filter((m) => (counts.get(m.az) ?? 0) === most);
  const hour = (m: GroupInstance) => (tx.now - m.launchedAt) % 3600;
  return [...inZone].sort((a, b) => Number(a.launchTemplateVersion) - Number(b.launchTemplateVersion) || hour(b) - hour(a))[0];
}

/**
 * Launch or terminate until the group's active members match its desired capacity. Every activity of one change
 * names the whole change, from the count before it to the desired capacity (S27, S30), as AWS writes it.
 */
export function reachDesired(tx: Tx, arn: string, prefix: string): void {
  const start = tx.get('autoScalingGroups', arn);
  const before = start ? activeMembers(start).length : 0;
  for (let guard = 0; guard < 200; guard++) {
    const g = tx.get('autoScalingGroups', arn);
    if (!g) return;
    const count = activeMembers(g).length;
    const change = `from ${before} to ${g.desiredCapacity}.`;
    if (count < g.desiredCapacity) {
      const ok = launchOne(tx, arn, `${prefix}${at(tx)} an instance was started in response to a difference between desired and actual capacity, increasing the capacity ${change}`);
      if (!ok) return;
      continue;
    }
    if (count > g.desiredCapacity) {
      const victim = pickVictim(tx, g);
      if (!victim) {
        tx.event({ type: 'notice', message: `${g.name}: could not scale to desired capacity because all remaining instances are protected from scale-in.`, resourceId: arn });
        return;
      }
      removeMember(
        tx,
        arn,
        victim.instanceId,
        `${prefix}${at(tx)} an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity ${change}  ${at(tx)} instance ${victim.instanceId} was selected for termination.`,
      );
      continue;
    }
    return;
  }
}

/** Zones of the group that are up, with their member counts, when they differ by more than one. */
export function imbalance(tx: Tx, g: AutoScalingGroup): { from: string; to: string } | undefined {
  // the fewest (the first such zone) and the most (the last such zone) instances among the zones that are up:
  // what a stable sort by count puts first and last, without the copies (asked on every step of the clock)
  let low: [string, number] | undefined;
  let high: [string, number] | undefined;
  let up = 0;
  for (const [az, n] of zoneCounts(tx, g)) {
    if (zoneFailed(tx, az)) continue;
    up++;
    if (!low || n < low[1]) low = [az, n];
    if (!high || n >= high[1]) high = [az, n];
  }
  if (up < 2 || !low || !high) return undefined;
  return high[1] - low[1] > 1 ? { from: high[0], to: low[0] } : undefined;
}
