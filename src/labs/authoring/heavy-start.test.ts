/**
 * Lab documents that are small but heavy or sly (issue #11): a start of hundreds of catalogue-wide reads (a 320-character
 * `#labdoc=` link froze the tab 25 s), deep nesting, and refs named after what every object inherits.
 */
import { describe, expect, it } from 'vitest';
import { cpuMs } from '../../test/cpu-time';
import { packUnchecked } from '../../scenario/envelope';
import type { AuthoredLab } from './document';
import { decodeAuthoredLab, LINK_PREFIX, parseAuthoredLabFile, type OpenedLab } from './link';

const BUDGET_MS = 50;

function labWith(start: AuthoredLab['start']): AuthoredLab {
  return {
    format: 'ec2-lab-lab',
    version: 1,
    title: 'Heavy',
    summary: 'A lab.',
    minutes: 5,
    sections: ['Public IPv4 address'],
    start,
    steps: [{ id: 'one', title: 'One', instruction: 'Do it.', hints: [], why: '', goals: [{ kind: 'action', type: 'ec2:StopInstances' }] }],
  };
}

const asLink = (json: string) => LINK_PREFIX + packUnchecked(json, 6).slice(2);

/** The least CPU time of a few opens, in ms (wall time on a shared machine counts waiting for a core), and the result. */
function timed(open: () => OpenedLab): { ms: number; result: OpenedLab } {
  let result = open();
  let ms = Infinity;
  for (let i = 0; i < 3; i++) {
    const c0 = cpuMs();
    result = open();
    ms = Math.min(ms, cpuMs() - c0);
  }
  return { ms, result };
}

describe('lab-document starts are charged by the work they do', () => {
  it('300 catalogue-wide start reads are refused before the first runs', () => {
    const link = asLink(JSON.stringify(labWith({ actions: Array.from({ length: 300 }, () => ({ type: 'ec2:DescribeReservedInstancesOfferings' })) })));
    expect(link.length).toBeLessThan(400);
    const { ms, result } = timed(() => decodeAuthoredLab(link));
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(!result.ok && result.error.message).toMatch(/stopped at action 1\)/);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('300 instance-type listings are refused after a few', () => {
    const link = asLink(JSON.stringify(labWith({ actions: Array.from({ length: 300 }, () => ({ type: 'ec2:DescribeInstanceTypes' })) })));
    const { ms, result } = timed(() => decodeAuthoredLab(link));
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('a file nested 100,000 deep is refused at once', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = JSON.stringify(labWith({ actions: [] })).replace('"summary":"A lab."', `"summary":"A lab.","x":${deep}`);
    const { ms, result } = timed(() => parseAuthoredLabFile(text));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!result.ok && result.error.message).toMatch(/nested more than/);
    expect(ms).toBeLessThan(BUDGET_MS);
  });
});

describe('refs resolve to what earlier actions bound, never to what objects inherit', () => {
  for (const name of ['__proto__', 'constructor', 'toString']) {
    it(`{ ref: "${name}" } in a start is an unbound ref, refused with a message`, () => {
      const doc = labWith({ actions: [{ type: 'ec2:StopInstances', params: { InstanceIds: [{ ref: name }] } }] });
      const result = parseAuthoredLabFile(JSON.stringify(doc));
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(!result.ok && result.error.message).toMatch(new RegExp(`Lab ref '${name.replace(/_/g, '_')}' is not bound`));
    });
  }
});
