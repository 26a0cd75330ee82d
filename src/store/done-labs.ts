/**
 * Which labs this browser has finished: a done mark per lab id in localStorage, with the time it was finished.
 * What comes back from localStorage is validated with zod; anything else counts as "nothing done yet".
 */
import { z } from 'zod/mini';

export const DONE_KEY = 'ec2-lab:labs-done:v1';

const doneSchema = z.record(z.string(), z.string());

export type DoneLabs = Readonly<Record<string, string>>;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Parse the stored text: lab id → ISO time it was finished. Never throws. */
export function parseDoneLabs(raw: string | null): DoneLabs {
  if (raw === null) return {};
  try {
    const parsed = doneSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function readDoneLabs(): DoneLabs {
  let raw: string | null;
  try {
    raw = storage()?.getItem(DONE_KEY) ?? null;
  } catch {
    raw = null;
  }
  return parseDoneLabs(raw);
}

const listeners = new Set<() => void>();

/** Mark a lab done (keeps the first time it was finished). */
export function markLabDone(id: string, at: Date = new Date()): void {
  const done = readDoneLabs();
  if (done[id]) return;
  try {
    storage()?.setItem(DONE_KEY, JSON.stringify({ ...done, [id]: at.toISOString() }));
  } catch {
    return; // storage full or disabled: the mark is only lost for the next visit
  }
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore. */
export function subscribeDoneLabs(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === DONE_KEY) listener();
  };
  if (typeof addEventListener === 'function') addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (typeof removeEventListener === 'function') removeEventListener('storage', onStorage);
  };
}

/** A stable snapshot string for useSyncExternalStore (the parsed object is rebuilt from it). */
export function doneLabsSnapshot(): string {
  try {
    return storage()?.getItem(DONE_KEY) ?? '';
  } catch {
    return '';
  }
}
