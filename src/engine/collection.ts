/**
 * An immutable, id-keyed collection with structural sharing: `set` and `delete` return a new collection that shares
 * all but a handful of small nodes with the old one, so an action on a world of thousands of resources copies
 * only what it touches.
 *
 * Two persistent tries work together:
 * - a hash trie (HAMT, 32-way) from id to a sequence number, for lookups;
 * - a vector trie (32-way) from sequence number to the entry, which keeps insertion order for listings and JSON.
 * Nothing is mutated after construction, so collections can be deep-frozen and shared between worlds.
 */

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

interface Slot<T> {
  readonly k: string;
  readonly v: T;
}
type VecNode<T> = readonly (VecNode<T> | Slot<T> | undefined)[];

interface IndexLeaf {
  readonly k: string;
  readonly h: number;
  readonly s: number;
}
interface IndexBucket {
  readonly c: readonly IndexLeaf[];
}
type IndexNode = readonly (IndexNode | IndexLeaf | IndexBucket | undefined)[];

function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Keys this long (ARNs: Auto Scaling groups, target groups, load balancers) have their hash remembered. */
const LONG_KEY = 40;
const MAX_REMEMBERED = 4096;
const longKeyHashes = new Map<string, number>();

/**
 * The key's hash. An ARN is 100-odd characters and is looked up again and again (every Auto Scaling cycle reads
 * its group several times): its hash is kept in a small map, whose own lookup uses the hash the JavaScript engine
 * keeps inside the string. Any hash gives the same collection (order comes from the order vector), only faster.
 */
function hashKey(key: string): number {
  if (key.length < LONG_KEY) return fnv1a(key);
  let h = longKeyHashes.get(key);
  if (h === undefined) {
    h = fnv1a(key);
    if (longKeyHashes.size >= MAX_REMEMBERED) longKeyHashes.clear();
    longKeyHashes.set(key, h);
  }
  return h;
}

// ── hash index: id -> sequence number ────────────────────────────────────────────────────────────

function indexGet(node: IndexNode, key: string, hash: number): number | undefined {
  let current: IndexNode = node;
  for (let shift = 0; ; shift += BITS) {
    const child = current[(hash >>> shift) & MASK];
    if (child === undefined) return undefined;
    if (Array.isArray(child)) {
      current = child as IndexNode;
      continue;
    }
    if ('c' in child) return child.c.find((leaf) => leaf.k === key)?.s;
    return (child as IndexLeaf).k === key ? (child as IndexLeaf).s : undefined;
  }
}

function withChild(node: IndexNode, index: number, child: IndexNode[number]): IndexNode {
  const copy = node.slice();
  copy[index] = child;
  return copy;
}

function pairNode(a: IndexLeaf, b: IndexLeaf, shift: number): IndexNode | IndexBucket {
  if (shift >= 32) return { c: [a, b] };
  const ia = (a.h >>> shift) & MASK;
  const ib = (b.h >>> shift) & MASK;
  const node: (IndexNode | IndexLeaf | IndexBucket | undefined)[] = new Array(WIDTH).fill(undefined);
  if (ia === ib) node[ia] = pairNode(a, b, shift + BITS);
  else {
    node[ia] = a;
    node[ib] = b;
  }
  return node;
}

function indexSet(node: IndexNode, leaf: IndexLeaf, shift: number): IndexNode {
  const i = (leaf.h >>> shift) & MASK;
  const child = node[i];
  if (child === undefined) return withChild(node, i, leaf);
  if (Array.isArray(child)) return withChild(node, i, indexSet(child as IndexNode, leaf, shift + BITS));
  if ('c' in child) {
    const rest = child.c.filter((l) => l.k !== leaf.k);
    return withChild(node, i, { c: [...rest, leaf] });
  }
  const existing = child as IndexLeaf;
  if (existing.k === leaf.k) return withChild(node, i, leaf);
  return withChild(node, i, pairNode(existing, leaf, shift + BITS));
}

function indexDelete(node: IndexNode, key: string, hash: number, shift: number): IndexNode | undefined {
  const i = (hash >>> shift) & MASK;
  const child = node[i];
  if (child === undefined) return node;
  let next: IndexNode[number];
  if (Array.isArray(child)) {
    next = indexDelete(child as IndexNode, key, hash, shift + BITS);
  } else if ('c' in child) {
    const rest = child.c.filter((l) => l.k !== key);
    next = rest.length === child.c.length ? child : rest.length === 1 ? rest[0] : { c: rest };
  } else {
    next = (child as IndexLeaf).k === key ? undefined : child;
  }
  if (next === child) return node;
  const copy = withChild(node, i, next);
  return copy.some((c) => c !== undefined) || shift === 0 ? copy : undefined;
}

// ── order vector: sequence number -> entry ───────────────────────────────────────────────────────

function vecGet<T>(root: VecNode<T>, shift: number, index: number): Slot<T> | undefined {
  let node: VecNode<T> | Slot<T> | undefined = root;
  for (let level = shift; level > 0; level -= BITS) {
    node = (node as VecNode<T>)[(index >>> level) & MASK];
    if (node === undefined) return undefined;
  }
  return (node as VecNode<T>)[index & MASK] as Slot<T> | undefined;
}

function vecSet<T>(node: VecNode<T>, shift: number, index: number, slot: Slot<T> | undefined): VecNode<T> {
  const i = (index >>> shift) & MASK;
  const copy = node.slice();
  if (shift === 0) copy[i] = slot;
  else copy[i] = vecSet((node[i] as VecNode<T> | undefined) ?? [], shift - BITS, index, slot);
  return copy;
}

function vecEach<T>(node: VecNode<T>, shift: number, visit: (slot: Slot<T>) => void): void {
  for (const child of node) {
    if (child === undefined) continue;
    if (shift === 0) visit(child as Slot<T>);
    else vecEach(child as VecNode<T>, shift - BITS, visit);
  }
}

// ── bulk building (Collection.from): fresh nodes, filled in place ────────────────────────────────

/** Insert a new key's leaf into nodes nobody else holds; false when the key is already there. */
function indexInsertInPlace(node: IndexNode, leaf: IndexLeaf, shift: number): boolean {
  const nodes = node as (IndexNode | IndexLeaf | IndexBucket | undefined)[];
  const i = (leaf.h >>> shift) & MASK;
  const child = nodes[i];
  if (child === undefined) {
    nodes[i] = leaf;
    return true;
  }
  if (Array.isArray(child)) return indexInsertInPlace(child as IndexNode, leaf, shift + BITS);
  if ('c' in child) {
    if (child.c.some((l) => l.k === leaf.k)) return false;
    nodes[i] = { c: [...child.c, leaf] };
    return true;
  }
  if ((child as IndexLeaf).k === leaf.k) return false;
  nodes[i] = pairNode(child as IndexLeaf, leaf, shift + BITS);
  return true;
}

/** The order vector of `slots` (sequence numbers 0…n-1) for a tree of height `shift`. */
function vecBuild<T>(slots: readonly Slot<T>[], shift: number): VecNode<T> {
  let level: (VecNode<T> | Slot<T>)[] = slots as Slot<T>[];
  for (let s = 0; ; s += BITS) {
    const parents: VecNode<T>[] = [];
    for (let i = 0; i < level.length; i += WIDTH) parents.push(level.slice(i, i + WIDTH));
    if (s >= shift) return parents[0] ?? [];
    level = parents;
  }
}

// ── the collection ───────────────────────────────────────────────────────────────────────────────

const valuesCache = new WeakMap<object, readonly unknown[]>();
const EMPTY_INDEX: IndexNode = new Array(WIDTH).fill(undefined);

export class Collection<T> implements Iterable<T> {
  /** Number of entries. */
  readonly size: number;
  private readonly index: IndexNode;
  private readonly vec: VecNode<T>;
  private readonly shift: number;
  private readonly nextSeq: number;

  private constructor(index: IndexNode, vec: VecNode<T>, shift: number, nextSeq: number, size: number) {
    this.index = index;
    this.vec = vec;
    this.shift = shift;
    this.nextSeq = nextSeq;
    this.size = size;
  }

  static empty<T>(): Collection<T> {
    return new Collection<T>(EMPTY_INDEX, [], 0, 0, 0);
  }

  /**
   * Build from a plain `{ id: value }` record (insertion order kept). The same tries as `set` once per entry would
   * give, built in place: every node is new and nobody else holds it yet, so nothing is copied per entry.
   */
  static from<T>(record: Readonly<Record<string, T>>): Collection<T> {
    const keys = Object.keys(record);
    if (keys.length === 0) return Collection.empty<T>();
    const index: IndexNode = EMPTY_INDEX.slice();
    const slots: Slot<T>[] = [];
    for (const key of keys) {
      const v = record[key] as T;
      const s = slots.length;
      const leaf: IndexLeaf = { k: key, h: hashKey(key), s };
      if (!indexInsertInPlace(index, leaf, 0)) continue; // (a record's keys are unique: never taken)
      slots.push({ k: key, v });
    }
    let shift = 0;
    while (slots.length > WIDTH ** (shift / BITS + 1)) shift += BITS;
    return new Collection<T>(index, vecBuild(slots, shift), shift, slots.length, slots.length);
  }

  get(key: string): T | undefined {
    const seq = indexGet(this.index, key, hashKey(key));
    return seq === undefined ? undefined : vecGet(this.vec, this.shift, seq)?.v;
  }

  has(key: string): boolean {
    return indexGet(this.index, key, hashKey(key)) !== undefined;
  }

  /** A new collection with `key` set to `value`; an existing entry keeps its place in the order. */
  set(key: string, value: T): Collection<T> {
    const hash = hashKey(key);
    const seq = indexGet(this.index, key, hash);
    if (seq !== undefined) {
      return new Collection(this.index, vecSet(this.vec, this.shift, seq, { k: key, v: value }), this.shift, this.nextSeq, this.size);
    }
    const at = this.nextSeq;
    let vec = this.vec;
    let shift = this.shift;
    while (at >= WIDTH ** (shift / BITS + 1)) {
      vec = [vec];
      shift += BITS;
    }
    const index = indexSet(this.index, { k: key, h: hash, s: at }, 0);
    return new Collection(index, vecSet(vec, shift, at, { k: key, v: value }), shift, at + 1, this.size + 1);
  }

  /** A new collection without `key` (the same collection when it was absent). */
  delete(key: string): Collection<T> {
    const hash = hashKey(key);
    const seq = indexGet(this.index, key, hash);
    if (seq === undefined) return this;
    const index = indexDelete(this.index, key, hash, 0) ?? EMPTY_INDEX;
    return new Collection(index, vecSet(this.vec, this.shift, seq, undefined), this.shift, this.nextSeq, this.size - 1);
  }

  /**
   * Entries in insertion order (computed once per collection and cached). Shared by every caller, so read-only by
   * type, not frozen: V8 walks a frozen array (for…of, find, filter, some) several times slower, and the engine
   * walks these on every step of the clock.
   */
  values(): readonly T[] {
    const cached = valuesCache.get(this) as readonly T[] | undefined;
    if (cached) return cached;
    const out: T[] = [];
    vecEach(this.vec, this.shift, (slot) => out.push(slot.v));
    valuesCache.set(this, out);
    return out;
  }

  keys(): string[] {
    const out: string[] = [];
    vecEach(this.vec, this.shift, (slot) => out.push(slot.k));
    return out;
  }

  entries(): [string, T][] {
    const out: [string, T][] = [];
    vecEach(this.vec, this.shift, (slot) => out.push([slot.k, slot.v]));
    return out;
  }

  [Symbol.iterator](): Iterator<T> {
    return this.values()[Symbol.iterator]();
  }

  /** JSON is a plain `{ id: value }` object in insertion order: worlds serialise byte for byte. */
  toJSON(): Record<string, T> {
    const out: Record<string, T> = {};
    vecEach(this.vec, this.shift, (slot) => {
      out[slot.k] = slot.v;
    });
    return out;
  }
}
