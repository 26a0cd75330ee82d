import { apply, summarize, type Action, type HistoryEntry, type World } from '../engine';
import type { Collection } from '../engine/collection';
import type { Warnings } from './restore';
import { collectionKeys } from './snapshot';
import type { LogStep } from './types';

/** Number of resources in a world (every collection). */
export function worldSize(world: World): number {
  let n = 0;
  for (const key of collectionKeys(world)) n += ((world as unknown as Record<string, Collection<unknown>>)[key] as Collection<unknown>).size;
  return n;
}

/**
 * What one step costs to replay, in units of "one resource looked at": an action scans the world about once for
 * each resource it creates (a launch of 20 instances checks addresses 20 times), so world size × resources created
 * (at least 1). Deterministic, so the choice of log or snapshot never depends on the machine.
 */
export function stepWork(before: number, after: number): number {
  return Math.max(before, after) * Math.max(1, after - before);
}

/** Opening this log would cost more than LIMITS.maxReplayWorkOnOpen. */
export class ReplayTooLong extends Error {}

/**
 * Apply every action in order, recording what each got (a refused step leaves the world as it was), and the replay
 * work (see stepWork and LIMITS.maxReplayWork). Stops early, with `stopped`, once the work passes `maxWork`.
 */
export function record(
  world: World,
  actions: readonly Action[],
  maxWork = Infinity,
): { world: World; steps: LogStep[]; work: number; stopped: boolean } {
  let current = world;
  let work = 0;
  let size = worldSize(world);
  const steps: LogStep[] = [];
  for (const action of actions) {
    const result = apply(current, action);
    if (result.ok) {
      current = result.world;
      steps.push({ action });
    } else {
      steps.push({ action, refused: result.error.code });
    }
    const after = worldSize(current);
    work += stepWork(size, after);
    size = after;
    if (work > maxWork) return { world: current, steps, work, stopped: true };
  }
  return { world: current, steps, work, stopped: false };
}

/**
 * Replay a recorded log. A step whose outcome differs from the one recorded (refused now, accepted now, or refused
 * with another code) is reported with its index and code; a refused step leaves the world as it was, so the rest
 * still replays. Each step's history entry (what it got now) goes to `entries` when given, so whoever opens the
 * scenario starts its session log from them instead of replaying the log a second time.
 */
export function replay(world: World, steps: readonly LogStep[], warnings: Warnings, maxWork: number, entries?: HistoryEntry[]): World {
  let current = world;
  let work = 0;
  let size = worldSize(world);
  steps.forEach((step, index) => {
    const result = apply(current, step.action);
    const after = worldSize(result.world);
    work += stepWork(size, after);
    size = after;
    if (work > maxWork) throw new ReplayTooLong(`replaying the log would take too long (stopped at step ${index + 1})`);
    entries?.push(summarize(step.action, result));
    if (result.ok) {
      current = result.world;
      if (step.refused !== undefined) {
        warnings.add({
          code: 'step-accepted',
          step: index,
          message: `Step ${index + 1} (${step.action.type}) was refused with ${step.refused} when the scenario was made; it is accepted now.`,
        });
      }
    } else if (result.error.code !== step.refused) {
      warnings.add({
        code: 'step-refused',
        step: index,
        refusal: result.error.code,
        message: `Step ${index + 1} (${step.action.type}) no longer applies: ${result.error.code}. ${result.error.message}`,
      });
    }
  });
  return current;
}
