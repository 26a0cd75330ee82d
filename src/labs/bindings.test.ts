import { describe, expect, it } from 'vitest';
import { labById } from '../labs/catalogue';
import { runActions, startLab } from '../labs/runner';
import { missingRefs, recoverBindings } from './bindings';

describe('recoverBindings', () => {
  it('finds what the learner made in their history, by action type and response path', () => {
    const lab = labById('ebs-move')!;
    const start = startLab(lab);
    const data = start.bindings.data as string;
    const run = runActions(start.world, [
      { type: 'ec2:DetachVolume', params: { VolumeId: data } },
      { type: 'ec2:CreateSnapshot', params: { VolumeId: data } },
    ]);
    const bindings = recoverBindings(lab, new Set(['detach', 'try', 'snapshot']), run.history, start.bindings);
    expect(bindings.snap).toMatch(/^snap-/);
    expect(bindings.data).toBe(data);
  });

  it('asks a read again when the learner never made it (a dry run)', () => {
    const lab = labById('elastic-ip')!;
    const start = startLab(lab);
    const reads: string[] = [];
    const bindings = recoverBindings(lab, new Set(['dns']), [], start.bindings, (action) => {
      reads.push(action.type);
      return { ok: true, world: start.world, events: [], response: { Reservations: [{ Instances: [{ PublicDnsName: 'ec2-1-2-3-4.compute-1.amazonaws.com' }] }] } } as never;
    });
    expect(reads).toEqual(['ec2:DescribeInstances']);
    expect(bindings.webName).toBe('ec2-1-2-3-4.compute-1.amazonaws.com');
  });

  it('lists the refs an action needs that nobody bound', () => {
    expect(missingRefs({ type: 'x', params: { A: { ref: 'a' }, B: [{ ref: 'b' }], C: { D: { ref: 'c' } } } }, { a: 1 })).toEqual(['b', 'c']);
    expect(missingRefs({ type: 'x' }, {})).toEqual([]);
    expect(missingRefs({ type: 'x', params: { A: { ref: '__proto__' }, B: { ref: 'constructor' } } }, {})).toEqual(['__proto__', 'constructor']);
  });
});
