/**
 * Autosave: the world, the positions and the lens go to localStorage shortly after each change, and come back on
 * the next visit. A save that cannot be read is copied to CORRUPT_KEY and left in place; autosave then pauses (the
 * banner says so) until the learner acts, so nothing they had is overwritten behind their back.
 * Loaded lazily with the engine.
 */
import type { World } from '../engine';
import { restoreSavedLab, savedLabOf } from './lab-slice';
import { AUTOSAVE_KEY, CORRUPT_KEY, parseAutosave, serializeAutosave } from './persist';
import { useLabStore, type LabState } from './store';

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

/** Write the current state now (no-op while a damaged save is waiting for the learner, or without storage). */
export function saveNow(state: LabState = useLabStore.getState()): boolean {
  clearTimeout(timer);
  timer = undefined;
  const store = storage();
  // Embed mode never writes: an iframe in a course page must not touch the learner's own lab in this browser.
  if (!store || !state.world || state.autosaveProblem || state.embed) return false;
  try {
    const lab = savedLabOf(state);
    const text = serializeAutosave({
      world: state.world,
      positions: state.positions,
      lens: state.lens,
      savedAt: new Date().toISOString(),
      ...(lab ? { lab } : {}),
    });
    store.setItem(AUTOSAVE_KEY, text);
    return true;
  } catch {
    return false; // full storage: keep working, the next change tries again
  }
}

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => saveNow(), AUTOSAVE_DELAY_MS);
}

/** Save (debounced) whenever the world, the positions or the lens change; flush when the page goes away. */
export function startAutosave(): void {
  if (started) return;
  started = true;
  useLabStore.subscribe((state, prev) => {
    // Nothing to save before the world exists, nor for the world just loaded (restored or fresh).
    if (!state.world || !prev.world) return;
    const problemResolved = prev.autosaveProblem !== null && state.autosaveProblem === null;
    if (problemResolved) {
      saveNow(state);
      return;
    }
    if (state.world !== prev.world || state.positions !== prev.positions || state.lens !== prev.lens) schedule();
    // A guided lab: its progress, and reads (they change no world but a goal may need their answer).
    else if (state.activeLab !== prev.activeLab || (state.activeLab && state.sessionLog !== prev.sessionLog)) schedule();
  });
  if (typeof addEventListener === 'function') {
    addEventListener('pagehide', () => {
      if (timer !== undefined) saveNow();
    });
  }
}

/**
 * Read the saved lab, if any. A valid save restores the positions and lens into the store and returns the world.
 * A damaged one is kept (copied to CORRUPT_KEY, the original left alone) and reported through `autosaveProblem`.
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
    state.restoreLayout({ positions: parsed.positions, lens: parsed.lens });
    // A guided lab in progress comes back once the world is on screen (it loads the catalogue first).
    const { lab, world } = parsed;
    if (lab) void restoreSavedLab(lab, world, useLabStore);
    return parsed.world;
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
  });
  return undefined;
}

/** Tests: forget the subscription state. */
export function resetAutosaveForTests(): void {
  clearTimeout(timer);
  timer = undefined;
  started = false;
}
