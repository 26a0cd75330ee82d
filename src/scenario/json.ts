/** Small helpers for plain JSON values. */

export type Obj = Record<string, unknown>;

/** A document the decoder cannot make sense of; becomes `{ code: 'invalid' }`. */
export class InvalidDocument extends Error {}

/** A document that would cost too much to open (it expands or replays past a limit); becomes `{ code: 'too-large' }`. */
export class TooHeavy extends InvalidDocument {}

/**
 * Nodes (objects, arrays, leaves) of the values a document expands to, counted as they are made and refused past
 * `max`. Snapshot deltas copy every field of the item before them, so a small document can stand for a huge one:
 * the cap counts fields × items (and what each field holds), not bytes.
 */
export class ExpansionMeter {
  nodes = 0;
  /** A Map, not a WeakMap: the meter lives for one decode, and a Map is cheaper to fill and to collect. */
  private readonly weights = new Map<object, number>();

  constructor(readonly max: number) {}

  /** Nodes of a JSON value (memoised per object: the values deltas share are counted once each time they are used). */
  weight(value: unknown): number {
    if (value === null || typeof value !== 'object') return 1;
    const known = this.weights.get(value);
    if (known !== undefined) return known;
    let n = 1;
    for (const inner of Array.isArray(value) ? value : Object.values(value)) n += this.weight(inner);
    this.weights.set(value, n);
    return n;
  }

  /** Count `n` more nodes; throws TooHeavy past the cap. */
  charge(n: number, where: string): void {
    this.nodes += n;
    if (this.nodes > this.max) {
      throw new TooHeavy(`${where}: the snapshot expands to more than ${this.max.toLocaleString('en')} values (fields × items)`);
    }
  }
}

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of plain JSON values, key order included (so that "equal" also means "serialises the same"). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i] as string;
    if (k !== kb[i] || !same((a as Obj)[k], (b as Obj)[k])) return false;
  }
  return true;
}

/** The plain JSON form of a value (collections become `{ id: resource }`, undefined members disappear). */
export function toPlain<T = Obj>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Copy a parsed JSON value, passing every string (keys and values) through `mapString`. Refuses `__proto__` keys
 * and nesting deeper than `maxDepth`, so later code can index objects with any remaining key safely.
 */
export function mapStrings(value: unknown, mapString: (s: string) => string, maxDepth: number, depth = 0): unknown {
  if (typeof value === 'string') return mapString(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= maxDepth) throw new InvalidDocument(`the document is nested more than ${maxDepth} levels deep`);
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = mapStrings(value[i], mapString, maxDepth, depth + 1);
    return out;
  }
  const out: Obj = {};
  for (const key of Object.keys(value)) {
    const mapped = mapString(key);
    if (mapped === '__proto__') throw new InvalidDocument('the document has a "__proto__" key');
    if (Object.hasOwn(out, mapped)) throw new InvalidDocument(`the key "${mapped.slice(0, 40)}" appears twice`);
    out[mapped] = mapStrings((value as Obj)[key], mapString, maxDepth, depth + 1);
  }
  return out;
}

/**
 * Like mapStrings, but for a tree fresh from JSON.parse that nobody else holds: strings are replaced in place and an
 * object is rebuilt only when one of its keys changes (key order kept). Same refusals as mapStrings.
 */
export function mapStringsInPlace(value: unknown, mapString: (s: string) => string, maxDepth: number, depth = 0): unknown {
  if (typeof value === 'string') return mapString(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= maxDepth) throw new InvalidDocument(`the document is nested more than ${maxDepth} levels deep`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) value[i] = mapStringsInPlace(item, mapString, maxDepth, depth + 1);
      else if (typeof item === 'string') value[i] = mapString(item);
    }
    return value;
  }
  const obj = value as Obj;
  const keys = Object.keys(obj);
  let renamed = false;
  for (const key of keys) {
    if (key === '__proto__') throw new InvalidDocument('the document has a "__proto__" key');
    const item = obj[key];
    if (typeof item === 'object' && item !== null) obj[key] = mapStringsInPlace(item, mapString, maxDepth, depth + 1);
    else if (typeof item === 'string') obj[key] = mapString(item);
    if (!renamed && mapString(key) !== key) renamed = true;
  }
  if (!renamed) return obj;
  const out: Obj = {};
  for (const key of keys) {
    const mapped = mapString(key);
    if (mapped === '__proto__') throw new InvalidDocument('the document has a "__proto__" key');
    if (Object.hasOwn(out, mapped)) throw new InvalidDocument(`the key "${mapped.slice(0, 40)}" appears twice`);
    out[mapped] = obj[key];
  }
  return out;
}
