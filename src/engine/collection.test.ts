import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { Collection } from './collection';
import { deepFreeze } from './engine-test-helpers';

type Op = { kind: 'set' | 'delete'; key: string; value: number };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('set', 'set', 'delete'),
  // a small key space forces updates, deletes and re-inserts; long ids exercise the hash trie
  key: fc.oneof(fc.constantFrom('a', 'b', 'c', 'i-0', 'i-1'), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 1, maxLength: 3 }).map((h) => `i-0${h}`)),
  value: fc.integer(),
});

suite('Collection', () => {
  it('behaves like an insertion-ordered Map, and never changes an older version', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const model = new Map<string, number>();
        let c = Collection.empty<number>();
        const history: [Collection<number>, string][] = [];
        for (const o of ops) {
          if (o.kind === 'set') {
            c = c.set(o.key, o.value);
            model.set(o.key, o.value);
          } else {
            c = c.delete(o.key);
            model.delete(o.key);
          }
          history.push([c, JSON.stringify(Object.fromEntries(model))]);
        }
        expect(c.size).toBe(model.size);
        expect([...c.values()]).toEqual([...model.values()]);
        expect(c.keys()).toEqual([...model.keys()]);
        for (const [key, value] of model) expect(c.get(key)).toBe(value);
        for (const [version, json] of history) expect(JSON.stringify(version)).toBe(json);
      }),
      { numRuns: 300 },
    );
  });

  it('holds thousands of entries and shares structure between versions', () => {
    let c = Collection.empty<{ n: number }>();
    for (let i = 0; i < 5000; i++) c = c.set(`i-0${i.toString(16).padStart(16, '0')}`, { n: i });
    expect(c.size).toBe(5000);
    expect(c.get('i-0' + (4321).toString(16).padStart(16, '0'))).toEqual({ n: 4321 });
    expect(c.values()[0]).toEqual({ n: 0 });
    const frozen = deepFreeze(c);
    const next = frozen.set('i-0new', { n: -1 }).delete(`i-0${(7).toString(16).padStart(16, '0')}`);
    expect(next.size).toBe(5000);
    expect(frozen.size).toBe(5000);
    expect(frozen.get('i-0new')).toBeUndefined();
    expect(Collection.from(c.toJSON()).keys()).toEqual(c.keys());
  });

  it('builds from a record the very tries that setting each entry in turn builds', () => {
    for (const n of [0, 1, 31, 32, 33, 1024, 1025, 3000]) {
      const record: Record<string, number> = {};
      for (let i = 0; i < n; i++) record[`k${(Math.imul(i, 2654435761) >>> 0).toString(36)}-${i % 7}`] = i;
      let stepwise = Collection.empty<number>();
      for (const [k, v] of Object.entries(record)) stepwise = stepwise.set(k, v);
      expect(Collection.from(record)).toStrictEqual(stepwise);
    }
  });

  it('returns the same collection when deleting an absent key', () => {
    const c = Collection.empty<number>().set('a', 1);
    expect(c.delete('zz')).toBe(c);
    expect(c.has('a')).toBe(true);
    // one listing per collection, shared by every caller (read-only by type)
    expect(c.values()).toBe(c.values());
  });
});
