import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { labById } from '../labs/catalogue';
import { progress } from '../labs/progress';
import { bind, resolveAction, type Bindings } from '../labs/runner';
import type { Lab } from '../labs/types';
import { stubMemoryStorage } from '../test/memory-storage';
import { readDoneLabs } from './done-labs';
import { labHistory, loadLabRunner } from './lab-slice';
import { resetLabStore, useLabStore } from './store';

const state = () => useLabStore.getState();

function lab(id: string): Lab {
  const found = labById(id);
  if (!found) throw new Error(`no lab ${id}`);
  return found;
}

/** Dispatch the solution of the active lab's first `steps` steps, as a learner would, one action at a time. */
function doSteps(steps: number): void {
  const active = state().activeLab!;
  const ids = new Set(active.lab.steps.slice(0, steps).map((s) => s.id));
  let bindings: Bindings = active.state.refs;
  for (const action of active.lab.solution.filter((a) => ids.has(a.step))) {
    const result = state().dispatch(resolveAction(action, bindings));
    if (!result) throw new Error('dispatch did nothing');
    bindings = bind(action, result, bindings);
  }
}

beforeEach(async () => {
  stubMemoryStorage();
  resetLabStore();
  await state().loadEngine();
  await loadLabRunner();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('lab sync in the store', () => {
  it('no lab, no progress; a lab started has its progress at once', () => {
    expect(state().labProgress).toBeNull();
    state().startLab(lab('ebs-move'));
    expect(state().labProgress).toMatchObject({ done: 0, current: 0, complete: false });
    state().leaveLab();
    expect(state().labProgress).toBeNull();
  });

  it('every subscriber sees the progress of the world it is given (same update, never one behind)', () => {
    state().startLab(lab('ebs-move'));
    const seen: string[] = [];
    const stop = useLabStore.subscribe((s) => {
      if (!s.activeLab || !s.world || !s.labProgress) return;
      const fresh = progress(s.activeLab.lab, s.world, labHistory(s), s.activeLab.latched);
      seen.push(`${s.labProgress.done}=${fresh.done}`);
    });
    doSteps(2);
    stop();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((pair) => pair.split('=')[0] === pair.split('=')[1])).toBe(true);
    expect(state().labProgress?.done).toBe(2);
  });

  it('keeps a step done in order when a later step undoes what it built (Elastic IP step 4)', () => {
    const l = lab('elastic-ip');
    state().startLab(l);
    doSteps(4);
    expect(state().labProgress?.steps[0]?.done).toBe(true);
    expect(Object.keys(state().activeLab?.latched ?? {})).toEqual(l.steps.slice(0, 4).map((s) => s.id));
  });

  it('a finished lab keeps its finish time and is marked done in this browser; an undo takes both times back', () => {
    const l = lab('ebs-move');
    state().startLab(l);
    doSteps(l.steps.length);
    const active = state().activeLab!;
    expect(state().labProgress?.complete).toBe(true);
    expect(active.finishedAt).toBeTypeOf('number');
    expect(active.finishedHistory).toBe(labHistory(state()).length);
    expect(readDoneLabs()[l.id]).toBeDefined();
    state().undo();
    expect(state().labProgress?.complete).toBe(false);
    expect(state().activeLab).not.toHaveProperty('finishedAt');
    expect(state().activeLab).not.toHaveProperty('finishedHistory');
  });

  it('the lab state’s refs follow what the learner made once a step is done', () => {
    state().startLab(lab('ebs-move'));
    expect(state().activeLab?.state.refs.snap).toBeUndefined();
    doSteps(3);
    expect(state().activeLab?.state.refs.snap).toMatch(/^snap-/);
    expect(state().labShareState()?.refs.snap).toBe(state().activeLab?.state.refs.snap);
  });
});
