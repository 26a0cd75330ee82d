import { describe, expect, it } from 'vitest';
import { labById, labs, labsForSection, latchSteps, progress, type LatchedSteps } from './index';
import { replaySolution, runActions, startLab } from './runner';
import type { HistoryEntry, Lab } from './types';

function lab(id: string): Lab {
  const found = labById(id);
  if (!found) throw new Error(`no lab ${id}`);
  return found;
}

/** Start the lab and apply the solutions of its first `steps` steps, as a learner would. */
function playSteps(l: Lab, steps: number) {
  const run = replaySolution(l, steps);
  return { world: run.world, history: run.history };
}

describe('progress', () => {
  it('keeps a step done in order: the Elastic IP lab’s disassociate step does not un-tick step 1', () => {
    const l = lab('elastic-ip');
    let latched: LatchedSteps = {};
    const seen: string[] = [];
    for (let k = 1; k <= l.steps.length; k++) {
      const { world, history } = playSteps(l, k);
      // Without the latch, a later step can undo an earlier one's goals.
      if (k === 4) expect(progress(l, world, history).steps[0]?.done).toBe(false);
      const p = progress(l, world, history, latched);
      latched = latchSteps(p, history.length, latched);
      seen.push(`${p.done}/${p.current}`);
      expect(p.steps.slice(0, k).every((s) => s.done && s.goals.every((g) => g.met))).toBe(true);
      expect(p.complete).toBe(k === l.steps.length);
    }
    expect(seen).toEqual(['1/1', '2/2', '3/3', '4/4', '5/5']);
  });

  it('drops a latch an undo went behind, and keeps none out of order', () => {
    const l = lab('elastic-ip');
    const { world, history } = playSteps(l, 2);
    const latched = latchSteps(progress(l, world, history), history.length);
    expect(Object.keys(latched)).toEqual([l.steps[0]!.id, l.steps[1]!.id]);
    const start = playSteps(l, 0);
    const back = progress(l, start.world, start.history, latched);
    expect(back.done).toBe(0);
    expect(latchSteps(back, start.history.length, latched)).toEqual({});
  });

  it('counts steps done, names the current one, and lists every goal with its label', () => {
    const l = lab('ebs-move');
    const { world, history } = playSteps(l, 2);
    const p = progress(l, world, history);
    expect(p).toMatchObject({ done: 2, total: 4, current: 2, complete: false });
    expect(p.steps.map((s) => s.done)).toEqual([true, true, false, false]);
    expect(p.steps[1]?.goals).toEqual([{ label: 'You saw an attach refused because the volume is in another AZ', met: true }]);
    expect(p.steps[3]?.goals[0]?.met).toBe(false);
  });

  it('is pure: the same inputs give the same answer, and the inputs are untouched', () => {
    const l = lab('elastic-ip');
    const { world, history } = playSteps(l, 3);
    const before = JSON.stringify(history);
    expect(progress(l, world, history)).toEqual(progress(l, world, history));
    expect(JSON.stringify(history)).toBe(before);
  });

  it('grades what the learner did, not the start: an empty history leaves history goals unmet', () => {
    const l = lab('ebs-move');
    const { world } = playSteps(l, 4);
    const p = progress(l, world, []);
    // The state goals are met by the world; the refusal was never seen.
    expect(p.steps.find((s) => s.id === 'try')?.done).toBe(false);
    expect(p.steps.find((s) => s.id === 'restore')?.done).toBe(true);
    expect(p.complete).toBe(false);
  });

  it('accepts another correct route: a public IPv4 asked for at launch instead of on the subnet', () => {
    const l = lab('public-ipv4');
    const start = startLab(l);
    const run = runActions(
      start.world,
      [
        {
          type: 'ec2:RunInstances',
          params: {
            ImageId: { ref: 'ami' },
            InstanceType: 't3.small',
            MinCount: 1,
            MaxCount: 1,
            NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: { ref: 'app' }, AssociatePublicIpAddress: true }],
          },
        },
      ],
      start.bindings,
    );
    expect(run.history[0]?.ok).toBe(true);
    expect(progress(l, run.world, run.history).steps[0]?.done).toBe(true);
  });

  it('accepts another correct route: the NAT built with interface-level calls and a route to the instance', () => {
    const l = lab('nat-instance');
    const start = startLab(l);
    const run = runActions(
      start.world,
      [
        { type: 'ec2:RunInstances', params: { ImageId: { ref: 'ami' }, InstanceType: 't3.nano', MinCount: 1, MaxCount: 1, SubnetId: { ref: 'public' } }, as: { nat: 'Instances.0.InstanceId', eni: 'Instances.0.NetworkInterfaces.0.NetworkInterfaceId' } },
        { type: 'ec2:ModifyNetworkInterfaceAttribute', params: { NetworkInterfaceId: { ref: 'eni' }, SourceDestCheck: { Value: false } } },
        { type: 'ec2:CreateRoute', params: { RouteTableId: { ref: 'privateRt' }, DestinationCidrBlock: '0.0.0.0/0', InstanceId: { ref: 'nat' } } },
      ],
      start.bindings,
    );
    expect(run.history.map((h) => h.ok)).toEqual([true, true, true]);
    expect(progress(l, run.world, run.history).steps.slice(0, 3).map((s) => s.done)).toEqual([true, true, true]);
  });

  it('labsForSection finds the labs that teach a heading', () => {
    expect(labsForSection('Elastic IP address').map((l) => l.id)).toEqual(['elastic-ip']);
    expect(labsForSection('EC2 Architecture and Resilience').map((l) => l.id)).toEqual(['regions-and-hosts', 'ebs-move']);
  });

  it('a goal that throws counts as not met instead of breaking the panel', () => {
    const l = lab('ebs-move');
    const broken: Lab = {
      ...l,
      steps: [{ ...l.steps[0]!, goals: [{ label: 'broken', test: () => { throw new Error('boom'); } }] }],
    };
    const { world } = playSteps(l, 0);
    expect(progress(broken, world, [] as HistoryEntry[]).steps[0]?.goals).toEqual([{ label: 'broken', met: false }]);
  });

  it('every lab replays with another seed: no id is written into a lab', () => {
    for (const l of labs) {
      const reseeded: Lab = { ...l, start: { ...l.start, seed: 42 } };
      const start = startLab(reseeded);
      const run = runActions(start.world, reseeded.solution, start.bindings);
      const intended = run.applied.every((a) => (a.action.refused ? !a.result.ok && a.result.error.code === a.action.refused.code : a.result.ok));
      expect(intended, l.id).toBe(true);
      expect(progress(reseeded, run.world, run.history).complete, l.id).toBe(true);
    }
  });
});
