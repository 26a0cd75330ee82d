/**
 * How far a learner is in a lab: a pure function of the lab, the world now and the learner's history.
 */
import type { World } from '../engine';
import type { GoalContext, HistoryEntry, Lab, LabProgress, StepProgress } from './types';

/** Evaluates a goal without letting an authoring mistake break the panel: a goal that throws is not met. */
function met(test: (ctx: GoalContext) => boolean, ctx: GoalContext): boolean {
  try {
    return test(ctx);
  } catch {
    return false;
  }
}

/**
 * Steps the learner finished in order, each with the length of the history when it was finished. A later step may
 * undo what an earlier one built (step 4 of the Elastic IP lab disassociates the address step 1 associated): a
 * step done in order stays done while the history still reaches that point (an undo behind it takes it back).
 */
export type LatchedSteps = Readonly<Record<string, number>>;

/**
 * Every step's goals against the world and the history. A step is done when all its goals are met, or when it was
 * done in order before (`latched`) and every step before it is done; `current` is the first step that is not done
 * (steps may be met out of order: a learner who does more than asked is not held back).
 */
export function progress(
  lab: Pick<Lab, 'steps'>,
  world: World,
  history: readonly HistoryEntry[],
  latched: LatchedSteps = {},
): LabProgress {
  const ctx: GoalContext = { world, history };
  let inOrder = true;
  const steps: StepProgress[] = lab.steps.map((step) => {
    const at = latched[step.id];
    const kept = inOrder && at !== undefined && at <= history.length;
    const goals = step.goals.map((g) => ({ label: g.label, met: kept || met(g.test, ctx) }));
    const done = goals.every((g) => g.met);
    inOrder &&= done;
    return { id: step.id, title: step.title, done, goals };
  });
  const done = steps.filter((s) => s.done).length;
  const firstOpen = steps.findIndex((s) => !s.done);
  const current = firstOpen === -1 ? steps.length : firstOpen;
  return { done, total: steps.length, steps, current, complete: done === steps.length };
}

/**
 * The latch after a change: steps now done in order (every step before them done too) are kept with the history's
 * length; latches the history no longer reaches (an undo went behind them) are dropped. Returns `latched` itself when
 * nothing changed.
 */
export function latchSteps(p: LabProgress, historyLength: number, latched: LatchedSteps = {}): LatchedSteps {
  const next: Record<string, number> = {};
  for (const [id, at] of Object.entries(latched)) if (at <= historyLength) next[id] = at;
  for (const step of p.steps) {
    if (!step.done) break;
    next[step.id] ??= historyLength;
  }
  const same =
    Object.keys(next).length === Object.keys(latched).length && Object.entries(next).every(([id, at]) => latched[id] === at);
  return same ? latched : next;
}
