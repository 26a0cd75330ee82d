import { apply, summarize, type Action, type HistoryEntry, type Result, type World } from '../engine';
import type { Collection } from '../engine/collection';
import type { Warnings } from './restore';
import { collectionKeys } from './snapshot';
import type { LogStep } from './types';
import { isObject } from './json';
import { READ_PRIORS } from './work-priors';

const sizeOf = (value: unknown): number =>
  Array.isArray(value) ? value.length : isObject(value) ? Object.keys(value).length : 1;

/**
 * The weight of a world, in "things an action may look at": every resource of every collection, plus the entries of
 * the other fields one level down (billing lines, the spot price history, regions…), which some actions scan too.
 */
function worldSize(world: World): number {
  let n = 0;
  const keys = new Set(collectionKeys(world));
  const plain = world as unknown as Record<string, unknown>;
  for (const key of Object.keys(plain)) {
    const value = plain[key];
    if (keys.has(key)) n += (value as Collection<unknown>).size;
    else if (isObject(value)) for (const inner of Object.values(value)) n += sizeOf(inner);
    else if (Array.isArray(value)) n += value.length;
  }
  return n;
}

/**
 * What one step costs to replay, in units of "one resource looked at": an action scans the world about once for
 * each resource it creates (a launch of 20 instances checks addresses 20 times), so world size × resources created
 * (at least 1). Deterministic, so the choice of log or snapshot never depends on the machine.
 */
function stepWork(before: number, after: number): number {
  return Math.max(before, after) * Math.max(1, after - before);
}

/** Nodes of a JSON-like value (objects, arrays and leaves), counting no further than `cap`. */
export function nodesUpTo(value: unknown, cap: number): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length && n <= cap) {
    const item = stack.pop();
    n++;
    if (item !== null && typeof item === 'object') for (const inner of Object.values(item)) stack.push(inner);
  }
  return n;
}

/**
 * The replay budget of one document, counted in work rather than steps or bytes. Every step costs:
 * - before it runs, the known price of a read that scans the catalogue whatever the world (READ_PRIORS), so a log
 *   of a thousand such reads is refused before the first one runs;
 * - after it runs, world size × resources created (stepWork) plus the size of what it answered: a read creates
 *   nothing, but building a 10,000-entry answer is work all the same.
 */
export class WorkMeter {
  work = 0;
  private size: number;

  constructor(
    world: World,
    readonly max: number,
  ) {
    this.size = worldSize(world);
  }

  /** Charge what is known before the action runs; false once the budget is spent. */
  before(action: Action): boolean {
    this.work += Object.hasOwn(READ_PRIORS, action.type) ? (READ_PRIORS[action.type] as number) : 0;
    return this.work <= this.max;
  }

  /** Charge what the action did; false once the budget is spent. */
  after(result: Result): boolean {
    const after = worldSize(result.world);
    this.work += stepWork(this.size, after);
    this.size = after;
    if (result.ok && result.response !== undefined) this.work += nodesUpTo(result.response, this.max - this.work + 1);
    return this.work <= this.max;
  }
}

/** Opening this log would cost more than LIMITS.maxReplayWorkOnOpen. */
export class ReplayTooLong extends Error {}

/**
 * Apply every action in order, recording what each got (a refused step leaves the world as it was), and the replay
 * work (see WorkMeter and LIMITS.maxReplayWork). Stops early, with `stopped`, once the work passes `maxWork`.
 */
export function record(
  world: World,
  actions: readonly Action[],
  maxWork = Infinity,
): { world: World; steps: LogStep[]; work: number; stopped: boolean } {
  let current = world;
  const meter = new WorkMeter(world, maxWork);
  const steps: LogStep[] = [];
  for (const action of actions) {
    if (!meter.before(action)) return { world: current, steps, work: meter.work, stopped: true };
    const result = apply(current, action);
    if (result.ok) {
      current = result.world;
      steps.push({ action });
    } else {
      steps.push({ action, refused: result.error.code });
    }
    if (!meter.after(result)) return { world: current, steps, work: meter.work, stopped: true };
  }
  return { world: current, steps, work: meter.work, stopped: false };
}

/**
 * Replay a recorded log. A step whose outcome differs from the one recorded (refused now, accepted now, or refused
 * with another code) is reported with its index and code; a refused step leaves the world as it was, so the rest
 * still replays. Each step's history entry (what it got now) goes to `entries` when given, so whoever opens the
 * scenario starts its session log from them instead of replaying the log a second time.
 */
export function replay(world: World, steps: readonly LogStep[], warnings: Warnings, maxWork: number, entries?: HistoryEntry[]): World {
  let current = world;
  const meter = new WorkMeter(world, maxWork);
  const tooLong = (index: number) => new ReplayTooLong(`replaying the log would take too long (stopped at step ${index + 1})`);
  steps.forEach((step, index) => {
    if (!meter.before(step.action)) throw tooLong(index);
    const result = apply(current, step.action);
    if (!meter.after(result)) throw tooLong(index);
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
