/**
 * Values derived from one immutable collection, computed once per version of it. Collections never change (every
 * write makes a new one), so a value computed from a collection alone stays right for as long as anyone holds that
 * collection: a transaction sees its own writes (they make a new version), a read action shares the world's.
 *
 * `derive` must be a module-level function (its identity is the key) that reads nothing but its argument.
 */

const memos = new WeakMap<object, Map<(source: never) => unknown, unknown>>();

export function derived<C extends object, T>(source: C, derive: (source: C) => T): T {
  let values = memos.get(source);
  if (!values) memos.set(source, (values = new Map()));
  const key = derive as (source: never) => unknown;
  if (values.has(key)) return values.get(key) as T;
  const value = derive(source);
  values.set(key, value);
  return value;
}

const asked = new WeakMap<object, number>();
/** Questions about one version answered by scanning before its index is built. */
const SCANS_BEFORE_INDEX = 8;

/**
 * An index over a collection, built once enough questions came about the same version of it: the first few are
 * answered by `scan` (a write path asks a handful of times per version, and a scan costs less than building the
 * index), every later one by `ask` on the index built once for that version (a read of many resources asks once
 * per resource). `scan` and `ask` must give the same answer.
 */
export function indexed<C extends object, I, T>(source: C, build: (source: C) => I, ask: (index: I) => T, scan: () => T): T {
  const count = asked.get(source) ?? 0;
  if (count < SCANS_BEFORE_INDEX) {
    asked.set(source, count + 1);
    return scan();
  }
  return ask(derived(source, build));
}
