/**
 * Autosave: the world, the positions, the lens, the guided lab and the end of the session log (for undo) go to
 * localStorage shortly after each change, and come back on the next visit. It never fails silently:
 * - a save that cannot be written (storage full, turned off) or serialised sets `saveFailure`, and the banner says
 *   so at once with "Download your work"; the next good save clears it;
 * - a save that cannot be read is copied to CORRUPT_KEY (and kept in memory, in case storage is full) and left in
 *   place; autosave then pauses until the learner acts, so nothing they had is overwritten behind their back;
 * - another tab saving over this one's work sets `otherTabChanged` (a `storage` event): autosave pauses here until
 *   the learner reloads or keeps this tab's work.
 * Loaded lazily with the engine.
 */
import type { World } from '../engine';
import { restoreSavedLab, savedLabOf } from './lab-slice';
import { AUTOSAVE_KEY, CORRUPT_KEY, parseAutosave, serializeAutosave, type Autosave } from './persist';
import { historyToSave, rebuildHistory } from './saved-history';
import { useLabStore, type LabState, type SaveFailure } from './store';

export const AUTOSAVE_DELAY_MS = 400;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled (privacy settings, sandboxed iframe)
  }
}

let started = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let idle: number | undefined;

/** Forget a save waiting for its delay or for an idle moment. */
function cancelPending(): void {
  clearTimeout(timer);
  timer = undefined;
  if (idle !== undefined) cancelIdleCallback(idle);
  idle = undefined;
}

/** The save's text: everything, or (when that cannot be serialised, e.g. a request nested thousands deep in the log) without the undo log. */
function saveText(state: LabState): string {
  const lab = savedLabOf(state);
  const save: Autosave = {
    world: state.world as World,
    positions: state.positions,
    lens: state.lens,
    savedAt: new Date().toISOString(),
    ...(lab ? { lab } : {}),
  };
  const history = historyToSave(state);
  if (history) {
    try {
      return serializeAutosave({ ...save, history });
    } catch {
      // undo after a reload is lost; the work itself is still saved below
    }
  }
  return serializeAutosave(save);
}

const isQuota = (error: unknown) =>
  error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(error.message));

function failed(state: LabState, failure: SaveFailure): false {
  if (state.saveFailure?.kind !== failure.kind) state.setSaveFailure(failure);
  return false;
}

/** Write the current state now (no-op while a damaged save or another tab's work waits for the learner). */
export function saveNow(state: LabState = useLabStore.getState()): boolean {
  cancelPending();
  // Embed mode never writes: an iframe in a course page must not touch the learner's own lab in this browser.
  if (!state.world || state.autosaveProblem || state.otherTabChanged || state.embed) return false;
  const store = storage();
  if (!store) {
    return failed(state, { kind: 'unavailable', message: 'This browser does not let the lab save (its storage is turned off).' });
  }
  let text: string;
  try {
    text = saveText(state);
  } catch {
    return failed(state, { kind: 'serialize', message: 'The lab could not be written down to be saved.' });
  }
  try {
    store.setItem(AUTOSAVE_KEY, text);
  } catch (error) {
    return failed(
      state,
      isQuota(error)
        ? { kind: 'quota', message: 'The storage of this browser is full.' }
        : { kind: 'unavailable', message: 'This browser refused to store the lab.' },
    );
  }
  if (state.saveFailure) state.setSaveFailure(null);
  return true;
}

/**
 * Writing a large world (serialising it, then localStorage's synchronous write) takes tens of milliseconds: after
 * the quiet delay the save waits for an idle moment (at most IDLE_WAIT_MS), so it never lands between an action and
 * the frame that shows it. `timer` stays set until the save is written: a page going away still flushes it.
 */
const IDLE_WAIT_MS = 2000;

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (typeof requestIdleCallback !== 'function') return void saveNow();
    if (idle !== undefined) cancelIdleCallback(idle);
    idle = requestIdleCallback(() => saveNow(), { timeout: IDLE_WAIT_MS });
  }, AUTOSAVE_DELAY_MS);
}

/** Another tab wrote the save: this tab's work is no longer what a reload brings back. */
function watchOtherTabs(): void {
  if (typeof addEventListener !== 'function') return;
  addEventListener('storage', (event: StorageEvent) => {
    if (event.key !== AUTOSAVE_KEY || event.newValue === null) return;
    const state = useLabStore.getState();
    if (state.embed || state.otherTabChanged) return;
    cancelPending();
    state.setOtherTabChanged(true);
  });
}

/** Save (debounced) whenever the world, the positions or the lens change; flush when the page goes away. */
export function startAutosave(): void {
  if (started) return;
  started = true;
  useLabStore.subscribe((state, prev) => {
    // Nothing to save before the world exists, nor for the world just loaded (restored or fresh).
    if (!state.world || !prev.world) return;
    const resolved =
      (prev.autosaveProblem !== null && state.autosaveProblem === null) || (prev.otherTabChanged && !state.otherTabChanged);
    if (resolved) {
      saveNow(state);
      return;
    }
    if (state.world !== prev.world || state.positions !== prev.positions || state.lens !== prev.lens) schedule();
    // A guided lab: its progress, and reads (they change no world but a goal may need their answer).
    else if (state.activeLab !== prev.activeLab || (state.activeLab && state.sessionLog !== prev.sessionLog)) schedule();
  });
  watchOtherTabs();
  if (typeof addEventListener === 'function') {
    addEventListener('pagehide', () => {
      if (timer !== undefined) saveNow();
    });
  }
}

/**
 * Read the saved lab, if any. A valid save is opened in one store transaction (world, layout, and the undo history
 * rebuilt from its log) and its world returned. A damaged one is kept (copied to CORRUPT_KEY and held in memory, the
 * original left alone) and reported through `autosaveProblem`.
 */
export function restoreAutosave(state: LabState): World | undefined {
  if (state.embed) return undefined; // an embed shows its link's scenario, never the learner's own save
  startAutosave();
  const store = storage();
  if (!store) return undefined;
  let raw: string | null;
  try {
    raw = store.getItem(AUTOSAVE_KEY);
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  const parsed = parseAutosave(raw);
  if (parsed.ok) {
    const { lab, world } = parsed;
    const rebuilt = parsed.history ? rebuildHistory(parsed.history, world) : undefined;
    state.openDocument({
      world,
      layout: { positions: parsed.positions, lens: parsed.lens },
      ...(rebuilt ? { log: rebuilt.log, undo: { past: rebuilt.past, timeline: rebuilt.timeline } } : {}),
    });
    // A guided lab in progress comes back once the world is on screen (it loads the catalogue first).
    if (lab) void restoreSavedLab(lab, world, useLabStore);
    return world;
  }
  let kept = true;
  try {
    store.setItem(CORRUPT_KEY, raw);
  } catch {
    kept = false;
  }
  state.setAutosaveProblem({
    message: kept
      ? `The lab saved in this browser could not be read (${parsed.reason}). A copy is kept under ${CORRUPT_KEY}.`
      : `The lab saved in this browser could not be read (${parsed.reason}).`,
    damaged: raw,
  });
  return undefined;
}

/** Tests: forget the subscription state. */
export function resetAutosaveForTests(): void {
  cancelPending();
  started = false;
}
