import { beforeEach, describe, expect, it } from 'vitest';
import { labById, labs } from '../labs/catalogue';
import { defineLab } from '../labs/runner';
import { progress } from '../labs/progress';
import { labHistory, loadLabRunner } from '../store/lab-slice';
import { resetLabStore, useLabStore } from '../store/store';
import { cancelSolution, playSolution, usePlayback } from './solution-player';

const state = () => useLabStore.getState();

function labProgress() {
  const s = state();
  if (!s.activeLab || !s.world) throw new Error('no lab running');
  return progress(s.activeLab.lab, s.world, labHistory(s));
}

function lab(id: string) {
  const found = labById(id);
  if (!found) throw new Error(id);
  return found;
}

beforeEach(async () => {
  resetLabStore();
  await state().loadEngine();
  await loadLabRunner();
});

describe('Show solution', () => {
  it.each(labs.map((l) => [l.id]))('plays the whole solution of %s from its start: the lab is complete', async (id) => {
    state().startLab(lab(id));
    const end = await playSolution(0);
    expect(end).toEqual({ status: 'finished', total: lab(id).solution.length });
    expect(labProgress().complete).toBe(true);
    expect(state().activeLab?.solutionShown).toBe(true);
  });

  it('plays only what is left, on the resources the learner made themselves (public-ipv4)', async () => {
    state().startLab(lab('public-ipv4'));
    const refs = state().activeLab!.state.refs;
    // The learner's own route: a public IPv4 asked for at launch, not on the subnet.
    const ami = refs.ami;
    const r = state().dispatch({
      type: 'ec2:RunInstances',
      params: {
        ImageId: ami,
        InstanceType: 't3.micro',
        MinCount: 1,
        MaxCount: 1,
        NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: refs.app, AssociatePublicIpAddress: true }],
      },
    });
    expect(r?.ok).toBe(true);
    expect(labProgress().done).toBe(1);
    const before = state().world!.instances.size;
    const end = await playSolution(0);
    expect(end.status).toBe('finished');
    expect(labProgress().complete).toBe(true);
    expect(state().world!.instances.size).toBe(before); // no second instance: it used the learner's
  });

  it('recovers a snapshot id the learner made (ebs-move) and finishes the lab', async () => {
    state().startLab(lab('ebs-move'));
    const refs = state().activeLab!.state.refs;
    state().dispatch({ type: 'ec2:DetachVolume', params: { VolumeId: refs.data } });
    state().dispatch({ type: 'ec2:AttachVolume', params: { VolumeId: refs.data, InstanceId: refs.new, Device: '/dev/sdf' } });
    state().dispatch({ type: 'ec2:CreateSnapshot', params: { VolumeId: refs.data } });
    expect(labProgress().done).toBe(3);
    const snapshots = state().world!.snapshots.size;
    const end = await playSolution(0);
    expect(end.status).toBe('finished');
    expect(labProgress().complete).toBe(true);
    expect(state().world!.snapshots.size).toBe(snapshots); // it restored the learner's snapshot, made none
  });

  it('can be cancelled: it stops after the current action', async () => {
    state().startLab(lab('elastic-ip'));
    const playing = playSolution(20);
    await new Promise((r) => setTimeout(r, 30));
    cancelSolution();
    const end = await playing;
    expect(end.status).toBe('cancelled');
    expect(usePlayback.getState().playback.status).toBe('cancelled');
    expect(labProgress().complete).toBe(false);
  });

  it('stops with a code and a sentence when it needs a name the learner’s history does not have', async () => {
    // An authored-style lab (any Lab object works): step 1 counts as done without the learner making its VPC.
    const custom = defineLab({
      id: 'custom',
      title: 'Custom',
      sections: ['EC2 Architecture and Resilience'],
      summary: ['One.', 'Two.'],
      minutes: 1,
      start: { actions: [] },
      steps: [
        { id: 'a', title: 'A', instruction: 'A', hints: [], why: 'A', goals: [{ label: 'always', test: () => true }], solution: [{ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' }, as: { vpc: 'Vpc.VpcId' } }] },
        { id: 'b', title: 'B', instruction: 'B', hints: [], why: 'B', goals: [{ label: 'never', test: () => false }], solution: [{ type: 'ec2:CreateSubnet', params: { VpcId: { ref: 'vpc' }, CidrBlock: '10.0.0.0/24' } }] },
      ],
    });
    state().startLab(custom);
    const before = state().world;
    const end = await playSolution(0);
    expect(end).toMatchObject({ status: 'stuck', code: 'solution-needs-name' });
    expect(end.status === 'stuck' && end.message).toContain('“vpc”');
    expect(state().world).toBe(before); // nothing was sent
  });
});
