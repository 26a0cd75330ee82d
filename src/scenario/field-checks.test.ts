import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { accepts, checkFields } from './field-checks';
import { RESOURCE_SHAPES } from './schema';
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
        for (const v of [...SAMPLES, ...enumValues]) if (test(v)) expect(schema.safeParse(v).success, `${String(v)}`).toBe(true);
      }
    }
    expect(shortcuts).toBeGreaterThan(100);
  });

  it('leave schemas with checks to zod', () => {
    expect(accepts(z.string().check(z.maxLength(3)))).toBeUndefined();
    expect(accepts(z.number().check(z.minimum(0)))).toBeUndefined();
    expect(accepts(z.array(z.string()).check(z.maxLength(2)))).toBeUndefined();
    expect(accepts(z.looseObject({ a: z.string() }))).toBeUndefined();
    expect(accepts(z.int())?.(1.5)).toBe(false);
  });

  it('refuse with zod’s message', () => {
    const shape = { n: z.int(), s: z.optional(z.string()) };
    expect(() => checkFields(shape, { n: 1.5 }, undefined, 'w.x')).toThrow(new InvalidDocument('w.x.n: expected a whole number'));
    expect(() => checkFields(shape, { n: 1, s: 2 }, { n: 1 }, 'w.x')).toThrow(InvalidDocument);
    expect(() => checkFields(shape, { n: 1, s: 'a' }, { n: 1 }, 'w.x')).not.toThrow();
  });
});
