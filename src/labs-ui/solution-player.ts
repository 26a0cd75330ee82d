/**
 * "Show solution": the steps the learner has not done yet are played on the canvas, one action at a time at a pace
 * the class can follow, through the store's `dispatch` (so each action is an ordinary, undoable step and refusals
 * show their explanation card). Names the solution uses come from the lab's start, the lab state's refs and what
 * the learner already made (see src/labs/bindings.ts). Cancellable at any time.
 */
import { create } from 'zustand';
import { missingRefs, recoverBindings, type ReadFn } from '../labs/bindings';
import type { LabAction } from '../labs/types';
import { labHistory, loadLabRunner } from '../store/lab-slice';
import { useLabStore } from '../store/store';

export const SOLUTION_PACE_MS = 600;

type Playback =
  | { status: 'idle' }
  | { status: 'playing'; index: number; total: number; note: string; step: string }
  | { status: 'finished'; total: number }
  | { status: 'cancelled'; index: number; total: number }
  /** The solution could not go on: a name it needs is unknown, or an action was refused unexpectedly. */
  | { status: 'stuck'; code: 'solution-needs-name' | 'solution-refused'; message: string };

export const usePlayback = create<{ playback: Playback }>()(() => ({ playback: { status: 'idle' } }));

let run = 0;

function setPlayback(playback: Playback): void {
  usePlayback.setState({ playback });
}

/** Stop a playing solution after the current action (what was played stays, and can be undone). */
export function cancelSolution(): void {
  const current = usePlayback.getState().playback;
  run++;
  if (current.status === 'playing') setPlayback({ status: 'cancelled', index: current.index, total: current.total });
}

export function resetPlayback(): void {
  run++;
  setPlayback({ status: 'idle' });
}

function wait(ms: number, token: number): Promise<boolean> {
  return new Promise((resolve) => setTimeout(() => resolve(token === run), ms));
}

function describeAction(action: LabAction): string {
  return action.note ?? action.type;
}

/** Play the rest of the active lab's solution. Resolves when it is finished, cancelled or stuck. */
export async function playSolution(paceMs = SOLUTION_PACE_MS): Promise<Playback> {
  const token = ++run;
  const runner = await loadLabRunner();
  const store = useLabStore.getState();
  const active = store.activeLab;
  const now = store.labProgress;
  if (!active || !now || token !== run) return usePlayback.getState().playback;

  const history = labHistory(store);
  const done = new Set(now.steps.filter((s) => s.done).map((s) => s.id));
  const titles = new Map(active.lab.steps.map((s) => [s.id, s.title]));
  const plan = active.lab.solution.filter((a) => !done.has(a.step));
  const read: ReadFn = (action, known) => {
    let resolved;
    try {
      resolved = runner.resolveAction(action, known);
    } catch {
      return undefined; // it needs a name nobody knows: leave these as they were
    }
    const result = useLabStore.getState().dryRun(resolved);
    return result?.ok && result.world === useLabStore.getState().world ? result : undefined;
  };
  let bindings: Record<string, unknown> = recoverBindings(active.lab, done, history, active.state.refs, read);

  // Before touching anything: every name the plan uses must be known or bound by an earlier action of the plan.
  const willBind = new Set(Object.keys(bindings).filter((k) => bindings[k] !== undefined));
  for (const action of plan) {
    const missing = missingRefs(action, Object.fromEntries([...willBind].map((k) => [k, true])));
    if (missing.length > 0) {
      const playback: Playback = {
        status: 'stuck',
        code: 'solution-needs-name',
        message: `The solution needs ${missing.map((m) => `“${m}”`).join(', ')}, which you made your own way, so it cannot carry on from here. Reset the lab and show the solution from the start.`,
      };
      setPlayback(playback);
      return playback;
    }
    for (const name of Object.keys(action.as ?? {})) willBind.add(name);
  }

  useLabStore.getState().updateActiveLab({ solutionShown: true });
  for (let i = 0; i < plan.length; i++) {
    const action = plan[i]!;
    setPlayback({ status: 'playing', index: i, total: plan.length, note: describeAction(action), step: titles.get(action.step) ?? action.step });
    if (!(await wait(i === 0 ? Math.min(paceMs, 250) : paceMs, token))) return usePlayback.getState().playback;
    const state = useLabStore.getState();
    if (!state.activeLab || state.activeLab.lab !== active.lab || state.activeLab.startedAt !== active.startedAt) {
      resetPlayback();
      return usePlayback.getState().playback;
    }
    let resolved;
    try {
      resolved = runner.resolveAction(action, bindings);
    } catch (error) {
      const playback: Playback = {
        status: 'stuck',
        code: 'solution-needs-name',
        message: `${error instanceof Error ? error.message : String(error)} Reset the lab and show the solution from the start.`,
      };
      setPlayback(playback);
      return playback;
    }
    const result = state.dispatch(resolved);
    if (!result) return usePlayback.getState().playback;
    if (!result.ok && !action.refused) {
      const playback: Playback = {
        status: 'stuck',
        code: 'solution-refused',
        message: `AWS refused the solution’s next action on your canvas (${result.error.code}: ${describeAction(action)}). Reset the lab and show the solution from the start.`,
      };
      setPlayback(playback);
      return playback;
    }
    bindings = runner.bind(action, result, bindings);
  }
  const playback: Playback = { status: 'finished', total: plan.length };
  if (token === run) setPlayback(playback);
  return playback;
}
