import { beforeEach, describe, expect, it } from 'vitest';
import { resetLabStore, useLabStore } from './store';

const state = () => useLabStore.getState();
beforeEach(resetLabStore);

describe('layout', () => {
  it('switches lens', () => {
    expect(state().lens).toBe('network');
    state().setLens('physical');
    expect(state().lens).toBe('physical');
    state().toggleLens();
    expect(state().lens).toBe('network');
  });

  it('keeps positions apart from the world: undoing a world change does not move a box', async () => {
    await state().loadEngine();
    state().setPosition('vpc-1', { x: 10, y: 20 });
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    state().setPosition('vpc-1', { x: 30, y: 40 });
    state().undo();
    expect(state().positions).toEqual({ 'vpc-1': { x: 30, y: 40 } });
    expect(state().past).toHaveLength(0);
  });

  it('replaces the positions object on change (selectors see it) and forgets a position', () => {
    const before = state().positions;
    state().setPosition('a', { x: 1, y: 2 });
    expect(state().positions).not.toBe(before);
    state().clearPosition('a');
    expect(state().positions).toEqual({});
    const same = state().positions;
    state().clearPosition('missing');
    expect(state().positions).toBe(same);
  });
});
