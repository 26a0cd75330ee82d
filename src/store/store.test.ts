import { beforeEach, describe, expect, it } from 'vitest';
import { resetLabStore, useLabStore } from './store';

beforeEach(resetLabStore);

describe('lab store', () => {
  it('starts without a world, then loads the engine and its starting world: us-east-1, no VPCs yet', async () => {
    expect(useLabStore.getState().world).toBeNull();
    await useLabStore.getState().loadEngine();
    const world = useLabStore.getState().world;
    if (!world) throw new Error('the engine did not load');
    expect(world.homeRegion).toBe('us-east-1');
    expect(world.regions['us-east-1']?.zones.map((z) => z.ZoneName)).toEqual([
      'us-east-1a',
      'us-east-1b',
      'us-east-1c',
    ]);
    expect(world.vpcs.keys()).toEqual([]);
  });

  it('toggles the theme and remembers that the learner chose it', () => {
    expect(useLabStore.getState()).toMatchObject({ theme: 'light', themeSource: 'system' });
    useLabStore.getState().toggleTheme();
    expect(useLabStore.getState()).toMatchObject({ theme: 'dark', themeSource: 'user' });
    useLabStore.getState().toggleTheme();
    expect(useLabStore.getState()).toMatchObject({ theme: 'light', themeSource: 'user' });
  });

  it('follows the OS only until the learner chooses', () => {
    useLabStore.getState().followSystemTheme('dark');
    expect(useLabStore.getState().theme).toBe('dark');
    useLabStore.getState().toggleTheme();
    useLabStore.getState().followSystemTheme('dark');
    expect(useLabStore.getState()).toMatchObject({ theme: 'light', themeSource: 'user' });
  });

  it('resets to the initial state between tests', () => {
    useLabStore.getState().toggleTheme();
    resetLabStore();
    expect(useLabStore.getState()).toMatchObject({ theme: 'light', themeSource: 'system' });
  });
});
