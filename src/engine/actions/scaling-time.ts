import type { Tx } from '../tx';
import { runAutoScaling, nextAutoScalingEvent } from './autoscaling/reconcile';
import { nextHealthEvent, runHealthChecks } from './elbv2/health';

/** What load balancing and Auto Scaling do as the clock advances (called by sim:AdvanceTime). */
export function settleScaling(tx: Tx): void {
  runHealthChecks(tx);
  runAutoScaling(tx);
}

/** The next moment a health check, a drain or an Auto Scaling cycle can change something. */
export function nextScalingEvent(tx: Tx): number | undefined {
  const a = nextHealthEvent(tx);
  const b = nextAutoScalingEvent(tx);
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}
