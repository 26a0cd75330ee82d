/**
 * "Back to your work": before anything opened from a URL or a file replaces the world, the learner's current work
 * is copied aside in localStorage (BEFORE_LINK_KEY, the autosave format), so the link never overwrites it silently.
 * Reading it back goes through the autosave's zod schema. Loaded lazily (it needs the engine's collections).
 *
 * Other openers (`#lab=…`, `#labdoc=…`) call `keepWorkAside()` before they replace the world, then
 * `announceOpened()` so that the banner offers the way back.
 */
import type { World } from '../engine';
import { z } from 'zod/mini';
import { isBlankWorld } from '../store/blank-world';
import { labHistory } from '../store/lab-slice';
import { parseAutosave, serializeAutosave } from '../store/persist';
import { useLabStore } from '../store/store';
import { useFollow } from './follow-status';
import { useLinkStatus, type OpenSource, type ShownWarning } from './link-status';

export const BEFORE_LINK_KEY = 'ec2-lab:autosave:before-link';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The world last opened from a link or file: while it is still on screen untouched, there is no new work to keep. */
let openedWorld: World | null = null;

/** Remember the world an opener just put on screen (see keepWorkAside). */
export function markOpened(world: World): void {
  openedWorld = world;
}

/** Older kept copies (most recent first), so that opening one link after another never drops the learner's work. */
export const EARLIER_KEY = 'ec2-lab:autosave:before-link:earlier';
const EARLIER_MAX = 4;
/** Which kept copy (0: the newest) the learner chose to drop, for the keepWorkAside that follows the question. */
let chosenDrop: number | undefined;
const earlierSchema = z.array(z.string());

function earlierCopies(store: Storage): string[] {
  try {
    const parsed = earlierSchema.safeParse(JSON.parse(store.getItem(EARLIER_KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * Copy the current work aside (world, positions, lens). Returns true when something is kept aside now or still
 * from before. Nothing is overwritten: opening a second link over an untouched first one keeps the learner's own
 * work as it is; over a changed one (or work made after going back), the copy kept before moves to a short list of
 * earlier copies, which "Back to your work" walks back through. A blank world has nothing to keep.
 */
export function keepWorkAside(): boolean {
  const dropChosen = chosenDrop;
  chosenDrop = undefined;
  const state = useLabStore.getState();
  const store = storage();
  if (!store || !state.world || state.embed) return false;
  const existing = store.getItem(BEFORE_LINK_KEY);
  if (existing !== null && ((openedWorld && state.world === openedWorld) || isBlankWorld(state.world))) return true;
  if (isBlankWorld(state.world)) return false;
  try {
    const text = serializeAutosave({
      world: state.world,
      positions: state.positions,
      lens: state.lens,
      savedAt: new Date().toISOString(),
    });
    if (existing !== null) {
      // the copy the learner chose to drop (when the list was full), else the oldest falls off the end
      const copies = [existing, ...earlierCopies(store)].filter((_, i) => i !== dropChosen);
      store.setItem(EARLIER_KEY, JSON.stringify(copies.slice(0, EARLIER_MAX)));
    }
    store.setItem(BEFORE_LINK_KEY, text);
    return true;
  } catch {
    return false; // storage full or disabled: the opener then refuses rather than lose the work
  }
}

/** Whether work is kept aside (and readable). */
export function hasWorkAside(): boolean {
  const raw = storage()?.getItem(BEFORE_LINK_KEY) ?? null;
  return raw !== null && parseAutosave(raw).ok;
}

/** Show the banner for something just opened (with "Back to your work" when work was kept aside). */
export function announceOpened(opened: {
  source: OpenSource;
  title: string;
  notes?: string;
  warnings?: ShownWarning[];
  canGoBack: boolean;
  labMissing?: string;
}): void {
  useLinkStatus.getState().setStatus({
    kind: 'opened',
    source: opened.source,
    title: opened.title,
    notes: opened.notes ?? '',
    warnings: opened.warnings ?? [],
    canGoBack: opened.canGoBack,
    ...(opened.labMissing ? { labMissing: opened.labMissing } : {}),
  });
}

export type BackResult = { ok: true } | { ok: false; code: string; message: string };

/**
 * Put the kept work back: the world (history starts again from it), positions and lens; any guided lab is left.
 * The copy is removed once it is back on screen (autosave then keeps it as usual).
 */
export function backToWork(): BackResult {
  const store = storage();
  const raw = store?.getItem(BEFORE_LINK_KEY) ?? null;
  if (!store || raw === null) {
    return { ok: false, code: 'nothing-kept', message: 'There is no earlier work kept in this browser.' };
  }
  const parsed = parseAutosave(raw);
  if (!parsed.ok) {
    return { ok: false, code: 'kept-work-unreadable', message: `The work kept aside could not be read (${parsed.reason}).` };
  }
  useLabStore.getState().openDocument({ world: parsed.world, layout: { positions: parsed.positions, lens: parsed.lens } });
  openedWorld = null;
  useFollow.getState().setFollowing(null); // back to the learner's own work: nothing is followed any more
  // The next older copy, if any, becomes the one kept: "Back" again goes one further.
  const [next, ...older] = earlierCopies(store);
  try {
    if (next === undefined) store.removeItem(BEFORE_LINK_KEY);
    else {
      store.setItem(BEFORE_LINK_KEY, next);
      store.setItem(EARLIER_KEY, JSON.stringify(older));
    }
  } catch {
    // it stays; harmless
  }
  useLinkStatus.getState().setMeta({ title: '', notes: '' });
  useLinkStatus.getState().setStatus({
    kind: 'back',
    message:
      next === undefined
        ? 'Your work is back, as it was before.'
        : 'Your work is back, as it was before. Earlier work is still kept aside in this browser.',
    more: next !== undefined,
  });
  return { ok: true };
}

/**
 * Before a link or file replaces a guided lab the learner has practised in, ask (as the Labs picker does). True when
 * there is nothing to lose or the learner says yes; on no, the banner says nothing was opened.
 */
export async function mayOpenOverLab(source: OpenSource, what: string): Promise<boolean> {
  const state = useLabStore.getState();
  if (!(await mayDropOldestCopy(source))) return false;
  if (state.embed || !state.activeLab || labHistory(state).length === 0) return true;
  const yes = await useLinkStatus.getState().ask({
    title: `Leave “${state.activeLab.lab.title}”?`,
    body: `This ${source} opens ${what}. What you did in the lab so far is not kept if you open it now.`,
    confirm: `Open the ${source}`,
    cancel: 'Stay in the lab',
  });
  if (!yes) {
    useLinkStatus.getState().setStatus({
      kind: 'error',
      source,
      code: 'stayed-in-lab',
      message: 'You chose to stay in your guided lab, so nothing was opened.',
    });
  }
  return yes;
}

/** Whether keeping the current work aside now would push the oldest kept copy out of the list (it is full). */
export function wouldDropOldestCopy(): boolean {
  const state = useLabStore.getState();
  const store = storage();
  if (!store || !state.world || state.embed || state.activeLab) return false;
  if (store.getItem(BEFORE_LINK_KEY) === null || (openedWorld && state.world === openedWorld) || isBlankWorld(state.world)) return false;
  return earlierCopies(store).length >= EARLIER_MAX;
}

/**
 * One kept copy in words, its place first so that copies made in the same minute still read apart:
 * "Newest · kept 5 Dec 2026, 06:01:12 · 2 VPCs, 3 instances"; the last of `total` is "Oldest".
 */
export function describeCopy(text: string, index: number, total: number): string {
  const nth = `${index + 1}${index === 1 ? 'nd' : index === 2 ? 'rd' : 'th'} newest`;
  const age = index === 0 ? 'Newest' : index === total - 1 ? 'Oldest' : nth.charAt(0).toUpperCase() + nth.slice(1);
  try {
    const doc = JSON.parse(text) as { savedAt?: unknown; world?: Record<string, unknown> };
    const count = (key: string) => (doc.world && typeof doc.world[key] === 'object' && doc.world[key] ? Object.keys(doc.world[key]).length : 0);
    const when = typeof doc.savedAt === 'string' && !Number.isNaN(Date.parse(doc.savedAt)) ? new Date(doc.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' }) : 'unknown time';
    const what = [`${count('vpcs')} VPC${count('vpcs') === 1 ? '' : 's'}`, `${count('instances')} instance${count('instances') === 1 ? '' : 's'}`].join(', ');
    return `${age} · kept ${when} · ${what}`;
  } catch {
    return `${age} · a copy that cannot be read`;
  }
}

/** When the kept copies are full, the learner chooses which one to drop (the oldest is offered), or opens nothing. */
async function mayDropOldestCopy(source: OpenSource): Promise<boolean> {
  if (!wouldDropOldestCopy()) return true;
  const store = storage();
  const copies = store ? [store.getItem(BEFORE_LINK_KEY) ?? '', ...earlierCopies(store)] : [];
  let chosen = copies.length - 1;
  const yes = await useLinkStatus.getState().ask({
    title: 'Drop one kept copy of your work?',
    body: `This browser already keeps ${EARLIER_MAX + 1} copies of earlier work (the most it keeps). Opening this ${source} keeps your current work too, so one copy must go: choose which. To keep them all, go Back to the one you need and save it as a file from Share.`,
    confirm: `Drop it and open the ${source}`,
    cancel: 'Keep every copy',
    choices: { label: 'Drop this copy:', options: copies.map((copy, i) => describeCopy(copy, i, copies.length)), onChoose: (i) => (chosen = i) },
  });
  if (yes) chosenDrop = chosen;
  if (!yes) {
    useLinkStatus.getState().setStatus({
      kind: 'error',
      source,
      code: 'copies-full',
      message: 'You chose to keep every copy of earlier work, so nothing was opened.',
    });
  }
  return yes;
}
