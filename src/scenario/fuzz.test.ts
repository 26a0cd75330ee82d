/**
 * decodeScenario against 10,000 hostile inputs: random text, random payloads, cut and bit-flipped links, well
 * packed but wrongly typed documents, dangling ids, structural attacks and decompression bombs. Every one must come
 * back (never throw) within 50 ms, either refused with a known code and a message, or, for documents that are
 * well-formed but point at missing things, opened with warnings.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { apply, createWorld, type World } from '../engine';
import { stepArbitrary, stepToAction } from '../engine/random-actions';
import fc from 'fast-check';
import { DICTIONARY_V1 } from './dictionary';
import { fromBase64Url, packUnchecked, toBase64Url, unseal } from './envelope';
import { classroomScenario } from './fixtures/classroom';
import { drawCount } from './ids';
import { createScenario, decodeScenario, encodeScenario, type DecodeResult } from './index';
import { isObject, type Obj } from './json';
import { LIMITS } from './limits';
import { openWire, sealWire, seededRandom } from './scenario-test-helpers';

const CODES = new Set(['not-a-scenario', 'bad-version', 'corrupt', 'too-large', 'invalid']);
const BUDGET_MS = 50;

const rand = seededRandom(20261125);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;

// ── material ─────────────────────────────────────────────────────────────────────────────────────────────────────

const classroom = classroomScenario();
const logText = encodeScenario(createScenario(classroom.input));
const snapText = encodeScenario(createScenario({ ...classroom.input, log: [] }));

function generatedWorld(): World {
  let world = createWorld({ defaultVpc: true });
  for (const step of fc.sample(stepArbitrary, { numRuns: 300, seed: 7 })) world = apply(world, stepToAction(world, step)).world;
  return world;
}
const bigWorld = generatedWorld();
const bigText = encodeScenario(createScenario({ world: bigWorld, log: [], layout: { positions: {} }, title: 'big', notes: '' }));
const texts = [logText, snapText, bigText];
const ID_FIELDS = ['instanceId', 'networkInterfaceId', 'subnetId', 'vpcId', 'imageId', 'InstanceId', 'SubnetId', 'VpcId', 'NetworkInterfaceId'];

/** The documents as packed (short ids): edited in that form and packed again as they are, like a tampered link. */
const wires = texts.map((t) => {
  const unsealed = unseal(t);
  if (!unsealed.ok) throw new Error('fixture does not unseal');
  return JSON.parse(unsealed.json) as Obj;
});
const pack = (doc: unknown) => packUnchecked(JSON.stringify(doc), 1);
const wirePaths = wires.map(paths);
const idPaths = wirePaths.map((list) => list.filter((p) => ID_FIELDS.includes(String(p[p.length - 1]))));

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

type Path = (string | number)[];

/** Every place in a JSON tree, as a path of keys. */
function paths(root: unknown): Path[] {
  const out: Path[] = [];
  const walk = (node: unknown, here: Path) => {
    const children: [string | number, unknown][] = Array.isArray(node)
      ? node.map((v, i) => [i, v])
      : isObject(node)
        ? Object.entries(node)
        : [];
    for (const [key, child] of children) {
      out.push([...here, key]);
      walk(child, [...here, key]);
    }
  };
  walk(root, []);
  return out;
}

/** The parent and key a path points at, in a (cloned) tree. */
function at(root: unknown, path: Path): { parent: Record<string | number, unknown>; key: string | number } {
  let node = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  return { parent: node, key: path[path.length - 1] as string | number };
}

function otherType(value: unknown): unknown {
  const options: unknown[] = [42, -1.5, 'x', '', null, true, [], {}, [1, 'a'], { a: 1 }, 1e300, 'i-0ffffffffffffffff'];
  const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  const differ = options.filter((o) => kind(o) !== kind(value));
  return pick(differ);
}


// ── the hostile inputs ───────────────────────────────────────────────────────────────────────────────────────────

type Case = { kind: string; input: string };

function randomText(): string {
  const n = int(300);
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(rand() < 0.8 ? 32 + int(95) : int(0xffff));
  return rand() < 0.3 ? `s=1.${s}` : s;
}

function randomPayload(): string {
  const bytes = Uint8Array.from({ length: int(2000) }, () => int(256));
  return `s=${pick(['1', '1', '1', '2', '0', '01'])}.${toBase64Url(bytes)}`;
}

function truncated(): string {
  const t = pick(texts);
  return t.slice(0, 1 + int(t.length - 1));
}

function bitFlipped(): string {
  const t = pick(texts);
  if (rand() < 0.3) {
    // a changed character in the text
    const i = 4 + int(t.length - 4);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    return t.slice(0, i) + pick([...alphabet]) + t.slice(i + 1);
  }
  const bytes = fromBase64Url(t.slice(4))!;
  const flips = 1 + int(3);
  for (let f = 0; f < flips; f++) {
    const i = int(bytes.length);
    bytes[i] = (bytes[i] as number) ^ (1 << int(8));
  }
  return `s=1.${toBase64Url(bytes)}`;
}

/** Mostly the classroom documents; one in ten the larger generated world. */
const someWire = (from = 0) => (rand() < 0.1 ? 2 : from + int(2 - from));

function wronglyTyped(): string {
  const w = someWire();
  const doc = clone(wires[w]);
  const n = 1 + int(3);
  for (let i = 0; i < n; i++) {
    const path = pick(wirePaths[w]!);
    try {
      const { parent, key } = at(doc, path);
      parent[key] = otherType(parent[key]);
    } catch {
      // an earlier edit replaced part of this path
    }
  }
  return pack(doc);
}

function dangling(): string {
  const w = someWire(1); // the snapshot documents
  const doc = clone(wires[w]) as Obj;
  const refs = idPaths[w]!;
  const edits = 1 + int(4);
  for (let i = 0; i < edits; i++) {
    const r = rand();
    if (r < 0.5) {
      try {
        const { parent, key } = at(doc, pick(refs));
        const value = parent[key];
        if (typeof value === 'string') parent[key] = `${value.split('-')[0]}-0123456789abcdef${int(10)}`;
      } catch {
        // an earlier edit removed this item
      }
    } else if (r < 0.8) {
      const c = (doc.snap as { c?: Record<string, unknown[]> }).c ?? {};
      const names = Object.keys(c);
      const list = c[pick(names)] ?? [];
      if (list.length) list.splice(int(list.length), 1);
    } else {
      const layout = (doc.layout ?? { p: {} }) as { p?: Record<string, unknown> };
      layout.p = { ...layout.p, [`i-0${'abcdef0123456789'.slice(int(6))}${'0'.repeat(int(6))}`.padEnd(19, '7')]: [1, 2] };
      doc.layout = layout;
    }
  }
  return pack(doc);
}

function structural(i: number): string {
  const v = (extra: Obj) => ({ format: 'ec2-lab', version: 1, ...extra });
  const deep = (depth: number) => ({ raw: `{"format":"ec2-lab","version":1,"notes":${'['.repeat(depth)}1${']'.repeat(depth)}}` });
  const options: (() => unknown)[] = [
    () => v({ log: Array.from({ length: LIMITS.maxLogSteps + 1 + int(50_000) }, () => ({ t: 'ec2:DescribeVpcs' })) }),
    () => v({ layout: { p: Object.fromEntries(Array.from({ length: LIMITS.maxLayoutNodes + 1 + int(10) }, (_, k) => [`n${k}`, [0, 0]])) } }),
    () => v({ snap: { k: 1, c: { instances: Array.from({ length: LIMITS.maxResourcesPerCollection + 1 }, () => 0) } } }),
    () => deep(50 + int(20_000)),
    () => JSON.parse(`{"format":"ec2-lab","version":1,"__proto__":{"polluted":true}}`),
    () => v({ snap: { k: 3, c: { vpcs: [JSON.parse('{"__proto__":{"x":1},"id":"vpc-1"}')] } } }),
    () => v({ snap: { k: -1 } }),
    () => v({ snap: { k: 2 ** 40 } }),
    () => v({ seed: 2 ** 40 }),
    () => v({ seed: 'one' }),
    () => v({ version: '1' }),
    () => v({ version: 99 }),
    () => ({ format: 'ec2-lab-autosave', version: 1 }),
    () => [1, 2, 3],
    () => 'just a string',
    () => null,
    () => v({ title: 'x'.repeat(LIMITS.maxTitleLength + 1) }),
    () => v({ log: [{ t: 'ec2:RunInstances', p: { MaxCount: 1e9, MinCount: 1e9 } }] }),
    () => v({ log: [{ t: 'sim:AdvanceTime', p: { Seconds: 1e12 } }] }),
    () => v({ dv: 1, snap: { k: 1 } }),
    () => v({ cam: [0, 0] }),
    () => v({ layout: { p: { a: ['x', 1] } } }),
    () => v({ lab: { id: 'x', refs: { a: 1 } } }),
    () => v({ unknown: true }),
  ];
  if (i % 7 === 3) return `s=1.${'~'.repeat(int(50))}`;
  if (i % 11 === 5) return pack(v({ title: 'i-~zzzzzzzz' }));
  const k = i % options.length;
  // the big ones are made once each (packing a megabyte is the slow part of this test, not decoding it)
  let packed = heavy.get(k);
  if (!packed) {
    const made = (options[k] as () => unknown)();
    packed = isObject(made) && typeof made.raw === 'string' ? packUnchecked(made.raw, 1) : packUnchecked(JSON.stringify(made), 1);
    if (packed.length > 10_000) heavy.set(k, packed);
  }
  return packed;
}
const heavy = new Map<number, string>();

function bombs(): string[] {
  const pack = (bytes: Uint8Array) => {
    const packed = deflateSync(bytes, { level: 6, dictionary: DICTIONARY_V1 });
    const out = new Uint8Array(packed.length + 4);
    out.set(packed);
    return `s=1.${toBase64Url(out)}`;
  };
  const zeros = pack(new Uint8Array(32 * 1024 * 1024));
  const json = pack(new TextEncoder().encode(`{"format":"ec2-lab","version":1,"notes":"${'a'.repeat(8 * 1024 * 1024)}"}`));
  const justOver = pack(new TextEncoder().encode(`{"format":"ec2-lab","version":1,"notes":"${'ab'.repeat(LIMITS.maxInflatedBytes / 2)}"}`));
  return [zeros, json, justOver, zeros, json, `#${zeros}`, ` ${json} `, justOver, zeros, json];
}

function cases(): Case[] {
  const out: Case[] = [];
  const add = (kind: string, count: number, make: (i: number) => string) => {
    for (let i = 0; i < count; i++) out.push({ kind, input: make(i) });
  };
  add('random text', 1000, randomText);
  add('random payload', 1000, randomPayload);
  add('truncated', 1500, truncated);
  add('bit-flipped', 2000, bitFlipped);
  add('wrongly typed', 2500, wronglyTyped);
  add('dangling ids', 1500, dangling);
  add('structural', 490, structural);
  for (const bomb of bombs()) out.push({ kind: 'bomb', input: bomb });
  return out;
}

// ── the test ─────────────────────────────────────────────────────────────────────────────────────────────────────

function timed(input: string): { result: DecodeResult; ms: number } {
  // the best of up to ten runs: a garbage-collection pause or a busy machine is not the decoder's cost
  let best = Infinity;
  let result: DecodeResult | undefined;
  for (let attempt = 0; attempt < 10 && best > BUDGET_MS; attempt++) {
    const t0 = performance.now();
    result = decodeScenario(input);
    best = Math.min(best, performance.now() - t0);
  }
  return { result: result as DecodeResult, ms: best };
}

describe('decodeScenario under fuzzing', () => {
  it('answers 10,000 hostile inputs within 50 ms each, never throwing, always saying why', { timeout: 300_000 }, () => {
    const t0 = performance.now();
    const all = cases();
    console.info('generation ms', Math.round(performance.now() - t0));
    expect(all).toHaveLength(10_000);
    const byKind = new Map<string, { refused: Map<string, number>; opened: number; slowest: number; total: number }>();
    for (const { kind, input } of all) {
      const { result, ms } = timed(input);
      const stats = byKind.get(kind) ?? { refused: new Map(), opened: 0, slowest: 0, total: 0 };
    stats.total += ms;
      byKind.set(kind, stats);
      stats.slowest = Math.max(stats.slowest, ms);
      expect(ms, `${kind} took ${ms.toFixed(1)} ms`).toBeLessThanOrEqual(BUDGET_MS);
      if (result.ok) {
        stats.opened++;
        // only documents that are well-formed may open; what they open must be a usable world
        expect(['wrongly typed', 'dangling ids', 'structural', 'bit-flipped']).toContain(kind);
        expect(result.scenario.world.format).toBe('ec2-lab-world');
      } else {
        expect(CODES.has(result.error.code), `${kind}: ${result.error.code}`).toBe(true);
        expect(result.error.message.length).toBeGreaterThan(10);
        stats.refused.set(result.error.code, (stats.refused.get(result.error.code) ?? 0) + 1);
      }
    }
    const summary = Object.fromEntries(
      [...byKind].map(([kind, s]) => [kind, { opened: s.opened, refused: Object.fromEntries(s.refused), slowestMs: Math.round(s.slowest * 10) / 10, totalMs: Math.round(s.total) }]),
    );
    // The shape of the outcome, so that a change in it is noticed.
    expect(summary['random text']!.opened).toBe(0);
    expect(summary['random payload']!.opened).toBe(0);
    expect(summary.truncated!.opened).toBe(0);
    expect(summary.bomb!.refused).toEqual({ 'too-large': 10 });
    expect(summary['wrongly typed']!.refused.invalid).toBeGreaterThan(1500);
    expect(summary['dangling ids']!.opened).toBeGreaterThan(500);
    expect(Object.keys(summary.structural!.refused)).toEqual(expect.arrayContaining(['bad-version', 'corrupt', 'invalid', 'not-a-scenario']));
    console.info(JSON.stringify(summary));
  });

  it('opens dangling-id documents with a warning for each reference it dropped', () => {
    const doc = openWire(snapText) as { snap: { c: Record<string, Obj[]> } };
    const instances = doc.snap.c.instances!;
    // the first item is complete; point the first ENI's attachment at an instance that does not exist
    const eni = doc.snap.c.networkInterfaces![0]!;
    eni.attachment = { ...(eni.attachment as Obj), instanceId: 'i-0123456789abcdef0' };
    expect(instances.length).toBe(6);
    const r = decodeScenario(sealWire(doc, 1, drawCount(1, classroom.input.world.rng)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).toContain('dangling-reference');
    expect(r.warnings.find((w) => w.code === 'dangling-reference')?.message).toContain('i-0123456789abcdef0');
  });
});
