import type { World } from '../engine';
import { checkGoalSpec, compileGoal, goalSpecSchema, namesIn, type GoalSpec } from '../labs/authoring';
import type { HistoryEntry } from '../labs/types';

/** Whether a goal is met now, or what is wrong with it. */
export function previewGoal(
  spec: GoalSpec,
  world: World | null,
  history: readonly HistoryEntry[],
  start?: World | null,
): { label: string; met?: boolean; metAtStart?: boolean; problem?: string } {
  const shape = goalSpecSchema.safeParse(spec);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return { label: '', problem: `${issue?.path.join('.') || 'goal'}: ${issue?.message ?? 'not complete'}` };
  }
  const problem = checkGoalSpec(spec);
  if (problem) return { label: '', problem };
  const goal = compileGoal(spec, world ? namesIn(world) : undefined);
  const test = (w: World, h: readonly HistoryEntry[]) => {
    try {
      return goal.test({ world: w, history: h });
    } catch {
      return false;
    }
  };
  return {
    label: goal.label,
    ...(world ? { met: test(world, history) } : {}),
    ...(start ? { metAtStart: test(start, []) } : {}),
  };
}
