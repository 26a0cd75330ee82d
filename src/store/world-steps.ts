/**
 * How each change of the world moves the store: the state a dispatch, an undo, a redo or a reset leaves, as pure
 * functions of the state before (the world slice calls them inside `set`).
 */
import type { Action, EngineEvent, HistoryEntry, Result, World } from '../engine';
import type { LabState } from './store';
import type { HistoryStep, SessionLog, TimelineEntry } from './world-slice';

/** At least 200 undo steps (BUDGETS.md); worlds share structure, so keeping more is cheap. */
export const HISTORY_LIMIT = 500;
export const TIMELINE_LIMIT = 500;
/** Past this many entries the session log starts again from the current world (a share link then carries a snapshot). */
const SESSION_LOG_LIMIT = 5000;

let nextTimelineId = 1;

export function keepLast<T>(list: T[], limit: number): T[] {
  return list.length > limit ? list.slice(list.length - limit) : list;
}

/** The log with one more entry; `before` is the world the action was sent to (the new base when the log is full). */
export function appendLog(log: SessionLog | null, before: World, item: HistoryEntry): SessionLog {
  if (!log || log.entries.length >= SESSION_LOG_LIMIT) return { base: before, entries: [item] };
  return { base: log.base, entries: [...log.entries, item] };
}

/** A timeline line at `world`'s clock (the autosave rebuilds the timeline with it too). */
export function entry(world: World, action: string, ok: boolean, events: EngineEvent[], message?: string, request?: Action): TimelineEntry {
  return {
    id: nextTimelineId++,
    at: world.clock,
    action,
    events,
    ok,
    ...(message === undefined ? {} : { message }),
    ...(request ? { request } : {}),
  };
}

/** The world and its log as an undo step that `action` moved on from. */
function stepFrom(s: LabState, world: World, action: Action): HistoryStep {
  return { world, action, log: s.sessionLog ?? { base: world, entries: [] } };
}

/** After an accepted action: history moves on when the world changed; the timeline shows it when anything happened. */
export function acceptedState(s: LabState, world: World, action: Action, result: Extract<Result, { ok: true }>, sessionLog: SessionLog): Partial<LabState> {
  const changed = result.world !== world;
  return {
    sessionLog,
    ...(changed
      ? {
          world: result.world,
          past: keepLast([...s.past, stepFrom(s, world, action)], HISTORY_LIMIT),
          future: [],
          canUndo: true,
          canRedo: false,
        }
      : {}),
    timeline:
      changed || result.events.length > 0
        ? keepLast([...s.timeline, entry(result.world, action.type, true, result.events, undefined, action)], TIMELINE_LIMIT)
        : s.timeline,
    refusal: null,
    lastResponse: { action, response: result.response },
  };
}

/** After a refusal: the world stays; the refusal card and the timeline say why. */
export function refusedState(s: LabState, world: World, action: Action, result: Extract<Result, { ok: false }>, sessionLog: SessionLog): Partial<LabState> {
  return {
    sessionLog,
    refusal: { error: result.error, action },
    timeline: keepLast([...s.timeline, entry(world, action.type, false, result.events, result.error.message, action)], TIMELINE_LIMIT),
  };
}

/** One step back: `step` (the last of `past`) is shown again and the world left goes on `future`. */
export function undoneState(s: LabState, step: HistoryStep, world: World, sessionLog: SessionLog | null): Partial<LabState> {
  return {
    world: step.world,
    sessionLog: step.log,
    past: s.past.slice(0, -1),
    future: [...s.future, { world, action: step.action, log: sessionLog ?? step.log }],
    canUndo: s.past.length > 1,
    canRedo: true,
    refusal: null,
    timeline: keepLast([...s.timeline, entry(step.world, 'lab:Undo', true, [], `Undid ${step.action.type}`)], TIMELINE_LIMIT),
  };
}

/** One step forward again: `step` (the last of `future`) is shown and the world left goes back on `past`. */
export function redoneState(s: LabState, step: HistoryStep, world: World, sessionLog: SessionLog | null): Partial<LabState> {
  return {
    world: step.world,
    sessionLog: step.log,
    future: s.future.slice(0, -1),
    past: keepLast([...s.past, { world, action: step.action, log: sessionLog ?? step.log }], HISTORY_LIMIT),
    canUndo: true,
    canRedo: s.future.length > 1,
    refusal: null,
    timeline: keepLast([...s.timeline, entry(step.world, 'lab:Redo', true, [], `Redid ${step.action.type}`)], TIMELINE_LIMIT),
  };
}

/** Back to a fresh world, as one undoable step. */
export function resetState(s: LabState, world: World, fresh: World): Partial<LabState> {
  const action: Action = { type: 'lab:Reset' };
  return {
    world: fresh,
    sessionLog: { base: fresh, entries: [] },
    clockStart: fresh.clock,
    past: keepLast([...s.past, stepFrom(s, world, action)], HISTORY_LIMIT),
    future: [],
    canUndo: true,
    canRedo: false,
    refusal: null,
    selection: null,
    timeline: keepLast([...s.timeline, entry(fresh, 'lab:Reset', true, [], 'Started again from an empty lab')], TIMELINE_LIMIT),
  };
}
