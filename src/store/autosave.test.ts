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

  it('in a browser, writes after the delay only once the page is idle (never between an action and its frame)', async () => {
    const waiting: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => waiting.push(run));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    await state().loadEngine();
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    expect(waiting).toHaveLength(1);
    waiting[0]!();
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('10.0.0.0/16');
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

  it('says at once when a save fails (storage full), and clears it when saving works again', async () => {
    await state().loadEngine();
    const setItem = storage.setItem.bind(storage);
    storage.setItem = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    expect(state().saveFailure?.kind).toBe('quota');
    storage.setItem = setItem;
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.1.0.0/16' } });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    expect(state().saveFailure).toBeNull();
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('10.1.0.0/16');
  });

  it('still saves the work when a request nested thousands deep cannot be written (undo log left out)', async () => {
    await state().loadEngine();
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 6000; i++) deep = { a: deep };
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16', Extra: deep } });
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.2.0.0/16' } });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    expect(state().saveFailure).toBeNull();
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('10.2.0.0/16');
  });

  it('a reload keeps undo and the timeline (the last steps are saved and replayed)', async () => {
    await state().loadEngine();
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    state().dispatch({ type: 'sim:AdvanceTime', params: { Seconds: 120 } });
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.1.0.0/16' } });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    const world = JSON.stringify(state().world);
    const timeline = state().timeline.length;
    resetLabStore();
    await state().loadEngine();
    expect(JSON.stringify(state().world)).toBe(world);
    expect(state().canUndo).toBe(true);
    expect(state().timeline).toHaveLength(timeline);
    expect(state().timeline.at(-1)!.at - state().clockStart).toBe(120);
    state().undo();
    expect(state().world?.vpcs.size).toBe(1);
  });

  it('keeps the damaged save in memory: with storage full, the download is THAT save', async () => {
    storage.setItem(CORRUPT_KEY, 'an older, unrelated save');
    storage.setItem(AUTOSAVE_KEY, '{"format":"ec2-lab-autosave","version":1,"world":7}');
    storage.setItem = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    await state().loadEngine();
    expect(state().autosaveProblem?.damaged).toBe('{"format":"ec2-lab-autosave","version":1,"world":7}');
  });

  it('another tab saving pauses this one until the learner keeps this tab or reloads', async () => {
    const listeners: ((e: { key: string; newValue: string }) => void)[] = [];
    vi.stubGlobal('addEventListener', (type: string, fn: (e: { key: string; newValue: string }) => void) => {
      if (type === 'storage') listeners.push(fn);
    });
    await state().loadEngine();
    for (const fn of listeners) fn({ key: AUTOSAVE_KEY, newValue: 'the other tab' });
    expect(state().otherTabChanged).toBe(true);
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 3);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    state().setOtherTabChanged(false); // "Keep this one"
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('10.0.0.0/16');
  });
});
