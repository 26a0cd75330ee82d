import type { ScalingActivity } from '../../model/scaling';
import type { Tx } from '../../tx';
import { terminateGroupInstance } from '../hooks/scaling-instances';

/**
 * The end of a scale-in that waited for connection draining (S36): once a Terminating member's deregistration delay
 * has passed, the instance is terminated, the member leaves the group and its activity becomes Successful.
 */

/** The soonest moment a draining member is due to be terminated. */
export function nextDrainEnd(tx: Tx): number | undefined {
  let next: number | undefined;
  for (const g of tx.all('autoScalingGroups')) {
    for (const m of g.instances) {
      if (m.terminateAt !== undefined && m.terminateAt > tx.now && (next === undefined || m.terminateAt < next)) next = m.terminateAt;
    }
  }
  return next;
}

function finished(a: ScalingActivity, instanceId: string, now: number): ScalingActivity {
  if (a.statusCode !== 'WaitingForELBConnectionDraining' || a.description !== `Terminating EC2 instance: ${instanceId}`) return a;
  return { ...a, statusCode: 'Successful', endTime: now };
}

/** Terminate the members whose drain is over. */
export function finishDrains(tx: Tx): void {
  for (const group of tx.all('autoScalingGroups')) {
    const due = group.instances.filter((m) => m.terminateAt !== undefined && m.terminateAt <= tx.now);
    for (const m of due) {
      const g = tx.get('autoScalingGroups', group.id);
      if (!g) break;
      terminateGroupInstance(tx, g, m.instanceId);
      const now = tx.get('autoScalingGroups', g.id) ?? g;
      tx.update('autoScalingGroups', g.id, {
        instances: now.instances.filter((x) => x.instanceId !== m.instanceId),
        activities: now.activities.map((a) => finished(a, m.instanceId, tx.now)),
      });
      tx.event({ type: 'scaling-activity', message: `${g.name}: ${m.instanceId} finished draining and was terminated.`, resourceId: g.id, data: { status: 'Successful' } });
    }
  }
}
