/**
 * The guided lab that is running, if any: which lab, where the learner is, and when it began. The catalogue and the
 * runner (which needs the engine) load on demand, so nothing of src/labs but its pure progress and bindings functions
 * (used by lab-sync.ts) is in the first-load bundle.
 */
import { isAuthoredLabId } from '../labs/authored-id';
import type { StateCreator } from 'zustand';
import type { World } from '../engine';
import type { LatchedSteps } from '../labs/progress';
import type { HistoryEntry, Lab, LabProgress } from '../labs/types';
import type { LabState } from '../scenario/types';
import type { Lens, Position } from './layout-slice';
import type { LabState as StoreState } from './store';
import { readFolded } from './panels-slice';

export interface ActiveLab {
  lab: Lab;
  state: LabState;
  /** Wall-clock ms (UI layer may use Date.now; the engine may not). */
  startedAt: number;
  /** sessionLog.entries.length when the lab started: the learner's history is the entries after it. */
  historyStart: number;
  /** The world the lab started from (Reset goes back to it). Absent for a lab resumed from a share link. */
  startWorld?: World;
  /** Wall-clock ms when every step was first done (cleared if an undo takes the lab back). */
  finishedAt?: number;
  /** How many actions of the learner's history the lab took (the summary counts those, not what came after). */
  finishedHistory?: number;
  /** "Show solution" played at least part of the solution. */
  solutionShown?: boolean;
  /** Steps done in order, kept done when a later step undoes what they built (see src/labs/progress.ts). */
  latched?: LatchedSteps;
  /** An authored lab: its `labdoc=1.…` link, from which a reload rebuilds it (its goals are code, not data). */
  labdoc?: string;
}

/** What the autosave keeps of the active lab, so that a reload puts the learner back where they were. */
export interface SavedLab {
  id: string;
  state: LabState;
  startedAt: number;
  finishedAt?: number;
  solutionShown?: boolean;
  /** The learner's history in the lab (the session log after the lab's start). */
  history: HistoryEntry[];
  /** An authored lab's `labdoc=1.…` link (absent for a catalogue lab, found by id). */
  labdoc?: string;
}

/** A one-sentence message about labs for the learner (an unknown `#lab=` id, a lab that could not start). */
export interface LabNotice {
  message: string;
}

/** How a lab starts: on its own world (an authored lab's snapshot), with its link and layout. */
export interface StartOptions {
  world?: World;
  /** With `world`: the names its start bound (an authored lab's start), for the solution to use. */
  refs?: Record<string, string>;
  labdoc?: string;
  layout?: { positions: Record<string, Position>; lens: Lens };
}

export interface LabSlice {
  activeLab: ActiveLab | null;
  /**
   * How far the learner is in the active lab (null when none runs): computed by the store in the same update as
   * every change of the world, the log or the lab (src/store/lab-sync.ts), never by a component.
   */
  labProgress: LabProgress | null;
  /**
   * Start a lab: the world becomes its start (runner's startLab, or `options.world` when given, e.g. an authored
   * lab whose start is a snapshot), history cleared, the lab panel opens.
   */
  startLab: (lab: Lab, options?: StartOptions) => void;
  /**
   * Opening a share link that carries lab progress: the world is already replaced by the scenario; this finds the
   * catalogue lab `state.id` (loading src/labs lazily) and makes it active with that state. False if unknown.
   */
  resumeLab: (state: LabState) => Promise<boolean>;
  /** What a share link carries about the active lab (undefined when no lab is active). */
  labShareState: () => LabState | undefined;
  leaveLab: () => void;

  /** Back to the lab's start (the learner's history in it is cleared); the lab stays active. */
  restartLab: () => void;
  /** Update the bookkeeping of the active lab (solution shown; the finish time and latches follow the world). */
  updateActiveLab: (patch: Partial<Pick<ActiveLab, 'finishedAt' | 'finishedHistory' | 'solutionShown' | 'latched'>>) => void;
  /** The lab panel folded to a narrow rail (more room for the canvas). */
  labPanelCollapsed: boolean;
  setLabPanelCollapsed: (collapsed: boolean) => void;
  /** The lab picker dialog. */
  labPickerOpen: boolean;
  openLabPicker: () => void;
  closeLabPicker: () => void;
  labNotice: LabNotice | null;
  setLabNotice: (notice: LabNotice | null) => void;
}

type RunnerModule = typeof import('../labs/runner');
let runnerModule: RunnerModule | undefined;
let runnerLoading: Promise<RunnerModule> | undefined;
let pending: Promise<void> = Promise.resolve();

/** The lab runner (and with it the engine), loaded on first use and shared afterwards. */
export function loadLabRunner(): Promise<RunnerModule> {
  runnerLoading ??= import('../labs/runner').then((m) => (runnerModule = m));
  return runnerLoading;
}

/** Resolves once the last `startLab` has replaced the world (it waits for the runner the first time). */
export function labStarted(): Promise<void> {
  return pending;
}

/** Bindings of a lab's start kept as refs: only the string values (ids, addresses) fit a share link. */
export function stringRefs(bindings: Readonly<Record<string, unknown>>): Record<string, string> {
  const refs: Record<string, string> = {};
  for (const [name, value] of Object.entries(bindings)) if (typeof value === 'string') refs[name] = value;
  return refs;
}

/** The learner's history in this lab: the session log's entries since the lab started. */
export function labHistory(state: Pick<StoreState, 'sessionLog' | 'activeLab'>) {
  const entries = state.sessionLog?.entries ?? [];
  return entries.slice(state.activeLab?.historyStart ?? entries.length);
}

/** The refs a lab had when it started (kept aside so that Reset can restore them). */
const startRefsByWorld = new WeakMap<World, Record<string, string>>();

function startRefsOf(active: ActiveLab): Record<string, string> {
  return (active.startWorld && startRefsByWorld.get(active.startWorld)) ?? {};
}

/** Steps a link or a save says were done: kept done from the start of the history. */
function latchedFromCompleted(completed: readonly string[]): LatchedSteps {
  return Object.fromEntries(completed.map((id) => [id, 0]));
}

/** Where the learner is in the active lab now: the current step and the steps done (the store's progress). */
function progressState(active: ActiveLab, state: StoreState): LabState {
  const now = state.labProgress;
  if (!state.world || !now) return active.state;
  return {
    id: active.lab.id,
    step: now.current,
    completed: now.steps.filter((step) => step.done).map((step) => step.id),
    refs: { ...active.state.refs },
  };
}

/** The active lab as the autosave keeps it (undefined when no lab runs). */
export function savedLabOf(state: StoreState): SavedLab | undefined {
  const active = state.activeLab;
  if (!active) return undefined;
  const labState = active.labdoc ? progressState(active, state) : state.labShareState();
  if (!labState) return undefined;
  return {
    id: active.lab.id,
    ...(active.labdoc ? { labdoc: active.labdoc } : {}),
    state: labState,
    startedAt: active.startedAt,
    ...(active.finishedAt !== undefined ? { finishedAt: active.finishedAt } : {}),
    ...(active.solutionShown ? { solutionShown: true } : {}),
    history: [...labHistory(state)],
  };
}

/**
 * After a reload: the autosave brought `world` back and it kept a lab. Find the lab in the catalogue, rebuild its
 * start (deterministic) as the session log's base with the saved history after it, and make it active again. An
 * authored lab is rebuilt from its saved `labdoc` link. Does nothing if the world on screen is no longer `world` (a
 * link opened meanwhile) or the lab cannot be found or rebuilt (the world stays, the panel does not come back).
 */
export async function restoreSavedLab(saved: SavedLab, world: World, store: { getState: () => StoreState; setState: (partial: Partial<StoreState>) => void }): Promise<boolean> {
  let lab: Lab | undefined;
  let start: { world: World; bindings: Record<string, unknown> } | undefined;
  try {
    if (saved.labdoc) {
      const { decodeAuthoredLab } = await import('../labs/authoring');
      const opened = decodeAuthoredLab(saved.labdoc);
      if (opened.ok && opened.lab.id === saved.id) {
        lab = opened.lab;
        start = { world: opened.world, bindings: opened.refs };
      }
    } else {
      const [catalogue, runner] = await Promise.all([import('../labs/catalogue'), loadLabRunner()]);
      lab = catalogue.labById(saved.id);
      if (lab) start = runner.startLab(lab);
    }
  } catch {
    return false;
  }
  const s = store.getState();
  if (!lab || !start || s.world !== world || s.activeLab) return false;
  const refs = stringRefs(start.bindings);
  startRefsByWorld.set(start.world, refs);
  const activeLab: ActiveLab = {
    lab,
    state: { ...saved.state, refs: { ...refs, ...saved.state.refs } },
    startedAt: saved.startedAt,
    historyStart: 0,
    latched: latchedFromCompleted(saved.state.completed),
    startWorld: start.world,
    ...(saved.finishedAt !== undefined ? { finishedAt: saved.finishedAt } : {}),
    ...(saved.solutionShown ? { solutionShown: true } : {}),
    ...(saved.labdoc ? { labdoc: saved.labdoc } : {}),
  };
  // The autosave rebuilt undo from its log: when the lab's history is the end of that log, keep both.
  const log = s.sessionLog;
  const n = saved.history.length;
  if (log && log.entries.length >= n && sameSteps(log.entries.slice(log.entries.length - n), saved.history)) {
    s.openDocument({
      world,
      log,
      lab: { ...activeLab, historyStart: log.entries.length - n },
      undo: { past: s.past, timeline: s.timeline },
    });
    return true;
  }
  s.openDocument({ world, log: { base: start.world, entries: saved.history }, lab: activeLab });
  return true;
}

/** Two runs of history entries with the same actions and outcomes (both read from one save). */
function sameSteps(a: readonly HistoryEntry[], b: readonly HistoryEntry[]): boolean {
  return a.length === b.length && a.every((e, i) => e.action.type === b[i]?.action.type && e.ok === b[i]?.ok);
}

/**
 * The catalogue lab a share link's lab state names, made active on the world the link opens (its start is
 * recomputed, deterministic; the link's refs win). Undefined when this version has no such lab.
 */
export async function activeLabFor(state: LabState): Promise<ActiveLab | undefined> {
  const [{ labById }, runner] = await Promise.all([import('../labs/catalogue'), loadLabRunner()]);
  const lab = labById(state.id);
  if (!lab) return undefined;
  let start: { world: World; refs: Record<string, string> } | undefined;
  try {
    const run = runner.startLab(lab);
    start = { world: run.world, refs: stringRefs(run.bindings) };
    startRefsByWorld.set(run.world, start.refs);
  } catch {
    start = undefined;
  }
  return {
    lab,
    state: { ...state, refs: { ...start?.refs, ...state.refs } },
    startedAt: Date.now(),
    historyStart: 0,
    latched: latchedFromCompleted(state.completed),
    ...(start ? { startWorld: start.world } : {}),
  };
}

export const createLabSlice: StateCreator<StoreState, [], [], LabSlice> = (set, get) => {
  function begin(lab: Lab, runner: RunnerModule | undefined, world: World | undefined, options?: StartOptions): void {
    let start = world;
    let refs: Record<string, string> = options?.refs ?? {};
    if (start && options?.refs) startRefsByWorld.set(start, refs);
    if (!start) {
      if (!runner) return;
      const run = runner.startLab(lab);
      start = run.world;
      refs = stringRefs(run.bindings);
      startRefsByWorld.set(start, refs);
    }
    get().openDocument({
      world: start,
      ...(options?.layout ? { layout: options.layout } : {}),
      lab: {
        lab,
        state: { id: lab.id, step: 0, completed: [], refs },
        startedAt: Date.now(),
        historyStart: 0,
        startWorld: start,
        ...(options?.labdoc ? { labdoc: options.labdoc } : {}),
      },
    });
  }

  return {
    activeLab: null,
    labProgress: null,

    startLab: (lab, options) => {
      const world = options?.world;
      if (world || runnerModule) {
        begin(lab, runnerModule, world, options);
        pending = Promise.resolve();
        return;
      }
      pending = loadLabRunner().then(
        (runner) => begin(lab, runner, undefined, options),
        () => set({ labNotice: { message: `load-failed: the lab “${lab.title}” could not be loaded. Check the connection and try again.` } }),
      );
    },

    resumeLab: async (state) => {
      const active = await activeLabFor(state);
      if (!active) return false;
      set({ activeLab: active, labPickerOpen: false, labNotice: null });
      return true;
    },

    labShareState: () => {
      const s = get();
      const active = s.activeLab;
      // An authored lab lives in its own #labdoc= link, not in the catalogue a scenario link can name.
      if (!active || isAuthoredLabId(active.lab.id)) return undefined;
      return progressState(active, s);
    },

    leaveLab: () => set({ activeLab: null }),

    restartLab: () => {
      const active = get().activeLab;
      if (!active) return;
      if (active.startWorld) {
        begin(active.lab, runnerModule, active.startWorld, active.labdoc ? { labdoc: active.labdoc } : undefined);
        // The start's names stay what they were (the same world).
        set((s) => (s.activeLab ? { activeLab: { ...s.activeLab, state: { ...s.activeLab.state, refs: startRefsOf(active) } } } : {}));
        return;
      }
      get().startLab(active.lab);
    },

    updateActiveLab: (patch) =>
      set((s) => {
        if (!s.activeLab) return {};
        const next: ActiveLab = { ...s.activeLab, ...patch };
        if (patch.finishedAt === undefined && 'finishedAt' in patch) delete next.finishedAt;
        if (patch.finishedHistory === undefined && 'finishedHistory' in patch) delete next.finishedHistory;
        return { activeLab: next };
      }),

    labPanelCollapsed: readFolded().lab,
    setLabPanelCollapsed: (collapsed) => get().setFolded('lab', collapsed),
    labPickerOpen: false,
    openLabPicker: () => set({ labPickerOpen: true }),
    closeLabPicker: () => set({ labPickerOpen: false }),
    labNotice: null,
    setLabNotice: (notice) => set({ labNotice: notice }),
  };
};
