/**
 * Links that are small but heavy (issue #11): a log of expensive reads, snapshot deltas that copy every field of the
 * item before them (fields × items), and deep nesting. Each must be answered within the decoder's 50 ms budget:
 * refused as too heavy, with a message, before the work is done.
 */
import { describe, expect, it } from 'vitest';
import { cpuMs } from '../test/cpu-time';
import { decodeScenario, type DecodeResult } from './index';
import { LIMITS } from './limits';
import { packUnchecked } from './envelope';
import { sealWire } from './scenario-test-helpers';

const BUDGET_MS = 50;

/**
 * The least CPU time of a few decodes, in ms, and the last result. CPU time, not wall time: on a machine shared by
 * many test runs the wall clock counts the waiting for a core too.
 */
function timed(text: string, runs = 5): { ms: number; result: DecodeResult } {
  let result = decodeScenario(text);
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    result = decodeScenario(text);
    ms = Math.min(ms, cpuMs() - c0);
  }
  return { ms, result };
}

function expectHeavy(text: string, pattern: RegExp): void {
  const { ms, result } = timed(text);
  expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
  expect(!result.ok && result.error.message).toMatch(pattern);
  expect(ms).toBeLessThan(BUDGET_MS);
}

describe('a log of reads is charged by the work the reads do', () => {
  it('1,000 catalogue-wide reads (a 288-character link that froze the tab for minutes) are refused before the first runs', () => {
    const text = sealWire({ format: 'ec2-lab', version: 1, log: Array.from({ length: 1000 }, () => ({ t: 'ec2:DescribeReservedInstancesOfferings' })) });
    expect(text.length).toBeLessThan(400);
    expectHeavy(text, /too heavy to open: replaying the log would take too long \(stopped at step 1\)/);
  });

  it('1,000 instance-type listings are refused after a few', () => {
    const text = sealWire({ format: 'ec2-lab', version: 1, log: Array.from({ length: 1000 }, () => ({ t: 'ec2:DescribeInstanceTypes' })) });
    expectHeavy(text, /stopped at step [1-9]\)/);
  });

  it('a spot price history grown by a cheap log, then read, is refused', () => {
    const set = { t: 'sim:SetSpotPrice', p: { InstanceType: 't3.micro', AvailabilityZone: 'us-east-1a', Price: 0.02 } };
    const log = [...Array.from({ length: 990 }, () => set), ...Array.from({ length: 10 }, () => ({ t: 'ec2:DescribeSpotPriceHistory', p: { MaxResults: 1 } }))];
    expectHeavy(sealWire({ format: 'ec2-lab', version: 1, dv: 1, log }), /replaying the log would take too long/);
  });
});

describe('snapshot deltas are capped by what they expand to (fields × items), not by bytes', () => {
  const instancesDoc = (first: Record<string, unknown>, copies: number) =>
    sealWire({
      format: 'ec2-lab',
      version: 1,
      snap: { k: 0, c: { instances: [first, ...Array.from({ length: copies }, (_, i) => ({ $k: `i-${i + 1}` }))] } },
    });

  it('250 fields copied into 9,000 items is refused after a few hundred items', () => {
    const first: Record<string, unknown> = { id: 'i-0' };
    for (let i = 0; i < 250; i++) first[`f${i}`] = 0;
    expectHeavy(instancesDoc(first, 9_000), /instances: the snapshot expands to more than 100,000 values \(fields × items\)/);
  });

  it('an item of 12,000 fields is refused at once (no resource is that wide)', () => {
    const first: Record<string, unknown> = { id: 'i-0' };
    for (let i = 0; i < 12_000; i++) first[`f${i}`] = 0;
    expectHeavy(instancesDoc(first, 9_000), /instances\[0\] has more than 256 fields/);
  });

  it('one big field shared by reference by every item counts its whole size each time', () => {
    const text = instancesDoc({ id: 'i-0', blob: Array.from({ length: 30_000 }, () => 0) }, 9_000);
    expectHeavy(text, /expands to more than/);
  });

  it('the cap leaves room for real worlds: 3× the 1,000-resource benchmark world', () => {
    expect(LIMITS.maxExpandedNodes).toBeGreaterThanOrEqual(3 * 27_000);
  });
});

describe('deep nesting is refused at once', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  for (const [where, depth] of [
    ['notes', 100_000],
    ['a log parameter', 100_000],
    ['a snapshot value', 5_000],
  ] as const) {
    it(`${depth.toLocaleString('en')} levels in ${where}`, () => {
      const inner = nested(depth);
      const json =
        where === 'notes'
          ? `{"format":"ec2-lab","version":1,"notes":${inner}}`
          : where === 'a log parameter'
            ? `{"format":"ec2-lab","version":1,"log":[{"t":"ec2:DescribeVpcs","p":{"Filters":${inner}}}]}`
            : `{"format":"ec2-lab","version":1,"snap":{"k":0,"v":{"x":${inner}}}}`;
      const { ms, result } = timed(packUnchecked(json, 6));
      expect(ms).toBeLessThan(BUDGET_MS);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(!result.ok && result.error.message).toMatch(/nested more than \d+ levels/);
    });
  }
});
