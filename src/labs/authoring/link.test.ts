import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../engine';
import { createScenario, encodeScenario } from '../../scenario';
import { packUnchecked } from '../../scenario/envelope';
import { findAmazonAmi, findDefaultSubnet, launch, stop } from '../catalogue/common';
import { progress } from '../progress';
import { runActions } from '../runner';
import { checkAuthoredLab, type AuthoredLab } from './document';
import {
  authoredLabFile,
  authoredLabFileName,
  decodeAuthoredLab,
  encodeAuthoredLab,
  parseAuthoredLabFile,
} from './link';
import { splitSummary, toLab } from './to-lab';

/** The author's canvas: the default VPC and one instance in us-east-1a, made through the engine's apply. */
function authorWorld(): World {
  const run = runActions(createWorld({ defaultVpc: true }), [findAmazonAmi(), findDefaultSubnet('us-east-1a', 'subnet'), launch('web', { subnet: 'subnet' })]);
  expect(run.history.every((h) => h.ok)).toBe(true);
  return run.world;
}

function scenarioStart(world: World, positions: Record<string, { x: number; y: number }> = {}): string {
  return encodeScenario(createScenario({ world, log: [], layout: { positions }, title: '', notes: '' }));
}

function sampleLab(start: AuthoredLab['start']): AuthoredLab {
  return {
    format: 'ec2-lab-lab',
    version: 1,
    title: 'Stop and start: a new public IPv4',
    summary: 'Stop the web server and see what happens to its address. Then try to attach a disk from another zone.',
    minutes: 10,
    sections: ['Public IPv4 address', 'EC2 Architecture and Resilience'],
    start,
    steps: [
      {
        id: 'stop',
        title: 'Stop it',
        instruction: 'Stop the instance in us-east-1a.',
        hints: ['Select the instance.', 'Use ec2:StopInstances.'],
        why: 'A stopped instance gives its dynamic public IPv4 back to Amazon.',
        goals: [
          { kind: 'resource', collection: 'instances', scope: { az: 'us-east-1a' }, where: [{ path: 'state', op: 'eq', value: 'stopped' }] },
          { kind: 'action', type: 'ec2:StopInstances' },
        ],
      },
      {
        id: 'zone',
        title: 'A disk from another zone',
        instruction: 'Create a volume in us-east-1b and try to attach it.',
        hints: [],
        why: 'EBS lives in one AZ.',
        goals: [{ kind: 'refused', code: 'InvalidVolume.ZoneMismatch', actionType: 'ec2:AttachVolume' }],
      },
    ],
  };
}

describe('toLab', () => {
  it('a scenario start: the world is the author’s, the goals grade the learner', () => {
    const world = authorWorld();
    const doc = sampleLab(scenarioStart(world));
    expect(checkAuthoredLab(doc)).toEqual({ ok: true, doc });
    const made = toLab(doc);
    if (!made.ok) throw new Error(made.error.message);
    expect(JSON.stringify(made.world)).toBe(JSON.stringify(world));
    expect(made.lab.solution).toEqual([]);
    expect(made.lab.steps.every((s) => s.solution.length === 0)).toBe(true);
    expect(made.lab.summary).toEqual(['Stop the web server and see what happens to its address.', 'Then try to attach a disk from another zone.']);
    expect(made.lab.steps[0]?.goals.map((g) => g.label)).toEqual([
      'An instance in us-east-1a whose state is stopped',
      'You sent ec2:StopInstances and AWS accepted it',
    ]);
    expect(progress(made.lab, made.world, []).done).toBe(0);

    // the learner stops the instance, then meets the AZ refusal
    const web = made.world.instances.values()[0]!.id;
    const run = runActions(made.world, [
      stop('web'),
      { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1b', Size: 8 }, as: { vol: 'VolumeId' } },
      { type: 'ec2:AttachVolume', params: { VolumeId: { ref: 'vol' }, InstanceId: web, Device: '/dev/sdf' } },
    ], { web });
    const now = progress(made.lab, run.world, run.history);
    expect(now.steps.map((s) => s.done)).toEqual([true, true]);
    expect(now.complete).toBe(true);
  });

  it('a scenario start carries the author’s canvas layout', () => {
    const world = authorWorld();
    const made = toLab(sampleLab(scenarioStart(world, { 'az:us-east-1a': { x: 40, y: 120 } })));
    if (!made.ok) throw new Error(made.error.message);
    expect(made.layout).toEqual({ positions: { 'az:us-east-1a': { x: 40, y: 120 } }, lens: 'network' });
  });

  it('an action-log start replays from createWorld', () => {
    const doc = sampleLab({ defaultVpc: true, actions: [findAmazonAmi(), findDefaultSubnet('us-east-1a', 'subnet'), launch('web', { subnet: 'subnet' })] });
    const made = toLab(doc);
    if (!made.ok) throw new Error(made.error.message);
    expect(made.world.instances.values()).toHaveLength(1);
    expect(made.lab.start.actions).toHaveLength(3);
  });

  it('a start whose ref is not bound is refused, not thrown', () => {
    const doc = sampleLab({ actions: [{ type: 'ec2:StopInstances', params: { InstanceIds: [{ ref: 'nobody' }] } }] });
    const made = toLab(doc);
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.error.message).toMatch(/does not replay/);
  });

  it('splits a summary into two picker lines', () => {
    expect(splitSummary('One line only')).toEqual(['One line only', '']);
    expect(splitSummary('First. Second and third.')).toEqual(['First.', 'Second and third.']);
  });
});

describe('link and file', () => {
  it('round trip through #labdoc=1.…', () => {
    const world = authorWorld();
    const doc = sampleLab(scenarioStart(world));
    const fragment = encodeAuthoredLab(doc);
    expect(fragment.startsWith('labdoc=1.')).toBe(true);
    for (const input of [fragment, `#${fragment}`, `https://example.org/lab/#${fragment}`]) {
      const opened = decodeAuthoredLab(input);
      if (!opened.ok) throw new Error(opened.error.message);
      expect(opened.doc).toEqual(doc);
      expect(JSON.stringify(opened.world)).toBe(JSON.stringify(world));
      expect(opened.lab.steps.map((s) => s.id)).toEqual(['stop', 'zone']);
    }
  });

  it('round trip through a file', () => {
    const doc = sampleLab(scenarioStart(authorWorld()));
    expect(authoredLabFileName(doc)).toBe('stop-and-start-a-new-public-ipv4.ec2lab-lab.json');
    expect(authoredLabFileName({ title: '' })).toBe('lab.ec2lab-lab.json');
    const opened = parseAuthoredLabFile(authoredLabFile(doc));
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.doc).toEqual(doc);
  });

  it('refuses to encode an invalid document', () => {
    const doc = sampleLab(scenarioStart(authorWorld()));
    expect(() => encodeAuthoredLab({ ...doc, steps: [] })).toThrow(RangeError);
  });
});

describe('hostile input: each refused with a message, never a throw', () => {
  const world = authorWorld();
  const good = sampleLab(scenarioStart(world));
  const fragment = encodeAuthoredLab(good);

  const refused = (result: ReturnType<typeof decodeAuthoredLab>) => {
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message.length).toBeGreaterThan(10);
      expect(['not-a-lab', 'bad-version', 'corrupt', 'too-large', 'invalid']).toContain(result.error.code);
    }
  };

  it('named cases', () => {
    const cases: unknown[] = [
      undefined,
      null,
      42,
      {},
      '',
      '#',
      'labdoc=',
      'labdoc=1.',
      'labdoc=2.AAAA',
      'labdoc=1.!!!!',
      's=1.AAAA',
      fragment.slice(0, fragment.length - 7),
      fragment.slice(0, 40),
      `${fragment}A`,
      `labdoc=1.${'A'.repeat(300_000)}`,
    ];
    for (const input of cases) refused(decodeAuthoredLab(input));
    const pack = (value: unknown) => `labdoc=${packUnchecked(JSON.stringify(value), 1).slice(2)}`;
    const hostile: unknown[] = [
      [],
      'text',
      { format: 'ec2-lab' },
      { ...good, version: 2 },
      { ...good, title: '' },
      { ...good, title: 'x'.repeat(500) },
      { ...good, title: 'bell\u0007' },
      { ...good, sections: ['Not a heading'] },
      { ...good, sections: ['Spot Instances', 'Spot Instances'] },
      { ...good, minutes: 0 },
      { ...good, minutes: 1.5 },
      { ...good, extra: true },
      { ...good, start: 's=1.AAAA' },
      { ...good, start: 'javascript:alert(1)' },
      { ...good, start: { actions: [{ type: 'ec2:LaunchRocket' }] } },
      { ...good, start: { actions: [{ type: 'ec2:StopInstances', params: { InstanceIds: [{ ref: 'x' }] } }] } },
      { ...good, steps: [] },
      { ...good, steps: [good.steps[0], good.steps[0]] },
      { ...good, steps: [{ ...good.steps[0], goals: [] }] },
      { ...good, steps: [{ ...good.steps[0], goals: [{ kind: 'resource', collection: 'instances', where: [{ path: '__proto__', op: 'eq', value: 'x' }] }] }] },
      { ...good, steps: [{ ...good.steps[0], goals: [{ kind: 'resource', collection: 'rockets', where: [] }] }] },
      { ...good, steps: [{ ...good.steps[0], goals: [{ kind: 'eval', code: 'alert(1)' }] }] },
      JSON.parse(`{"format":"ec2-lab-lab","version":1,"__proto__":{"polluted":true}}`),
      { ...good, start: { actions: [{ type: 'ec2:CreateVpc', params: { deep: JSON.parse('['.repeat(100) + ']'.repeat(100)) } }] } },
    ];
    for (const value of hostile) refused(decodeAuthoredLab(pack(value)));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    refused(parseAuthoredLabFile('{'));
    refused(parseAuthoredLabFile(' '.repeat(2 * 1024 * 1024)));
    refused(parseAuthoredLabFile('['.repeat(100_000) + ']'.repeat(100_000)));
  });

  it('a start of hundreds of mass launches is refused before it freezes the page', () => {
    const actions = [findAmazonAmi(), findDefaultSubnet('us-east-1a', 'subnet')];
    for (let i = 0; i < 298; i++) {
      actions.push({ type: 'ec2:RunInstances', params: { ImageId: { ref: 'ami' }, SubnetId: { ref: 'subnet' }, InstanceType: 't3.nano', MinCount: 1, MaxCount: 1000 } });
    }
    const began = performance.now();
    const result = decodeAuthoredLab(`labdoc=${packUnchecked(JSON.stringify({ ...good, start: { defaultVpc: true, actions } }), 1).slice(2)}`);
    expect(performance.now() - began).toBeLessThan(3000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'too-large', message: expect.stringMatching(/too long/) });
  });

  it('a bomb: a tiny link that inflates past the cap', () => {
    const bomb = `labdoc=${packUnchecked(JSON.stringify({ ...good, summary: 'x'.repeat(2_000_000) }), 9).slice(2)}`;
    expect(bomb.length).toBeLessThan(20_000);
    refused(decodeAuthoredLab(bomb));
  });

  it('fuzz: random strings, truncations, mutations and wrongly typed documents', () => {
    const pack = (value: unknown) => `labdoc=${packUnchecked(JSON.stringify(value), 1).slice(2)}`;
    let runs = 0;
    // random text and random prefixes of a good link
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `labdoc=1.${s}`), fc.nat(fragment.length - 1).map((n) => fragment.slice(0, n))), (input) => {
        runs++;
        const result = decodeAuthoredLab(input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toBeTruthy();
      }),
      { numRuns: 1500 },
    );
    // one character of a good link changed
    fc.assert(
      fc.property(fc.nat(fragment.length - 10), fc.constantFrom(...'AZaz09-_'), (i, ch) => {
        runs++;
        const at = i + 9;
        const mutated = fragment.slice(0, at) + ch + fragment.slice(at + 1);
        const result = decodeAuthoredLab(mutated);
        if (mutated === fragment) expect(result.ok).toBe(true);
        else if (!result.ok) expect(result.error.message).toBeTruthy();
      }),
      { numRuns: 500 },
    );
    // well-packed documents with wrongly typed or random fields
    const field = fc.constantFrom('format', 'version', 'title', 'summary', 'minutes', 'sections', 'start', 'steps');
    fc.assert(
      fc.property(field, fc.anything({ maxDepth: 4 }), (key, value) => {
        runs++;
        const doc = { ...good, [key]: value };
        const result = decodeAuthoredLab(pack(doc));
        if (!result.ok) expect(result.error.message).toBeTruthy();
      }),
      { numRuns: 600 },
    );
    // random goal specs inside an otherwise good document
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), fc.record({ kind: fc.constantFrom('resource', 'refused', 'action'), collection: fc.constantFrom('instances', 'vpcs', 'x'), where: fc.array(fc.record({ path: fc.constantFrom('state', 'az', 'publicIp', 'x'), op: fc.string(), value: fc.anything({ maxDepth: 1 }) }), { maxLength: 3 }), code: fc.string(), type: fc.string() }, { requiredKeys: ['kind'] }), (random, spec) => {
        runs++;
        for (const goal of [random, spec]) {
          const doc = { ...good, steps: [{ ...good.steps[0], goals: [goal] }] };
          const result = decodeAuthoredLab(pack(doc));
          if (!result.ok) expect(result.error.message).toBeTruthy();
          else expect(result.lab.steps[0]?.goals[0]?.test({ world, history: [] })).toBeTypeOf('boolean');
        }
      }),
      { numRuns: 500 },
    );
    expect(runs).toBeGreaterThanOrEqual(3000);
  });

  it('files: random JSON values are refused with a message', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const result = parseAuthoredLabFile(JSON.stringify(value));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toBeTruthy();
      }),
      { numRuns: 500 },
    );
  });
});
