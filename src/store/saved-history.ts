/**
 * Undo and the timeline survive a reload: the autosave keeps the end of the session log (the last
 * SAVED_HISTORY_LIMIT steps) and the world before them; on load the steps are replayed from that world to rebuild
 * the undo steps and the timeline. The replay is bounded (a save is input like any other): past its time budget, or
 * if it does not lead to the saved world (another engine version), the world still comes back, without its undo.
 */
import type { HistoryEntry, World } from '../engine';
import { engineNow } from './engine-module';
import { SAVED_HISTORY_LIMIT } from './persist';
import type { LabState } from './store';
import { entry, HISTORY_LIMIT, keepLast, TIMELINE_LIMIT, type HistoryStep, type SessionLog, type TimelineEntry } from './world-slice';

/** Milliseconds the rebuild may take before it gives up (the page must come back quickly). */
const REBUILD_BUDGET_MS = 400;

/**
 * The end of the session log to save, with the world it starts from: the whole log when it is short, else from the
 * oldest undo step within the last SAVED_HISTORY_LIMIT entries (an undo step holds the world before its action).
 */
export function historyToSave(state: Pick<LabState, 'sessionLog' | 'past' | 'world'>): SessionLog | undefined {
  const log = state.sessionLog;
  if (!log || log.entries.length === 0) return undefined;
  if (log.entries.length <= SAVED_HISTORY_LIMIT) return log;
  const from = log.entries.length - SAVED_HISTORY_LIMIT;
  const step = state.past.find((p) => p.log.base === log.base && p.log.entries.length >= from);
  if (!step) return undefined;
  return { base: step.world, entries: log.entries.slice(step.log.entries.length) };
}

interface Rebuilt {
  log: SessionLog;
  past: HistoryStep[];
  timeline: TimelineEntry[];
}

const now = () => (typeof performance === 'undefined' ? 0 : performance.now());

/**
 * Replay `saved` (steps and the world before them) to rebuild undo and the timeline. Undefined when the engine is
 * not loaded, the budget runs out, or the replay does not end on `world` (compared as JSON).
 */
export function rebuildHistory(saved: { base: World; entries: readonly HistoryEntry[] }, world: World): Rebuilt | undefined {
  const engine = engineNow();
  if (!engine) return undefined;
  const started = now();
  const past: HistoryStep[] = [];
  const timeline: TimelineEntry[] = [];
  let current = saved.base;
  for (let i = 0; i < saved.entries.length; i++) {
    if (now() - started > REBUILD_BUDGET_MS) return undefined;
    const action = (saved.entries[i] as HistoryEntry).action;
    const result = engine.apply(current, action);
    if (!result.ok) {
      timeline.push(entry(current, action.type, false, result.events, result.error.message, action));
      continue;
    }
    const changed = result.world !== current;
    if (changed) past.push({ world: current, action, log: { base: saved.base, entries: saved.entries.slice(0, i) } });
    if (changed || result.events.length > 0) timeline.push(entry(result.world, action.type, true, result.events, undefined, action));
    current = result.world;
  }
  if (JSON.stringify(current) !== JSON.stringify(world)) return undefined;
  return {
    log: { base: saved.base, entries: saved.entries },
    past: keepLast(past, HISTORY_LIMIT),
    timeline: keepLast(timeline, TIMELINE_LIMIT),
  };
}
