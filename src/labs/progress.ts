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
 * Every step's goals against the world and the history. A step is done when all its goals are met; `current` is the
 * first step that is not done (steps may be met out of order: a learner who does more than asked is not held back).
 */
export function progress(lab: Pick<Lab, 'steps'>, world: World, history: readonly HistoryEntry[]): LabProgress {
  const ctx: GoalContext = { world, history };
  const steps: StepProgress[] = lab.steps.map((step) => {
    const goals = step.goals.map((g) => ({ label: g.label, met: met(g.test, ctx) }));
    return { id: step.id, title: step.title, done: goals.every((g) => g.met), goals };
  });
  const done = steps.filter((s) => s.done).length;
  const firstOpen = steps.findIndex((s) => !s.done);
  const current = firstOpen === -1 ? steps.length : firstOpen;
  return { done, total: steps.length, steps, current, complete: done === steps.length };
}
