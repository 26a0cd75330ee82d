/**
 * The running lab kept in step with the world, in the store: after every change of the world, the session log or
 * the active lab, in the same zustand `set`, the lab's progress is computed (once: the panel, Show solution, the
 * autosave and share links read `labProgress`), steps done in order are latched, the finish time is kept (and this
 * browser's done mark written), and the lab state's refs follow what the learner made. No React effect does any of
 * this: the lab panel only renders.
 */
import type { StateCreator } from 'zustand';
import type { World } from '../engine';
import { recoverBindings } from '../labs/bindings';
import { latchSteps, progress, type LatchedSteps } from '../labs/progress';
import type { HistoryEntry, Lab, LabProgress } from '../labs/types';
import { markLabDone } from './done-labs';
import { labHistory, stringRefs, type ActiveLab } from './lab-slice';
import type { LabState as StoreState } from './store';

/** What progress was last computed from: the same inputs give the same progress (it is a pure function). */
interface Inputs {
  lab: Lab;
  world: World;
  history: readonly HistoryEntry[];
  latched: LatchedSteps | undefined;
}

function sameInputs(a: Inputs | undefined, b: Inputs): boolean {
  if (!a || a.lab !== b.lab || a.world !== b.world || a.latched !== b.latched) return false;
  return a.history.length === b.history.length && a.history.every((entry, i) => entry === b.history[i]);
}

function doneIds(p: LabProgress): string[] {
  return p.steps.filter((s) => s.done).map((s) => s.id);
}

function sameRefs(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  return Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
}

/** Finished: remember when (and mark the lab done in this browser). An undo that takes it back clears the time. */
function withFinish(active: ActiveLab, p: LabProgress, historyLength: number): ActiveLab {
  if (p.complete && active.finishedAt === undefined) {
    markLabDone(active.lab.id);
    return { ...active, finishedAt: Date.now(), finishedHistory: historyLength };
  }
  if (!p.complete && active.finishedAt !== undefined) {
    const next = { ...active };
    delete next.finishedAt;
    delete next.finishedHistory;
    return next;
  }
  return active;
}

/** The lab state's refs recovered from the learner's history (a share link then carries them). */
function withRefs(active: ActiveLab, p: LabProgress, history: readonly HistoryEntry[]): ActiveLab {
  const refs = stringRefs(recoverBindings(active.lab, new Set(doneIds(p)), history, active.state.refs));
  return sameRefs(refs, active.state.refs) ? active : { ...active, state: { ...active.state, refs } };
}

/** Whether the done steps changed since `before` (refs are recovered only then: the history moves with every action). */
function doneChanged(before: StoreState | undefined, active: ActiveLab, p: LabProgress): boolean {
  const was = before?.labProgress;
  if (!was || before.activeLab?.lab.id !== active.lab.id) return true;
  return doneIds(was).join('\n') !== doneIds(p).join('\n');
}

/** A syncer with its memo: given the state before and after a change, the lab fields to set with it (or null). */
function createLabSync(): (before: StoreState | undefined, after: StoreState) => Partial<StoreState> | null {
  let last: { inputs: Inputs; progress: LabProgress } | undefined;
  return (before, after) => {
    const active = after.activeLab;
    const world = after.world;
    if (!active || !world) return after.labProgress === null ? null : { labProgress: null };
    if (before && before.world === world && before.sessionLog === after.sessionLog && before.activeLab === active) return null;
    const history = labHistory(after);
    const inputs: Inputs = { lab: active.lab, world, history, latched: active.latched };
    const p = last && sameInputs(last.inputs, inputs) ? last.progress : progress(active.lab, world, history, active.latched);
    // A step done in order stays done when a later step undoes what it built (the progress is the same with it).
    const latched = latchSteps(p, history.length, active.latched);
    let next: ActiveLab = latched === active.latched ? active : { ...active, latched };
    last = { inputs: { ...inputs, latched }, progress: p };
    next = withFinish(next, p, history.length);
    if (doneChanged(before, active, p)) next = withRefs(next, p, history);
    return { labProgress: p, ...(next !== active ? { activeLab: next } : {}) };
  };
}

type SetState = Parameters<StateCreator<StoreState>>[0];

/** Store middleware: every `set` (and `setState`) carries the lab fields that follow from it, in the same update. */
export function withLabSync(config: StateCreator<StoreState>): StateCreator<StoreState> {
  return (set, get, api) => {
    const sync = createLabSync();
    const synced = ((partial: Parameters<SetState>[0], replace?: boolean) => {
      const before = api.getState() as StoreState | undefined;
      const patch = typeof partial === 'function' ? partial(before as StoreState) : partial;
      const after = (replace ? patch : { ...before, ...patch }) as StoreState;
      const derived = sync(before, after);
      const next = derived ? { ...patch, ...derived } : patch;
      if (replace) set(next as StoreState, true);
      else set(next);
    }) as SetState;
    api.setState = synced;
    return config(synced, get, api);
  };
}
