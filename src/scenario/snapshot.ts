/**
 * A world as a compact snapshot: the difference from the starting world its seed gives.
 *
 * - The baseline is `createWorld({ seed, defaultVpc })`: Amazon's AMIs, snapshots and KMS keys (and the default VPCs)
 *   are rebuilt from the seed, not carried.
 * - Top-level fields equal to the baseline's are left out; `rng` is carried as the number of draws since the seed.
 * - A collection equal to the baseline's is left out. Otherwise it is a list, in the collection's order, of items:
 *   a number (the baseline entry at that index, unchanged) or a delta object (only the fields that differ from the
 *   previous item; `$d` lists removed fields, `$o` gives the key order when it is not the natural one, `$k` the
 *   collection key when it is not the resource's own id). Keys that start with `$` are written `$$…`.
 * Decoding gives back the same JSON, key order included.
 */
import { createWorld, type World } from '../engine';
import { Collection } from '../engine/collection';
import type { CollectionKey } from '../engine/model/world';
import { drawCount, rngAfter } from './ids';
import { ExpansionMeter, InvalidDocument, TooHeavy, isObject, same, toPlain, type Obj } from './json';
import { KEY_FIELD, type WireSnapshot } from './schema';
import { LIMITS } from './limits';

/** A snapshot item with more fields than any resource has. */
export const tooWide = (name: string, n: number) => new TooHeavy(`${name}[${n}] has more than ${LIMITS.maxFieldsPerResource} fields`);

interface Baseline {
  world: World;
  json: Obj;
}

const baselines = new Map<string, Baseline>();

/** The starting world for a seed, as a world and as plain JSON (cached: a few seeds at most). */
function baseline(seed: number, defaultVpc: boolean): Baseline {
  const key = `${seed}|${defaultVpc ? 1 : 0}`;
  let found = baselines.get(key);
  if (!found) {
    const world = createWorld({ seed, defaultVpc });
    found = { world, json: deepFreezeJson(toPlain(world)) };
    if (baselines.size >= 8) baselines.delete(baselines.keys().next().value as string);
    baselines.set(key, found);
  }
  return found;
}

function deepFreezeJson<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreezeJson(v);
  }
  return value;
}

const keysOf = new WeakMap<object, readonly string[]>();

/** Names of the id-keyed collections of a world (found by type, so a collection added later is included). */
export function collectionKeys(world: World): readonly string[] {
  let keys = keysOf.get(world);
  if (!keys) {
    keys = Object.keys(world).filter((k) => (world as unknown as Obj)[k] instanceof Collection);
    keysOf.set(world, keys);
  }
  return keys;
}

const escKey = (k: string) => (k.startsWith('$') ? `$${k}` : k);
function unescKey(k: string): string {
  if (k.startsWith('$$')) return k.slice(1);
  throw new InvalidDocument(`unknown field "${k.slice(0, 40)}" in a snapshot item`);
}

/** Only what changed from `prev` to `cur` (both plain JSON objects). */
export function deltaOf(prev: Obj, cur: Obj): Obj {
  const d: Obj = {};
  const curKeys = Object.keys(cur);
  const prevKeys = Object.keys(prev);
  for (const k of curKeys) if (!Object.hasOwn(prev, k) || !same(prev[k], cur[k])) d[escKey(k)] = cur[k];
  const removed = prevKeys.filter((k) => !Object.hasOwn(cur, k));
  if (removed.length) d.$d = removed;
  const natural = [...prevKeys.filter((k) => Object.hasOwn(cur, k)), ...curKeys.filter((k) => !Object.hasOwn(prev, k))];
  if (!same(natural, curKeys)) d.$o = curKeys;
  return d;
}

const META = new Set(['$d', '$o', '$k']);

/** A delta key that is a field name as it stands (no `$` marker or escape, not `__proto__`). */
const plainKey = (k: string) => k.charCodeAt(0) !== 36 && k !== '__proto__';

/**
 * applyDelta for the common delta (plain field names only: no `$d`, `$o`, `$k` or `$$…`): `prev`'s fields in their
 * order, changed ones replaced, then the new ones in the delta's order. Copies `prev` in one go instead of field by
 * field.
 */
function overlay(prev: Obj, delta: Obj, keys: readonly string[]): Obj {
  if (Object.hasOwn(prev, '__proto__')) throw new InvalidDocument('the document has a "__proto__" key');
  const out: Obj = { ...prev };
  for (const k of keys) out[k] = delta[k];
  return out;
}

/** Rebuild `cur` from `prev` and `deltaOf(prev, cur)`; refuses anything `deltaOf` cannot have written. */
export function applyDelta(prev: Obj, delta: Obj): Obj {
  const keys = Object.keys(delta);
  if (keys.every(plainKey)) return overlay(prev, delta, keys);
  const changed: Obj = {};
  for (const k of Object.keys(delta)) {
    if (META.has(k)) continue;
    changed[k.startsWith('$') ? unescKey(k) : k] = delta[k];
  }
  const removedRaw = delta.$d;
  if (removedRaw !== undefined && (!Array.isArray(removedRaw) || !removedRaw.every((k) => typeof k === 'string'))) {
    throw new InvalidDocument('"$d" must be a list of field names');
  }
  const removed = new Set(removedRaw as string[] | undefined);
  for (const k of removed) if (!Object.hasOwn(prev, k)) throw new InvalidDocument(`"$d" removes a missing field "${k.slice(0, 40)}"`);
  let order: string[];
  if (delta.$o !== undefined) {
    const given = delta.$o;
    if (!Array.isArray(given) || !given.every((k) => typeof k === 'string')) throw new InvalidDocument('"$o" must be a list of field names');
    order = given as string[];
    const expected = new Set([...Object.keys(prev).filter((k) => !removed.has(k)), ...Object.keys(changed)]);
    if (order.length !== expected.size || new Set(order).size !== order.length || !order.every((k) => expected.has(k))) {
      throw new InvalidDocument('"$o" does not list the fields of the item');
    }
  } else {
    order = [...Object.keys(prev).filter((k) => !removed.has(k))];
    for (const k of Object.keys(changed)) if (!Object.hasOwn(prev, k)) order.push(k);
  }
  const out: Obj = {};
  for (const k of order) {
    if (k === '__proto__') throw new InvalidDocument('the document has a "__proto__" key');
    out[k] = Object.hasOwn(changed, k) ? changed[k] : prev[k];
  }
  return out;
}

function encodeCollection(key: string, current: Obj, base: Obj): unknown[] | undefined {
  if (same(current, base)) return undefined;
  const baseIndex = new Map<string, number>();
  Object.keys(base).forEach((k, i) => baseIndex.set(k, i));
  const keyField = KEY_FIELD[key as CollectionKey] ?? 'id';
  const items: unknown[] = [];
  let prev: Obj = {};
  for (const [k, value] of Object.entries(current)) {
    const v = value as Obj;
    const i = baseIndex.get(k);
    if (i !== undefined && same(v, base[k])) {
      items.push(i);
    } else {
      const d = deltaOf(prev, v);
      if (v[keyField] !== k) d.$k = k;
      items.push(d);
    }
    prev = v;
  }
  return items;
}

function decodeCollection(name: string, items: readonly unknown[], base: Obj, maxItems: number, meter: ExpansionMeter): Obj {
  if (items.length > maxItems) throw new InvalidDocument(`${name} has more than ${maxItems} resources`);
  const baseEntries = Object.entries(base);
  const keyField = KEY_FIELD[name as CollectionKey] ?? 'id';
  const out: Obj = {};
  let prev: Obj = {};
  let prevWeight = 1;
  for (let n = 0; n < items.length; n++) {
    const item = items[n];
    let key: unknown;
    let value: Obj;
    if (typeof item === 'number') {
      const entry = baseEntries[item];
      if (!entry) throw new InvalidDocument(`${name}[${n}] refers to starting resource #${item}, which does not exist`);
      [key, value] = entry as [string, Obj];
      prevWeight = meter.weight(value);
      meter.charge(prevWeight, name);
    } else if (isObject(item)) {
      // charged before the copy: at most the previous item's fields plus the delta's own
      const itemWeight = meter.weight(item);
      meter.charge(prevWeight + itemWeight, name);
      const fields = Object.keys(item);
      if (fields.length > LIMITS.maxFieldsPerResource) throw tooWide(name, n);
      if (fields.every(plainKey)) {
        // the item weighs what prev weighs, less the fields the delta replaces, plus the delta's own (itemWeight - 1)
        for (const k of fields) if (Object.hasOwn(prev, k)) prevWeight -= meter.weight(prev[k]);
        prevWeight += itemWeight - 1;
        value = overlay(prev, item, fields);
      } else {
        value = applyDelta(prev, item);
        prevWeight = 1;
        for (const k of Object.keys(value)) prevWeight += meter.weight(value[k]);
      }
      key = item.$k ?? value[keyField];
    } else {
      throw new InvalidDocument(`${name}[${n}] is neither a resource nor a starting-resource index`);
    }
    if (typeof key !== 'string' || key.length === 0 || key === '__proto__') {
      throw new InvalidDocument(`${name}[${n}] has no usable id`);
    }
    if (Object.hasOwn(out, key)) throw new InvalidDocument(`${name} lists ${key.slice(0, 60)} twice`);
    out[key] = value;
    prev = value;
  }
  return out;
}

/** Does the world start from the default-VPC baseline (it still has that baseline's first default VPC, unchanged)? */
export function startsWithDefaultVpc(world: World): boolean {
  const withVpc = baseline(world.seed, true).json.vpcs as Obj;
  const first = Object.keys(withVpc)[0];
  if (first === undefined) return false;
  const mine = world.vpcs.get(first);
  return mine !== undefined && same(toPlain(mine), withVpc[first]);
}

/** The world as a snapshot relative to its seed's starting world. */
export function encodeSnapshot(world: World): WireSnapshot {
  const dv = startsWithDefaultVpc(world);
  const base = baseline(world.seed, dv).json;
  const json = toPlain(world);
  const collections = new Set(collectionKeys(world));
  const snap: WireSnapshot = { k: drawCount(world.seed, world.rng) };
  if (dv) snap.dv = 1;
  const v: Obj = {};
  const c: Record<string, unknown[]> = {};
  for (const key of Object.keys(json)) {
    if (key === 'rng' || key === 'seed') continue;
    if (collections.has(key)) {
      const items = encodeCollection(key, json[key] as Obj, isObject(base[key]) ? base[key] : {});
      if (items) c[key] = items as (number | Obj)[];
    } else if (!Object.hasOwn(base, key) || !same(json[key], base[key])) {
      v[key] = json[key];
    }
  }
  if (Object.keys(v).length) snap.v = v;
  if (Object.keys(c).length) snap.c = c as WireSnapshot['c'];
  const keys = Object.keys(json);
  const removed = Object.keys(base).filter((k) => !Object.hasOwn(json, k));
  if (removed.length) snap.$d = removed;
  const natural = [...Object.keys(base).filter((k) => Object.hasOwn(json, k)), ...keys.filter((k) => !Object.hasOwn(base, k))];
  if (!same(natural, keys)) snap.$o = keys;
  return snap;
}

/**
 * The plain JSON of the world a snapshot describes, and which of its top-level keys are collections. Throws
 * InvalidDocument for anything `encodeSnapshot` cannot have written, and TooHeavy once the resources it expands to
 * pass `maxNodes` values (see ExpansionMeter).
 */
export function decodeSnapshot(
  snap: WireSnapshot,
  seed: number,
  maxItems: number,
  maxNodes = Infinity,
): { json: Obj; collections: string[] } {
  const meter = new ExpansionMeter(maxNodes);
  const b = baseline(seed, snap.dv === 1);
  const base = b.json;
  const collections = new Set(collectionKeys(b.world));
  const c = snap.c ?? {};
  for (const key of Object.keys(c)) collections.add(key);
  const v = snap.v ?? {};
  if (Object.hasOwn(v, 'rng') || Object.hasOwn(v, 'seed')) throw new InvalidDocument('the snapshot sets rng or seed directly');
  for (const key of Object.keys(v)) {
    if (collections.has(key)) throw new InvalidDocument(`the snapshot gives collection ${key} as a plain value`);
  }
  const removed = new Set(snap.$d ?? []);
  for (const k of removed) {
    if (!Object.hasOwn(base, k) || k === 'rng' || k === 'seed') throw new InvalidDocument(`the snapshot removes "${k.slice(0, 40)}"`);
  }
  let order: string[];
  const present = new Set([...Object.keys(base).filter((k) => !removed.has(k)), ...Object.keys(v), ...Object.keys(c)]);
  if (snap.$o) {
    order = snap.$o;
    if (order.length !== present.size || new Set(order).size !== order.length || !order.every((k) => present.has(k))) {
      throw new InvalidDocument('"$o" does not list the fields of the world');
    }
  } else {
    order = Object.keys(base).filter((k) => !removed.has(k));
    for (const k of present) if (!Object.hasOwn(base, k)) order.push(k);
  }
  const json: Obj = {};
  for (const key of order) {
    if (key === '__proto__') throw new InvalidDocument('the document has a "__proto__" key');
    if (key === 'rng') json.rng = rngAfter(seed, snap.k);
    else if (key === 'seed') json.seed = seed;
    else if (Object.hasOwn(c, key)) json[key] = decodeCollection(key, c[key] as unknown[], isObject(base[key]) ? base[key] : {}, maxItems, meter);
    else if (Object.hasOwn(v, key)) json[key] = v[key];
    else json[key] = base[key];
  }
  return { json, collections: [...collections].filter((k) => Object.hasOwn(json, k)) };
}

/** Plain world JSON (already validated and restored) back into a World with persistent collections. */
export function reviveWorld(json: Obj, collections: readonly string[]): World {
  const world: Obj = { ...json };
  for (const key of collections) world[key] = Collection.from((json[key] ?? {}) as Obj);
  return world as unknown as World;
}
