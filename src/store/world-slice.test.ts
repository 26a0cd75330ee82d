import { beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_LIMIT } from './world-slice';
import { resetLabStore, useLabStore } from './store';

const state = () => useLabStore.getState();

beforeEach(async () => {
  resetLabStore();
  await state().loadEngine();
});

function createVpc(cidr = '10.0.0.0/16'): string {
  const r = state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: cidr } });
  if (!r?.ok) throw new Error('CreateVpc refused');
  return r.response.Vpc.VpcId as string;
}

describe('dispatch', () => {
  it('does nothing before the engine has loaded', () => {
    resetLabStore();
    expect(state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } })).toBeUndefined();
    expect(state().dryRun({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } })).toBeUndefined();
  });

  it('commits an accepted action: new world, previous world on past, future cleared, events on the timeline', () => {
    const before = state().world;
    const vpcId = createVpc();
    const s = state();
    expect(s.world).not.toBe(before);
    expect(s.world?.vpcs.get(vpcId)).toBeDefined();
    expect(s.past.map((step) => step.world)).toEqual([before]);
    expect(s.past[0]?.action.type).toBe('ec2:CreateVpc');
    expect(s.future).toEqual([]);
    expect(s).toMatchObject({ canUndo: true, canRedo: false, refusal: null });
    expect(s.timeline).toHaveLength(1);
    expect(s.timeline[0]).toMatchObject({ action: 'ec2:CreateVpc', ok: true, at: 0 });
    expect(s.lastResponse?.action.type).toBe('ec2:CreateVpc');
  });

  it('keeps the world on a refusal and sets the refusal with the action', () => {
    const vpcId = createVpc();
    const before = state().world;
    const action = { type: 'ec2:CreateSubnet', params: { VpcId: vpcId, CidrBlock: '10.9.0.0/24' } };
    const r = state().dispatch(action);
    expect(r?.ok).toBe(false);
    const s = state();
    expect(s.world).toBe(before);
    expect(s.refusal?.error.code).toBe('InvalidSubnet.Range');
    expect(s.refusal?.action).toBe(action);
    expect(s.past).toHaveLength(1);
    expect(s.timeline.at(-1)).toMatchObject({ action: 'ec2:CreateSubnet', ok: false });
    expect(s.timeline.at(-1)?.message).toContain('10.9.0.0/24');
  });

  it('clears the refusal on the next accepted action', () => {
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: 'nonsense' } });
    expect(state().refusal).not.toBeNull();
    createVpc();
    expect(state().refusal).toBeNull();
  });

  it('adds no history step for a read', () => {
    createVpc();
    const before = state().world;
    const r = state().dispatch({ type: 'ec2:DescribeVpcs', params: {} });
    expect(r?.ok).toBe(true);
    expect(state().world).toBe(before);
    expect(state().past).toHaveLength(1);
    expect(state().timeline).toHaveLength(1);
    expect(state().lastResponse?.action.type).toBe('ec2:DescribeVpcs');
  });

  it('dryRun answers without committing anything', () => {
    const before = state().world;
    const r = state().dryRun({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    expect(r?.ok).toBe(true);
    expect(state().world).toBe(before);
    expect(state().past).toEqual([]);
    expect(state().timeline).toEqual([]);
    const refused = state().dryRun({ type: 'ec2:CreateVpc', params: { CidrBlock: 'nope' } });
    expect(refused?.ok).toBe(false);
    expect(state().refusal).toBeNull();
  });
});

describe('undo and redo', () => {
  it('moves between worlds and narrates it', () => {
    const empty = state().world;
    createVpc('10.0.0.0/16');
    const one = state().world;
    createVpc('10.1.0.0/16');
    const two = state().world;

    state().undo();
    expect(state().world).toBe(one);
    expect(state()).toMatchObject({ canUndo: true, canRedo: true });
    state().undo();
    expect(state().world).toBe(empty);
    expect(state()).toMatchObject({ canUndo: false, canRedo: true });
    state().undo(); // nothing left: no change
    expect(state().world).toBe(empty);

    state().redo();
    state().redo();
    expect(state().world).toBe(two);
    expect(state()).toMatchObject({ canUndo: true, canRedo: false });
    expect(state().timeline.map((t) => t.action)).toEqual([
      'ec2:CreateVpc',
      'ec2:CreateVpc',
      'lab:Undo',
      'lab:Undo',
      'lab:Redo',
      'lab:Redo',
    ]);
  });

  it('drops the redo branch when a new action is taken', () => {
    createVpc('10.0.0.0/16');
    state().undo();
    createVpc('10.5.0.0/16');
    expect(state().canRedo).toBe(false);
    expect(state().future).toEqual([]);
  });

  it('keeps at least 200 steps, each undo and redo within one frame (16 ms)', () => {
    const worlds = [state().world];
    createVpc();
    worlds.push(state().world);
    const vpcId = state().world!.vpcs.keys()[0];
    for (let i = 1; i < 210; i++) {
      const r = state().dispatch({ type: 'ec2:CreateSecurityGroup', params: { GroupName: `group-${i}`, Description: 'x', VpcId: vpcId } });
      expect(r?.ok).toBe(true);
      worlds.push(state().world);
    }
    /** Time one step; a step over budget is measured twice more (min), so a GC pause elsewhere is not blamed on it. */
    const timed = (step: () => void, back: () => void): number => {
      let best = Infinity;
      for (let attempt = 0; attempt < 3 && best > 16; attempt++) {
        if (attempt > 0) back();
        const t0 = performance.now();
        step();
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    let slowest = 0;
    for (let i = 210; i > 0; i--) {
      slowest = Math.max(slowest, timed(state().undo, state().redo));
      expect(state().world).toBe(worlds[i - 1]);
    }
    expect(state().canUndo).toBe(false);
    for (let i = 1; i <= 210; i++) {
      slowest = Math.max(slowest, timed(state().redo, state().undo));
      expect(state().world).toBe(worlds[i]);
    }
    expect(slowest).toBeLessThanOrEqual(16);
  });

  it('forgets the oldest steps beyond the history limit', () => {
    const world = state().world!;
    const log = { base: world, entries: [] };
    const fill = Array.from({ length: HISTORY_LIMIT + 5 }, () => ({ world, action: { type: 'x' }, log }));
    useLabStore.setState({ past: fill.slice(0, HISTORY_LIMIT), canUndo: true });
    createVpc();
    expect(state().past).toHaveLength(HISTORY_LIMIT);
  });

  it('clears a refusal shown for the world being left', () => {
    createVpc();
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: 'nope' } });
    state().undo();
    expect(state().refusal).toBeNull();
  });
});

describe('resetWorld', () => {
  it('starts again from the starting world, as one undoable step', () => {
    createVpc();
    const built = state().world;
    state().select('vpc-x');
    state().resetWorld();
    expect(state().world?.vpcs.size).toBe(0);
    expect(state().selection).toBeNull();
    state().undo();
    expect(state().world).toBe(built);
  });
});

describe('session log', () => {
  const log = () => state().sessionLog!;

  it('starts empty from the loaded world and records accepted, refused and read actions with their outcome', () => {
    expect(log()).toEqual({ base: state().world, entries: [] });
    createVpc();
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: 'nope' } });
    state().dispatch({ type: 'ec2:DescribeVpcs' });
    expect(log().entries.map((e) => [e.action.type, e.ok, e.code])).toEqual([
      ['ec2:CreateVpc', true, undefined],
      ['ec2:CreateVpc', false, 'InvalidParameterValue'],
      ['ec2:DescribeVpcs', true, undefined],
    ]);
    expect(log().entries[2]?.response).toMatchObject({ Vpcs: expect.any(Array) });
  });

  it('moves with undo and redo, so that it always leads from its base to the world shown', () => {
    createVpc();
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: 'nope' } });
    createVpc('10.1.0.0/16');
    const afterTwo = log();
    expect(afterTwo.entries).toHaveLength(3);
    state().undo();
    expect(log().entries).toHaveLength(2);
    expect(log().entries[1]?.ok).toBe(false);
    state().undo();
    expect(log().entries).toHaveLength(0);
    state().redo();
    expect(log().entries.map((e) => e.ok)).toEqual([true, false]);
    state().redo();
    expect(log()).toBe(afterTwo);
  });

  it('starts again from a replaced world, or keeps the log it is given', () => {
    createVpc();
    const world = state().world!;
    state().replaceWorld(world);
    expect(log()).toEqual({ base: world, entries: [] });
    const given = { base: world, entries: [{ action: { type: 'ec2:DescribeVpcs' }, ok: true, events: [] }] };
    state().replaceWorld(world, given);
    expect(log()).toBe(given);
  });

  it('a reset starts a new log; undoing the reset brings the old one back', () => {
    createVpc();
    const before = log();
    state().resetWorld();
    expect(log().entries).toHaveLength(0);
    state().undo();
    expect(log()).toBe(before);
  });
});
