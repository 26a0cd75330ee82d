import { beforeEach, describe, expect, it } from 'vitest';
import { labById } from '../labs/catalogue';
import { loadLabRunner } from '../store/lab-slice';
import { resetLabStore, useLabStore } from '../store/store';
import { isBlankWorld, workAtRisk } from './open-lab';
import { playSolution } from './solution-player';

const state = () => useLabStore.getState();

beforeEach(async () => {
  resetLabStore();
  await state().loadEngine();
  await loadLabRunner();
});

describe('what starting a lab would put at risk', () => {
  it('nothing on a fresh canvas; the learner’s work once they made something', () => {
    expect(isBlankWorld(state().world!)).toBe(true);
    expect(workAtRisk()).toBeUndefined();
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    expect(isBlankWorld(state().world!)).toBe(false);
    expect(workAtRisk()).toEqual({ kind: 'work' });
  });

  it('a lab: only once the learner did something in it', () => {
    state().startLab(labById('ebs-move')!);
    expect(workAtRisk()).toBeUndefined();
    state().dispatch({ type: 'ec2:DetachVolume', params: { VolumeId: state().activeLab!.state.refs.data } });
    expect(workAtRisk()).toEqual({ kind: 'lab', title: 'Move an EBS volume to another Availability Zone' });
  });

  it('a finished lab: nothing, the next lab starts without asking', async () => {
    state().startLab(labById('ebs-move')!);
    state().dispatch({ type: 'ec2:DetachVolume', params: { VolumeId: state().activeLab!.state.refs.data } });
    await playSolution(0);
    expect(state().activeLab?.finishedAt).toBeDefined();
    expect(workAtRisk()).toBeUndefined();
  });
});
