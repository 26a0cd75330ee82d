import { beforeEach, describe, expect, it } from 'vitest';
import { apply } from '../engine';
import { createScenario, encodeScenario } from '../scenario';
import { classroomScenario } from '../scenario/fixtures/classroom';
import { resetAutosaveForTests } from '../store/autosave';
import { resetLabStore, useLabStore } from '../store/store';
import { stubMemoryStorage } from '../test/memory-storage';
import { useFollow } from './follow-status';
import { atFollowedStep, goToFollowedStep, worldAtStep } from './follow-open';
import { useLinkStatus } from './link-status';
import { openShareHash } from './open-scenario';

const state = () => useLabStore.getState();
const { lab: _lab, ...input } = classroomScenario().input;
const fragment = encodeScenario(createScenario({ ...input, title: 'Classroom' }));
const total = input.log.length;

beforeEach(() => {
  stubMemoryStorage();
  resetAutosaveForTests();
  resetLabStore();
  useLinkStatus.setState({ status: null, question: null, title: '', notes: '' });
  useFollow.setState({ following: null });
});

describe('opening a link at a step', () => {
  it('shows the world after step N with the log up to it, keeping the rest aside', async () => {
    expect((await openShareHash(`${fragment}&step=5`)).ok).toBe(true);
    const following = useFollow.getState().following!;
    expect(following.step).toBe(5);
    expect(following.entries).toHaveLength(total);
    expect(following.problem).toBeUndefined();
    expect(state().sessionLog!.entries).toHaveLength(5);
    const expected = worldAtStep(following.base, following.entries, 5, apply);
    expect(JSON.stringify(state().world)).toBe(JSON.stringify(expected));
    expect(JSON.stringify(state().world)).not.toBe(JSON.stringify(worldAtStep(following.base, following.entries, total, apply)));
    expect(atFollowedStep(following)).toBe(true);
  });

  it('lets the student branch into a log of their own, and "Back to step N" returns exactly', async () => {
    await openShareHash(`${fragment}&step=5`);
    const atFive = JSON.stringify(state().world);
    const r = state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.77.0.0/16' } });
    expect(r?.ok).toBe(true);
    expect(state().sessionLog!.entries).toHaveLength(6);
    const following = useFollow.getState().following!;
    expect(following.entries).toHaveLength(total); // the teacher's log is untouched
    expect(atFollowedStep(following)).toBe(false);
    await goToFollowedStep(5);
    expect(JSON.stringify(state().world)).toBe(atFive);
    expect(state().sessionLog!.entries).toHaveLength(5);
    expect(atFollowedStep(useFollow.getState().following)).toBe(true);
  });

  it('opens at the end and says why when the step is out of range or not a number', async () => {
    await openShareHash(`${fragment}&step=999`);
    expect(useFollow.getState().following).toMatchObject({ step: total, problem: { code: 'step-out-of-range' } });
    expect(state().sessionLog!.entries).toHaveLength(total);
    await openShareHash(`${fragment}&step=abc`);
    expect(useFollow.getState().following).toMatchObject({ step: total, problem: { code: 'bad-step' } });
  });

  it('a link without a step opens as before, following nothing', async () => {
    await openShareHash(`${fragment}&step=3`);
    await openShareHash(fragment);
    expect(useFollow.getState().following).toBeNull();
    expect(state().sessionLog!.entries).toHaveLength(total);
  });
});
