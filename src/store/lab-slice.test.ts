import { beforeEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../engine';
import { labById } from '../labs/catalogue';
import { labHistory, labStarted, loadLabRunner, stringRefs } from './lab-slice';
import { resetLabStore, useLabStore } from './store';

const state = () => useLabStore.getState();

function catalogueLab(id: string) {
  const lab = labById(id);
  if (!lab) throw new Error(`no lab ${id}`);
  return lab;
}

beforeEach(async () => {
  resetLabStore();
  await state().loadEngine();
});

describe('lab slice', () => {
  it('starts a catalogue lab: the world is its start, history empty, refs from the start, picker closed', async () => {
    const lab = catalogueLab('ebs-move');
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    state().openLabPicker();
    state().startLab(lab);
    await labStarted();
    const s = state();
    expect(s.activeLab?.lab.id).toBe('ebs-move');
    expect(s.activeLab?.state).toMatchObject({ id: 'ebs-move', step: 0, completed: [] });
    expect(s.activeLab?.state.refs.data).toMatch(/^vol-/);
    expect(s.activeLab?.state.refs.old).toMatch(/^i-/);
    expect(s.world?.instances.size).toBe(2);
    expect(s.canUndo).toBe(false);
    expect(labHistory(s)).toEqual([]);
    expect(s.labPickerOpen).toBe(false);
  });

  it('starts from a given world (an authored lab) without the runner', () => {
    const lab = catalogueLab('ebs-move');
    const world = createWorld({ seed: 7 });
    state().startLab(lab, { world });
    expect(state().world).toBe(world);
    expect(state().activeLab?.state.refs).toEqual({});
  });

  it('the learner’s history is the session log after the lab started', async () => {
    const lab = catalogueLab('ebs-move');
    await loadLabRunner();
    state().startLab(lab);
    const volume = state().activeLab?.state.refs.data;
    state().dispatch({ type: 'ec2:DetachVolume', params: { VolumeId: volume } });
    const history = labHistory(state());
    expect(history).toHaveLength(1);
    expect(history[0]?.action.type).toBe('ec2:DetachVolume');
  });

  it('labShareState carries the id, the current step and the steps done', async () => {
    const lab = catalogueLab('ebs-move');
    expect(state().labShareState()).toBeUndefined();
    await loadLabRunner();
    state().startLab(lab);
    expect(state().labShareState()).toMatchObject({ id: 'ebs-move', step: 0, completed: [] });
    state().dispatch({ type: 'ec2:DetachVolume', params: { VolumeId: state().activeLab?.state.refs.data } });
    expect(state().labShareState()).toMatchObject({ id: 'ebs-move', step: 1, completed: ['detach'] });
  });

  it('a share link carries no lab state for an authored lab (it travels in its own #labdoc= link)', () => {
    const lab = { ...catalogueLab('ebs-move'), id: 'authored-0123abcd' };
    state().startLab(lab, { world: createWorld() });
    expect(state().activeLab?.lab.id).toBe('authored-0123abcd');
    expect(state().labShareState()).toBeUndefined();
  });

  it('resumes a catalogue lab from a share link’s state; an unknown id is refused', async () => {
    expect(await state().resumeLab({ id: 'no-such-lab', step: 0, completed: [], refs: {} })).toBe(false);
    expect(state().activeLab).toBeNull();
    expect(await state().resumeLab({ id: 'elastic-ip', step: 1, completed: ['associate'], refs: { eip: 'eipalloc-1' } })).toBe(true);
    const active = state().activeLab;
    expect(active?.lab.id).toBe('elastic-ip');
    expect(active?.historyStart).toBe(0);
    expect(active?.state.refs.eip).toBe('eipalloc-1');
    expect(active?.state.refs.web).toMatch(/^i-/); // recomputed from the start
  });

  it('leaves the lab and keeps the world', async () => {
    await loadLabRunner();
    state().startLab(catalogueLab('public-ipv4'));
    const world = state().world;
    state().leaveLab();
    expect(state().activeLab).toBeNull();
    expect(state().world).toBe(world);
  });

  it('keeps only string bindings as refs', () => {
    expect(stringRefs({ a: 'x', b: 1, c: ['y'], d: undefined })).toEqual({ a: 'x' });
  });
});

/**
 * What a reload does with a lab in progress: write the autosave document with the active lab, start a new visit,
 * read the document back and restore the lab over the restored world. Returns the restored world and the outcome.
 */
async function saveAndReload(): Promise<{ world: World; restored: boolean }> {
  const { parseAutosave, serializeAutosave } = await import('./persist');
  const { restoreSavedLab, savedLabOf } = await import('./lab-slice');
  const saved = savedLabOf(state());
  const text = serializeAutosave({ world: state().world!, positions: {}, lens: 'network', savedAt: 'now', ...(saved ? { lab: saved } : {}) });
  resetLabStore();
  await state().loadEngine();
  const parsed = parseAutosave(text);
  if (!parsed.ok || !parsed.lab) throw new Error('the save did not parse with its lab');
  state().replaceWorld(parsed.world);
  return { world: parsed.world, restored: await restoreSavedLab(parsed.lab, parsed.world, useLabStore) };
}

describe('a lab in the autosave', () => {
  it('round-trips through the autosave document and comes back after a reload', async () => {
    const { savedLabOf } = await import('./lab-slice');
    await loadLabRunner();
    state().startLab(catalogueLab('ebs-move'));
    state().dispatch({ type: 'ec2:DetachVolume', params: { VolumeId: state().activeLab?.state.refs.data } });
    const saved = savedLabOf(state());
    expect(saved).toMatchObject({ id: 'ebs-move', state: { step: 1, completed: ['detach'] } });
    expect(saved?.history).toHaveLength(1);

    // A new visit: the world comes back, then the lab with its history.
    const { world, restored } = await saveAndReload();
    expect(restored).toBe(true);
    const s = state();
    expect(s.activeLab?.lab.id).toBe('ebs-move');
    expect(s.world).toBe(world);
    expect(labHistory(s)).toHaveLength(1);
    expect(s.labShareState()).toMatchObject({ step: 1, completed: ['detach'] });
    expect(s.activeLab?.startWorld?.volumes.size).toBeGreaterThan(0);
  });

  it('keeps old saves valid, and drops a damaged lab while the world still comes back', async () => {
    const { parseAutosave, serializeAutosave } = await import('./persist');
    const text = serializeAutosave({ world: state().world!, positions: {}, lens: 'network', savedAt: 'now' });
    const old = parseAutosave(text);
    expect(old.ok && old.lab).toBe(undefined);
    const damaged = JSON.parse(text);
    damaged.lab = { id: 'ebs-move', state: { id: 'ebs-move', step: -1, completed: 'x', refs: {} }, startedAt: 0, history: [] };
    const parsed = parseAutosave(JSON.stringify(damaged));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.lab).toBe(undefined);
  });

  it('brings an authored lab back from its saved link, with the learner’s history', async () => {
    const { savedLabOf } = await import('./lab-slice');
    const { createScenario, encodeScenario } = await import('../scenario');
    const { decodeAuthoredLab, encodeAuthoredLab } = await import('../labs/authoring');
    const start = encodeScenario(createScenario({ world: createWorld({ defaultVpc: true }), log: [], layout: { positions: {} }, title: '', notes: '' }));
    const labdoc = encodeAuthoredLab({
      format: 'ec2-lab-lab',
      version: 1,
      title: 'Two VPCs',
      summary: 'Make a VPC. Then another.',
      minutes: 5,
      sections: ['EC2 Architecture and Resilience'],
      start,
      steps: [
        { id: 'one', title: 'One', instruction: 'Create a VPC.', hints: [], why: 'Networks first.', goals: [{ kind: 'action', type: 'ec2:CreateVpc' }] },
        { id: 'two', title: 'Two', instruction: 'Describe them.', hints: [], why: 'Reads are free.', goals: [{ kind: 'action', type: 'ec2:DescribeVpcs' }] },
      ],
    });
    const opened = decodeAuthoredLab(labdoc);
    if (!opened.ok) throw new Error(opened.error.message);
    state().startLab(opened.lab, { world: opened.world, labdoc });
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.9.0.0/16' } });
    expect(savedLabOf(state())).toMatchObject({ id: opened.lab.id, labdoc, state: { step: 1, completed: ['one'] } });

    expect((await saveAndReload()).restored).toBe(true);
    expect(state().activeLab?.lab.title).toBe('Two VPCs');
    expect(state().activeLab?.labdoc).toBe(labdoc);
    expect(labHistory(state())).toHaveLength(1);
    expect(savedLabOf(state())).toMatchObject({ state: { step: 1, completed: ['one'] } });
  });

  it('an authored lab brought back by a reload keeps the names its start bound, through a restart too', async () => {
    const { decodeAuthoredLab, encodeAuthoredLab } = await import('../labs/authoring');
    const labdoc = encodeAuthoredLab({
      format: 'ec2-lab-lab',
      version: 1,
      title: 'Name the network',
      summary: 'Tag the VPC you were given.',
      minutes: 5,
      sections: ['EC2 Architecture and Resilience'],
      start: { actions: [{ type: 'ec2:CreateVpc', params: { CidrBlock: '10.4.0.0/16' }, as: { lab: 'Vpc.VpcId' } }] },
      steps: [{ id: 'one', title: 'One', instruction: 'Describe it.', hints: [], why: 'Reads are free.', goals: [{ kind: 'action', type: 'ec2:DescribeVpcs' }] }],
    });
    const opened = decodeAuthoredLab(labdoc);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.refs.lab).toMatch(/^vpc-/);
    state().startLab(opened.lab, { world: opened.world, labdoc, refs: opened.refs });
    expect((await saveAndReload()).restored).toBe(true);
    expect(state().activeLab?.state.refs).toEqual(opened.refs);
    state().restartLab();
    expect(state().activeLab?.state.refs).toEqual(opened.refs);
  });

  it('does not bring back a lab it cannot find (an unknown id, and no link to rebuild it from)', async () => {
    const { restoreSavedLab } = await import('./lab-slice');
    const world = state().world!;
    const saved = { id: 'my-own-lab', state: { id: 'my-own-lab', step: 0, completed: [], refs: {} }, startedAt: 0, history: [] };
    expect(await restoreSavedLab(saved, world, useLabStore)).toBe(false);
    expect(state().activeLab).toBeNull();
  });

  it('restarts at the lab’s start with its names', async () => {
    await loadLabRunner();
    state().startLab(catalogueLab('ebs-move'));
    const start = state().world;
    const refs = state().activeLab?.state.refs;
    state().dispatch({ type: 'ec2:DetachVolume', params: { VolumeId: refs?.data } });
    state().restartLab();
    expect(state().world).toBe(start);
    expect(state().activeLab?.state.refs).toEqual(refs);
    expect(labHistory(state())).toEqual([]);
  });
});
