import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, resetAutosaveForTests } from './autosave';
import { AUTOSAVE_KEY, CORRUPT_KEY } from './persist';
import { resetLabStore, useLabStore } from './store';
import { type MemoryStorage, stubMemoryStorage } from '../test/memory-storage';

const state = () => useLabStore.getState();
let storage: MemoryStorage;

beforeEach(() => {
  storage = stubMemoryStorage();
  vi.useFakeTimers();
  resetAutosaveForTests();
  resetLabStore();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('autosave', () => {
  it('saves shortly after a change (debounced) and restores exactly that on the next visit', async () => {
    await state().loadEngine();
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    state().setPosition('vpc-x', { x: 5, y: 6 });
    state().setLens('physical');
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    const saved = storage.getItem(AUTOSAVE_KEY);
    expect(saved).toContain('"format":"ec2-lab-autosave"');
    const world = state().world;

    resetLabStore();
    await state().loadEngine();
    expect(JSON.stringify(state().world)).toBe(JSON.stringify(world));
    expect(state().positions).toEqual({ 'vpc-x': { x: 5, y: 6 } });
    expect(state().lens).toBe('physical');
    expect(state().autosaveProblem).toBeNull();
  });

  it('keeps a damaged save, reports it, and does not overwrite it until the learner acts', async () => {
    storage.setItem(AUTOSAVE_KEY, '{"format":"ec2-lab-autosave","version":1,"world":42}');
    await state().loadEngine();
    expect(state().world?.vpcs.size).toBe(0);
    expect(state().autosaveProblem?.message).toMatch(/could not be read/);
    expect(storage.getItem(CORRUPT_KEY)).toBe('{"format":"ec2-lab-autosave","version":1,"world":42}');

    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 3);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe('{"format":"ec2-lab-autosave","version":1,"world":42}');

    state().setAutosaveProblem(null); // the learner dismissed the banner
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('10.0.0.0/16');
    expect(storage.getItem(CORRUPT_KEY)).toBe('{"format":"ec2-lab-autosave","version":1,"world":42}');
  });

  it('starts from the empty world when nothing was saved', async () => {
    await state().loadEngine();
    expect(state().world?.vpcs.size).toBe(0);
    expect(state().autosaveProblem).toBeNull();
  });
});
