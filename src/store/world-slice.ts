import type { StateCreator } from 'zustand';
import type { Action, EngineEvent, HistoryEntry, Result, World } from '../engine';
import { summarize } from '../engine/history';
import { engineNow, loadEngineModule } from './engine-module';
import { openedState, type OpenedDocument } from './open-document';
import type { LabState } from './store';
import { acceptedState, appendLog, redoneState, refusedState, resetState, undoneState } from './world-steps';

export { entry, HISTORY_LIMIT, keepLast, TIMELINE_LIMIT } from './world-steps';

/** One line of the timeline: an action that changed the world, a refusal, or an undo/redo. */
export interface TimelineEntry {
  id: number;
  /** The world's logical clock (seconds) when it happened. */
  at: number;
  /** The action type (`ec2:CreateVpc`), or `lab:Undo` / `lab:Redo` / `lab:Reset`. */
  action: string;
  events: EngineEvent[];
  ok: boolean;
  /** Refusals: the engine's one-sentence message. Undo/redo/reset: what was undone or redone. */
  message?: string;
  /** The request itself (for "Copy as AWS CLI"); absent for undo/redo/reset. */
  request?: Action;
}

/**
 * Every action sent since `base` (accepted, refused and reads, with their responses), oldest first. Labs grade the
 * learner's history from it; a share link carries it as the scenario's action log. Undo and redo move it with the
 * world, so the log always leads from `base` to the world shown.
 */
export interface SessionLog {
  base: World;
  entries: readonly HistoryEntry[];
}

/** One step of history: the world (and session log) as it was, and the action that moved it on from there. */
export interface HistoryStep {
  world: World;
  action: Action;
  log: SessionLog;
}

/** The last accepted action and its SDK-shaped response (forms show "Created vpc-…"; reads show their answer). */
interface LastResponse {
  action: Action;
  response: unknown;
}

/**
 * The simulated AWS world and its history. Worlds are immutable, so undo/redo just moves worlds between `past`
 * and `future` (a pointer into a list of worlds, DESIGN.md example 4). `world` is null until the engine loads.
 */
export interface WorldSlice {
  world: World | null;
  /** Load the engine (once) and start from the autosaved world if there is a valid one, else the starting world. */
  loadEngine: () => Promise<void>;
  /**
   * Apply an action through the engine. Accepted and the world changed: the previous world goes on `past`, `future`
   * is cleared, the events join the timeline, any refusal is cleared. Refused: `refusal` is set, the world stays.
   * Reads (the world is unchanged) add no history. Returns undefined while the engine has not loaded.
   */
  dispatch: (action: Action) => Result | undefined;
  /** Apply without committing anything (drop-target highlighting, form previews). */
  dryRun: (action: Action) => Result | undefined;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  past: HistoryStep[];
  future: HistoryStep[];
  timeline: TimelineEntry[];
  lastResponse: LastResponse | null;
  /** Back to the engine's starting world (one undoable step). */
  resetWorld: () => void;
  /**
   * Replace the world wholesale, without history (autosave restore, opening a scenario, starting a lab). Clears
   * history and the timeline; the session log starts again from this world, or from `log` when one is given (a
   * scenario opened from its log keeps it, so sharing again still carries it).
   */
  replaceWorld: (world: World, log?: SessionLog) => void;
  /**
   * Open a document (a link, a lab, a file, the work kept aside, the autosave) in ONE transaction: world, session
   * log, layout, camera and lab together (see open-document.ts). Undo history starts again from it.
   */
  openDocument: (doc: OpenedDocument) => void;
  /** How many documents were opened (openDocument, replaceWorld): the canvas frames a new one at once, unanimated. */
  documentsOpened: number;
  /** The world's clock when the session started (the timeline shows the simulated time since, `+2 min`). */
  clockStart: number;
  /** Null until the engine has loaded. */
  sessionLog: SessionLog | null;
}

/** The engine load under way: callers that overlap (main.tsx opening a lab link, then App's first effect) share it. */
let loading: Promise<void> | undefined;

/** The engine, then the autosaved world if there is a valid one, else the starting world. */
async function startEngine(get: () => LabState, set: (partial: Partial<LabState>) => void): Promise<void> {
  const engine = await loadEngineModule();
  if (get().world) return;
  const { restoreAutosave } = await import('./autosave');
  // A valid save is opened by restoreAutosave itself (world, layout, undo history in one transaction).
  if (restoreAutosave(get()) || get().world) return;
  const world = engine.createWorld();
  set({ world, sessionLog: { base: world, entries: [] }, clockStart: world.clock });
}

export const createWorldSlice: StateCreator<LabState, [], [], WorldSlice> = (set, get) => ({
  world: null,
  canUndo: false,
  canRedo: false,
  past: [],
  future: [],
  timeline: [],
  lastResponse: null,
  sessionLog: null,
  clockStart: 0,

  loadEngine: () => {
    if (get().world) return Promise.resolve();
    loading ??= startEngine(get, set).finally(() => (loading = undefined));
    return loading;
  },

  dispatch: (action) => {
    const world = get().world;
    const engine = engineNow();
    // Embed mode (`?embed=1`) is read-only: nothing is sent to the engine.
    if (!world || !engine || get().embed) return undefined;
    const result = engine.apply(world, action);
    const sessionLog = appendLog(get().sessionLog, world, summarize(action, result));
    if (result.ok) set((s) => acceptedState(s, world, action, result, sessionLog));
    else set((s) => refusedState(s, world, action, result, sessionLog));
    return result;
  },

  dryRun: (action) => {
    const world = get().world;
    const engine = engineNow();
    if (!world || !engine) return undefined;
    return engine.apply(world, action);
  },

  undo: () => {
    const { past, world, sessionLog } = get();
    const step = past[past.length - 1];
    if (!step || !world) return;
    set((s) => undoneState(s, step, world, sessionLog));
  },

  redo: () => {
    const { future, world, sessionLog } = get();
    const step = future[future.length - 1];
    if (!step || !world) return;
    set((s) => redoneState(s, step, world, sessionLog));
  },

  resetWorld: () => {
    const world = get().world;
    const engine = engineNow();
    if (!world || !engine) return;
    const fresh = engine.createWorld();
    set((s) => resetState(s, world, fresh));
  },

  openDocument: (doc) => set((s) => ({ ...openedState(doc), documentsOpened: s.documentsOpened + 1 })),
  documentsOpened: 0,

  replaceWorld: (world, log) =>
    set((s) => ({
      documentsOpened: s.documentsOpened + 1,
      world,
      sessionLog: log ?? { base: world, entries: [] },
      clockStart: log?.base.clock ?? world.clock,
      past: [],
      future: [],
      canUndo: false,
      canRedo: false,
      timeline: [],
      refusal: null,
      lastResponse: null,
    })),
});
