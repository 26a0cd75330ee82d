import { BillingMeter } from '../../billing/meter';
import { derived } from '../../memo';
import type { World } from '../../model/world';
import type { Tx } from '../../tx';
import { advanceAlarms, evaluateAlarms, nextAlarmTime } from '../health/alarms';
import { runAutoScaling, nextAutoScalingEvent } from '../autoscaling/reconcile';
import { nextHealthEvent, runHealthChecks } from '../elbv2/health';
import { nextReservationChange, settleReservations } from '../purchasing/reserved-instances';
import { fulfilSpotRequests } from './spot-market';
import { nextSpotNotice, processSpotNotices } from './spot-interruptions';
import { recoverInstance, simplifiedRecoveryCandidates } from '../health/status-checks';

/**
 * How the families react as the clock moves (sim:AdvanceTime). Time is cut into stretches between events (a Spot
 * notice expiring, an alarm reaching its evaluation time, a reservation starting or ending, simplified recovery, a
 * health check or an Auto Scaling cycle); within a stretch nothing changes, so billing accrues per second at the
 * stretch's rates; at each event the world reacts and the next stretch is priced again. Like the instance lifecycle
 * hooks, this is where one family's change reaches the others.
 */

/** What load balancing and Auto Scaling do as the clock advances. */
function settleScaling(tx: Tx): void {
  runHealthChecks(tx);
  runAutoScaling(tx);
}

/** The next moment a health check, a drain or an Auto Scaling cycle can change something. */
function nextScalingEvent(tx: Tx): number | undefined {
  const a = nextHealthEvent(tx);
  const b = nextAutoScalingEvent(tx);
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/** Safety net against a reaction loop: events processed in one advance. */
const MAX_STEPS = 10_000;

/** Whether any running Spot Instance has an interruption notice (most worlds have none: nothing to look at). */
function anyNotice(instances: World['instances']): boolean {
  return instances.values().some((i) => i.state === 'running' && i.market?.notice !== undefined);
}

/** React to everything due at the current time. */
function settle(tx: Tx): void {
  settleReservations(tx);
  if (derived(tx.table('instances'), anyNotice)) processSpotNotices(tx);
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
  const notice = derived(tx.table('instances'), anyNotice) ? nextSpotNotice(tx) : undefined;
  for (const t of [notice, nextAlarmTime(tx), nextReservationChange(tx), simplifiedRecoveryCandidates(tx).next, nextScalingEvent(tx)]) {
    if (t !== undefined && t > tx.now && t < next) next = t;
  }
  return next;
}

/**
 * Move the clock `seconds` forward, billing and reacting on the way. `steps`: stretches between events; `pricings`
 * and `bills`: times the world was priced and the bill copied (the meter keeps them far below `steps`).
 */
export function advanceClock(tx: Tx, seconds: number): { steps: number; charged: number; pricings: number; bills: number } {
  const end = tx.now + seconds;
  const before = tx.billing.total;
  const meter = new BillingMeter();
  let steps = 0;
  settle(tx);
  while (tx.now < end && steps < MAX_STEPS) {
    const next = nextEvent(tx, end);
    const dt = next - tx.now;
    meter.accrue(tx, dt);
    advanceAlarms(tx, dt);
    tx.now = next;
    settle(tx);
    steps++;
  }
  if (tx.now < end) tx.now = end;
  return { steps, charged: tx.billing.total - before, ...meter.counts };
}

