import { beforeEach, describe, expect, it } from 'vitest';
import { createWorld } from '../engine';
import { labById } from '../labs/catalogue';
import { resetLabStore, useLabStore } from './store';

const state = () => useLabStore.getState();

beforeEach(async () => {
  resetLabStore();
  await state().loadEngine();
});

describe('openDocument', () => {
  it('replaces world, log, layout, camera and lab in ONE set (subscribers never see half a document)', () => {
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    state().select('vpc-x');
    const world = createWorld({ seed: 9 });
    const lab = labById('ebs-move')!;
    const seen: unknown[] = [];
    const stop = useLabStore.subscribe((s) => seen.push([s.world, s.positions, s.activeLab?.lab.id, s.cameraRequest]));
    state().openDocument({
      world,
      log: { base: world, entries: [] },
      layout: { positions: { 'az:us-east-1a': { x: 1, y: 2 } }, lens: 'physical' },
      camera: { x: 1, y: 2, zoom: 0.5 },
      lab: { lab, state: { id: lab.id, step: 0, completed: [], refs: {} }, startedAt: 0, historyStart: 0 },
    });
    stop();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual([world, { 'az:us-east-1a': { x: 1, y: 2 } }, 'ebs-move', { x: 1, y: 2, zoom: 0.5 }]);
    const s = state();
    expect(s).toMatchObject({ canUndo: false, canRedo: false, past: [], future: [], timeline: [], selection: null, lens: 'physical' });
    expect(s.sessionLog).toEqual({ base: world, entries: [] });
  });

  it('leaves any lab, keeps the layout and camera when the document has none', () => {
    const lab = labById('ebs-move')!;
    state().startLab(lab);
    state().setPosition('n', { x: 3, y: 4 });
    const world = createWorld({ seed: 2 });
    state().openDocument({ world });
    expect(state().activeLab).toBeNull();
    expect(state().positions).toEqual({ n: { x: 3, y: 4 } });
    expect(state().cameraRequest).toBeNull();
    expect(state().world).toBe(world);
  });

  it('starts with the undo history it is given (the autosave rebuilds it)', () => {
    const before = state().world!;
    const world = createWorld({ seed: 3 });
    const action = { type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } };
    state().openDocument({
      world,
      undo: { past: [{ world: before, action, log: { base: before, entries: [] } }], timeline: [] },
    });
    expect(state().canUndo).toBe(true);
    state().undo();
    expect(state().world).toBe(before);
  });
});
