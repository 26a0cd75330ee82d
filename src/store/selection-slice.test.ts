import { beforeEach, describe, expect, it } from 'vitest';
import { resetLabStore, useLabStore } from './store';

beforeEach(resetLabStore);

describe('selection', () => {
  it('starts empty and holds a resource id or a node id', () => {
    expect(useLabStore.getState().selection).toBeNull();
    useLabStore.getState().select('i-0123456789abcdef0');
    expect(useLabStore.getState().selection).toBe('i-0123456789abcdef0');
    useLabStore.getState().select('region:us-east-1');
    expect(useLabStore.getState().selection).toBe('region:us-east-1');
    useLabStore.getState().select(null);
    expect(useLabStore.getState().selection).toBeNull();
  });
});
