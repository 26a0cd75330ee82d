/**
 * What the app keeps of one applied action: the session log, a lab's grading history, a link's replayed log and the
 * autosave all hold these entries. One `summarize` makes them, beside the engine's own types.
 */
import type { Action, EngineEvent, Result } from './types';

/** One action sent, with what it got (one entry per action, accepted, refused or read). */
export interface HistoryEntry {
  action: Action;
  ok: boolean;
  /** AWS error code when refused. */
  code?: string;
  /** Rule id from the catalogue when refused. */
  rule?: string;
  events: EngineEvent[];
  /**
   * The response, kept for reads whose answer is the lesson (an IMDS reply, a DNS answer, a parsed type name).
   * Optional: a timeline may leave it out for writes.
   */
  response?: unknown;
}

/** The history entry of `action`, which got `result`. */
export function summarize(action: Action, result: Result): HistoryEntry {
  if (result.ok) return { action, ok: true, events: result.events, response: result.response };
  return { action, ok: false, code: result.error.code, rule: result.error.rule, events: result.events };
}
