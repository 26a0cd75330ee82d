import { describe as suite, expect, it } from 'vitest';
import { ACTION_LIST, apply, createWorld } from './index';

/**
 * 20,000 hostile requests at the door (nesting 10,000 deep, 1 MB strings, `__proto__`, NaN, huge lists): every one
 * is answered, none with InternalError, and the world never changes. Deterministic (a seeded LCG) so CI is stable.
 */
const world = createWorld({ defaultVpc: true });
const snapshot = JSON.stringify(world);
const types = ACTION_LIST.map((a) => a.type);

let deep: unknown = 'x';
for (let i = 0; i < 10_000; i++) deep = { A: [deep] };
const huge = 'x'.repeat(1_000_000);
const HOSTILE: unknown[] = [
  deep, huge, NaN, Infinity, -0, null, undefined, true, 0, -1, 1e308, '', '__proto__', 'm5.constructor',
  JSON.parse('{"__proto__":{"x":1}}'), { constructor: 1 }, Array.from({ length: 30_000 }, () => 1), [[[[]]]],
  { Name: 'vpc-id', Values: [huge] }, [{ Name: 'tag:*', Values: ['*'] }], 'i-0123456789abcdef0', 'vpc-zz',
];
const MEMBERS = ['VpcId', 'InstanceIds', 'Filters', 'MaxResults', 'NextToken', 'DryRun', 'CidrBlock', 'ImageId', 'InstanceType', '__proto__', 'LaunchSpecification'];

suite('hostile fuzz of the door', () => {
  it('answers 20,000 hostile requests without InternalError and without changing the world', () => {
    let seed = 42;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const codes = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const params: Record<string, unknown> = {};
      const count = next(3) + 1;
      for (let k = 0; k < count; k++) params[MEMBERS[next(MEMBERS.length)] as string] = HOSTILE[next(HOSTILE.length)];
      const r = apply(world, { type: types[next(types.length)] as string, params });
      if (!r.ok) {
        expect(r.world).toBe(world);
        codes.set(r.error.code, (codes.get(r.error.code) ?? 0) + 1);
        if (r.error.code === 'InternalError') expect.fail(`InternalError: ${r.error.message}`);
      }
    }
    expect(codes.get('InternalError')).toBeUndefined();
    expect(JSON.stringify(world)).toBe(snapshot);
  }, 60_000);
});
