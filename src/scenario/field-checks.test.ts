import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { accepts, checkFields } from './field-checks';
import fc from 'fast-check';
import { createWorld } from '../engine';
import { RESOURCE_SCHEMAS, RESOURCE_SHAPES, wireDocSchema, worldTopSchema } from './schema';
import { InvalidDocument } from './json';

const SAMPLES: unknown[] = [
  '', 'x', 'running', 'ok', 'constructor', '__proto__', 'toString', 0, -0, 1, 1.5, -3, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 1e308, Infinity, -Infinity, NaN,
  true, false, null, undefined, [], ['a'], ['a', 1], [undefined], {}, { a: 1 }, Object.create(null), new Map(),
];

describe('field shortcuts', () => {
  it('pass only values zod accepts, for every field of every resource shape', () => {
    let shortcuts = 0;
    for (const shape of Object.values(RESOURCE_SHAPES)) {
      for (const schema of Object.values(shape) as z.ZodMiniType[]) {
        const test = accepts(schema);
        if (!test) continue;
        shortcuts++;
        const enumValues = Object.values((schema._zod.def as { entries?: object }).entries ?? {});
        for (const v of [...SAMPLES, ...enumValues]) if (test(v)) expect(schema.safeParse(v).success, `${typeof v} ${JSON.stringify(v)}`).toBe(true);
      }
    }
    expect(shortcuts).toBeGreaterThan(100);
  });

  it('know checks of length, bound and pattern, and leave unknown ones to zod', () => {
    const short = z.string().check(z.maxLength(3), z.minLength(1));
    expect([short, '', 'abc', 'abcd'].slice(1).map((v) => accepts(short)?.(v))).toEqual([false, true, false]);
    const bounded = z.int().check(z.gte(0), z.lt(10));
    expect([-1, 0, 9, 10, 1.5].map((v) => accepts(bounded)?.(v))).toEqual([false, true, true, false, false]);
    expect(accepts(z.number().check(z.positive()))?.(0)).toBe(false);
    expect(accepts(z.string().check(z.regex(/^\d{3}$/)))?.('123')).toBe(true);
    expect(accepts(z.string().check(z.regex(/^\d{3}$/)))?.('12')).toBe(false);
    expect(accepts(z.string().check(z.trim()))).toBeUndefined();
    expect(accepts(z.looseObject({ a: z.string().check(z.trim()) }))).toBeUndefined();
    expect(accepts(z.int())?.(1.5)).toBe(false);
  });

  it('follow zod on objects, records, unions and tuples', () => {
    const loose = z.looseObject({ a: z.string(), b: z.optional(z.int()) });
    const strict = z.strictObject({ a: z.string() });
    const record = z.record(z.string(), z.array(z.union([z.int().check(z.gte(0)), z.looseObject({})])));
    const tuple = z.tuple([z.number(), z.number()]);
    const cases: [z.ZodMiniType, unknown][] = [
      [loose, { a: 'x' }], [loose, { a: 'x', b: 2, c: null }], [loose, { a: 'x', b: 'y' }], [loose, { b: 1 }], [loose, ['x']],
      [strict, { a: 'x' }], [strict, { a: 'x', c: 1 }], [strict, null],
      [record, { x: [0, { k: 1 }] }], [record, { x: [-1] }], [record, { x: [[]] }], [record, []], [record, { x: 'y' }],
      [tuple, [1, 2]], [tuple, [1]], [tuple, [1, 2, 3]], [tuple, [1, '2']], [tuple, { 0: 1, 1: 2 }],
    ];
    for (const [schema, value] of cases) {
      expect(accepts(schema)?.(value), JSON.stringify(value)).toBe(schema.safeParse(value).success);
    }
  });

  it('pass only what zod accepts: the whole world, the wire document and every resource, on random and altered values', () => {
    const schemas: z.ZodMiniType[] = [worldTopSchema, wireDocSchema, ...Object.values(RESOURCE_SCHEMAS)];
    const world = JSON.parse(JSON.stringify(createWorld({ defaultVpc: true }))) as Record<string, unknown>;
    const top = Object.fromEntries(Object.entries(world).filter(([k]) => k in worldTopSchema.def.shape));
    expect(accepts(worldTopSchema)?.(top)).toBe(true);
    const doc = { format: 'ec2-lab', version: 3, seed: 5, snap: { k: 2, dv: 1, c: { instances: [0, 1, { id: 'i-1' }] } }, layout: { p: { a: [1, 2] } } };
    expect(accepts(wireDocSchema)?.(doc)).toBe(true);
    const altered = fc.oneof(
      fc.jsonValue(),
      fc.tuple(fc.constantFrom(top, doc), fc.string(), fc.jsonValue()).map(([base, k, v]) => ({ ...base, [k]: v })),
      fc.tuple(fc.constantFrom(...Object.keys(top)), fc.jsonValue()).map(([k, v]) => ({ ...top, [k]: v })),
      fc.tuple(fc.constantFrom(...Object.keys(doc)), fc.jsonValue()).map(([k, v]) => ({ ...doc, [k]: v })),
    );
    fc.assert(
      fc.property(altered, (value) => {
        for (const schema of schemas) if (accepts(schema)?.(value)) expect(schema.safeParse(value).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('refuse with zod’s message', () => {
    const shape = { n: z.int(), s: z.optional(z.string()) };
    expect(() => checkFields(shape, { n: 1.5 }, undefined, 'w.x')).toThrow(new InvalidDocument('w.x.n: expected a whole number'));
    expect(() => checkFields(shape, { n: 1, s: 2 }, { n: 1 }, 'w.x')).toThrow(InvalidDocument);
    expect(() => checkFields(shape, { n: 1, s: 'a' }, { n: 1 }, 'w.x')).not.toThrow();
  });
});
