/**
 * A scenario's action log as a presentation: step N is the world after the first N actions. Stepping must feel
 * immediate on a clicker (Next/Previous) and a jump across a long log must not replay it from zero, so the log is
 * replayed once up front, keeping what each step did (for the narration) and a checkpoint world every
 * CHECKPOINT_EVERY steps; any step is then at most that many actions away from a kept world.
 */
import type { Action, EngineError, EngineEvent, Result, World } from '../engine';
import { Collection } from '../engine/collection';

export const CHECKPOINT_EVERY = 16;

/** What one step did: accepted (with the engine's events) or refused (with the explanation). */
export interface StepOutcome {
  action: Action;
  ok: boolean;
  events: EngineEvent[];
  error?: EngineError;
  /** The world's logical clock (seconds) after the step. */
  at: number;
}

type ApplyFn = (world: World, action: Action) => Result;

export class Presentation {
  readonly steps: readonly StepOutcome[];
  private readonly checkpoints: World[];
  private cache: { index: number; world: World };

  constructor(
    readonly base: World,
    actions: readonly Action[],
    private readonly apply: ApplyFn,
  ) {
    const steps: StepOutcome[] = [];
    const checkpoints: World[] = [base];
    let world = base;
    actions.forEach((action, i) => {
      const result = apply(world, action);
      if (result.ok) world = result.world;
      steps.push({
        action,
        ok: result.ok,
        events: result.events,
        ...(result.ok ? {} : { error: result.error }),
        at: world.clock,
      });
      if ((i + 1) % CHECKPOINT_EVERY === 0) checkpoints.push(world);
    });
    this.steps = steps;
    this.checkpoints = checkpoints;
    this.cache = { index: steps.length, world };
  }

  get length(): number {
    return this.steps.length;
  }

  /** The world after the first `index` steps (0: the base), clamped to the log. */
  worldAt(index: number): World {
    const n = Math.max(0, Math.min(this.steps.length, Math.floor(index)));
    if (n === this.cache.index) return this.cache.world;
    const fromCheckpoint = Math.floor(n / CHECKPOINT_EVERY) * CHECKPOINT_EVERY;
    // walk on from the cached world when it is on the way (Next), else from the nearest checkpoint
    let at = this.cache.index <= n && this.cache.index >= fromCheckpoint ? this.cache.index : fromCheckpoint;
    let world = at === this.cache.index ? this.cache.world : (this.checkpoints[fromCheckpoint / CHECKPOINT_EVERY] as World);
    while (at < n) {
      const result = this.apply(world, (this.steps[at] as StepOutcome).action);
      if (result.ok) world = result.world;
      at++;
    }
    this.cache = { index: n, world };
    return world;
  }
}

/** What differs between two worlds, by resource id (collections are persistent: an unchanged resource is the same object). */
export interface WorldChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

function collectionsOf(world: World): Map<string, Collection<unknown>> {
  const out = new Map<string, Collection<unknown>>();
  for (const [key, value] of Object.entries(world)) if (value instanceof Collection) out.set(key, value as Collection<unknown>);
  return out;
}

export function changesBetween(before: World, after: World): WorldChanges {
  const changes: WorldChanges = { added: [], removed: [], changed: [] };
  if (before === after) return changes;
  const old = collectionsOf(before);
  for (const [key, now] of collectionsOf(after)) {
    const was = old.get(key);
    if (was === now) continue;
    for (const [id, value] of now.entries()) {
      const previous = was?.get(id);
      if (previous === undefined) changes.added.push(id);
      else if (previous !== value) changes.changed.push(id);
    }
    if (was) for (const id of was.keys()) if (!now.has(id)) changes.removed.push(id);
  }
  return changes;
}
