import { beforeEach, describe, expect, it } from 'vitest';
import { resetLabStore, useLabStore } from './store';

const state = () => useLabStore.getState();
beforeEach(resetLabStore);

describe('ui', () => {
  it('shows a refusal until it is dismissed', async () => {
    await state().loadEngine();
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: 'not-a-cidr' } });
    expect(state().refusal?.error.code).toBeTruthy();
    state().dismissRefusal();
    expect(state().refusal).toBeNull();
  });

  it('opens the palette on its list or straight on an action form', () => {
    expect(state()).toMatchObject({ paletteOpen: false, paletteAction: null });
    state().openPalette();
    expect(state()).toMatchObject({ paletteOpen: true, paletteAction: null });
    state().openPalette('ec2:CreateVpc');
    expect(state()).toMatchObject({ paletteOpen: true, paletteAction: 'ec2:CreateVpc' });
    state().closePalette();
    expect(state()).toMatchObject({ paletteOpen: false, paletteAction: null });
  });

  it('switches the side panel and folds the timeline', () => {
    expect(state().sidePanel).toBe('inspector');
    state().setSidePanel('tree');
    expect(state().sidePanel).toBe('tree');
    const open = state().timelineOpen;
    state().toggleTimeline();
    expect(state().timelineOpen).toBe(!open);
  });
});
