import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DONE_KEY, markLabDone, parseDoneLabs, readDoneLabs, subscribeDoneLabs } from './done-labs';
import { type MemoryStorage, stubMemoryStorage } from '../test/memory-storage';

let storage: MemoryStorage;
beforeEach(() => {
  storage = stubMemoryStorage();
});
afterEach(() => vi.unstubAllGlobals());

describe('done marks', () => {
  it('marks a lab done once, with the time, and tells subscribers', () => {
    const seen = vi.fn();
    const stop = subscribeDoneLabs(seen);
    markLabDone('ebs-move', new Date('2026-01-02T03:04:05Z'));
    markLabDone('ebs-move', new Date('2027-01-01T00:00:00Z'));
    expect(readDoneLabs()).toEqual({ 'ebs-move': '2026-01-02T03:04:05.000Z' });
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
  });

  it('reads anything that is not a valid record as nothing done (never throws)', () => {
    for (const raw of ['nope', '[1,2]', '{"a":1}', 'null', '"x"']) expect(parseDoneLabs(raw)).toEqual({});
    storage.setItem(DONE_KEY, '{"a": 5}');
    expect(readDoneLabs()).toEqual({});
    expect(parseDoneLabs(null)).toEqual({});
  });
});
