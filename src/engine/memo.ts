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
