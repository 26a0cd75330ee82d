/**
 * Reading a lab document's names and dotted paths, from own properties only. Pure, and free of the engine (the store
 * reads paths with it on every change, before the engine has loaded).
 */

/**
 * The value a document's name stands for, from its own properties only: `{ ref: "__proto__" }`, `constructor` or
 * `toString` from an authored lab must not resolve to what every object inherits.
 */
export function ownValue(from: unknown, key: string): unknown {
  return from !== null && typeof from === 'object' && Object.hasOwn(from, key) ? (from as Record<string, unknown>)[key] : undefined;
}

/** A value inside a response by a dotted path: `Instances.0.InstanceId`. `undefined` when a segment is missing. */
export function readPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const segment of path.split('.')) {
    if (segment === '') continue;
    current = ownValue(current, segment);
    if (current === undefined) return undefined;
  }
  return current;
}
