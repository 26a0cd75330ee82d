import { accrueCharges, currentCharges } from '../billing/accrue';
import type { Params } from '../params';
import type { Tx } from '../tx';
import { advanceAlarms, evaluateAlarms, nextAlarmTime } from './alarms';
import { isoAt } from '../time';
import { defineActions } from './registry';
import { nextReservationChange, settleReservations } from './reserved-instances';
import { fulfilSpotRequests, nextSpotNotice, processSpotNotices } from './spot';
import { recoverInstance, simplifiedRecoveryCandidates } from './status-checks';
import { nextScalingEvent, settleScaling } from './scaling-time';

/**
 * sim:AdvanceTime: the only way the logical clock moves. Time is cut into stretches between events (a Spot notice
 * expiring, an alarm reaching its evaluation time, a reservation starting or ending, simplified recovery); within a
 * stretch nothing changes, so billing accrues per second at the stretch's rates; at each event the world reacts and
 * the next stretch is priced again.
 */

/** Longest single advance: three years (the longest Reserved Instance term). */
export const MAX_ADVANCE = 94_608_000;
/** Safety net against a reaction loop: events processed in one advance. */
const MAX_STEPS = 10_000;

/** React to everything due at the current time. */
function settle(tx: Tx): void {
  settleReservations(tx);
  processSpotNotices(tx);
  for (const id of simplifiedRecoveryCandidates(tx).due) {
    const instance = tx.get('instances', id);
    if (!instance) continue;
    recoverInstance(tx.actingAs(instance.region, instance.ownerId), id, 'Simplified automatic recovery');
  }
  evaluateAlarms(tx);
  fulfilSpotRequests(tx);
  settleScaling(tx);
}

function nextEvent(tx: Tx, end: number): number {
  let next = end;
  for (const t of [nextSpotNotice(tx), nextAlarmTime(tx), nextReservationChange(tx), simplifiedRecoveryCandidates(tx).next, nextScalingEvent(tx)]) {
    if (t !== undefined && t > tx.now && t < next) next = t;
  }
  return next;
}

/** Move the clock `seconds` forward, billing and reacting on the way. */
export function advanceClock(tx: Tx, seconds: number): { steps: number; charged: number } {
  const end = tx.now + seconds;
  const before = tx.billing.total;
  let steps = 0;
  settle(tx);
  while (tx.now < end && steps < MAX_STEPS) {
    const next = nextEvent(tx, end);
    const dt = next - tx.now;
    tx.billing = accrueCharges(tx.billing, currentCharges(tx.finish(), tx.now), dt);
    advanceAlarms(tx, dt);
    tx.now = next;
    settle(tx);
    steps++;
  }
  if (tx.now < end) tx.now = end;
  return { steps, charged: tx.billing.total - before };
}

function advanceTime(tx: Tx, p: Params) {
  const seconds = p.int('Seconds', 1, MAX_ADVANCE);
  const from = tx.now;
  const { charged } = advanceClock(tx, seconds);
  tx.event({
    type: 'time',
    message: `${formatDuration(seconds)} passed (${isoAt(from)} → ${isoAt(tx.now)}); ${charged.toFixed(4)} USD billed.`,
    data: { seconds, from, to: tx.now },
  });
  return { Seconds: seconds, Now: tx.now, Time: isoAt(tx.now), Billed: charged };
}

function formatDuration(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} day${seconds === 86_400 ? '' : 's'}`;
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  if (seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

export const SIM_TIME_ACTIONS = defineActions([
  {
    type: 'sim:AdvanceTime',
    summary: 'Move the logical clock: billing accrues per second, Spot notices expire, alarms evaluate.',
    run: advanceTime,
  },
]);
