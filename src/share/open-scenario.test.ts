import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { World } from '../engine';
import { createScenario, encodeScenario, scenarioCarries } from '../scenario';
import { classroomScenario } from '../scenario/fixtures/classroom';
import { resetAutosaveForTests } from '../store/autosave';
import { resetLabStore, useLabStore } from '../store/store';
import { backToWork, BEFORE_LINK_KEY, EARLIER_KEY, hasWorkAside } from './before-link';
import { scenarioOfLab } from './build-share';
import { useLinkStatus } from './link-status';
import { openScenarioText } from './open-scenario';
import { type MemoryStorage, stubMemoryStorage } from '../test/memory-storage';

const state = () => useLabStore.getState();
/** A digest of the world's JSON (a failing comparison prints two short lines, not two worlds). */
function json(w: World | null): string {
  const text = JSON.stringify(w);
  let h1 = 0x811c9dc5;
  let h2 = 0;
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 0x01000193);
    h2 = (Math.imul(h2, 31) + text.charCodeAt(i)) | 0;
  }
  return `${text.length}:${(h1 >>> 0).toString(16)}:${(h2 >>> 0).toString(16)}`;
}
let storage: MemoryStorage;
/** Say yes to the question an opener asks over a guided lab in progress. */
const answerYes = () => useLinkStatus.subscribe((s) => s.question?.answer(true));

/** The lab with some work of the learner's own: a VPC in a fresh world, moved box, physical lens. */
async function learnerWork() {
  await state().loadEngine();
  const r = state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.3.0.0/16' } });
  expect(r?.ok).toBe(true);
  state().setPosition('az:us-east-1b', { x: 10, y: 20 });
  state().setLens('physical');
  return { world: json(state().world), positions: state().positions, lens: state().lens };
}

const classroom = classroomScenario();
const classroomText = encodeScenario(createScenario(classroom.input));
const { lab: _lab, ...withoutLab } = classroom.input;
const plainText = encodeScenario(createScenario(withoutLab));

beforeEach(() => {
  storage = stubMemoryStorage();
  resetAutosaveForTests();
  resetLabStore();
  useLinkStatus.setState({ status: null, question: null, title: '', notes: '' });
});
afterEach(() => vi.unstubAllGlobals());

describe('opening a scenario link', () => {
  it('when the kept copies are full, asks before dropping the oldest; "Keep every copy" opens nothing', async () => {
    await learnerWork();
    for (let i = 0; i < 5; i++) {
      expect((await openScenarioText(plainText, 'link')).ok).toBe(true);
      expect(useLinkStatus.getState().question).toBeNull();
      state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: `10.${50 + i}.0.0/16` } });
    }
    const world = state().world;
    const earlier = storage.getItem(EARLIER_KEY);
    const sixth = openScenarioText(plainText, 'link');
    await vi.waitFor(() => expect(useLinkStatus.getState().question?.title).toBe('Drop one kept copy of your work?'));
    expect(useLinkStatus.getState().question?.choices?.options).toHaveLength(5);
    useLinkStatus.getState().question!.answer(false);
    expect((await sixth).ok).toBe(false);
    expect(state().world).toBe(world);
    expect(storage.getItem(EARLIER_KEY)).toBe(earlier);
    expect(useLinkStatus.getState().status).toMatchObject({ kind: 'error', code: 'copies-full' });
  });

  it('when the kept copies are full, the learner chooses which one to drop', async () => {
    await learnerWork();
    for (let i = 0; i < 5; i++) {
      expect((await openScenarioText(plainText, 'link')).ok).toBe(true);
      state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: `10.${50 + i}.0.0/16` } });
    }
    const copies = [storage.getItem(BEFORE_LINK_KEY)!, ...(JSON.parse(storage.getItem(EARLIER_KEY)!) as string[])];
    expect(copies).toHaveLength(5);
    const sixth = openScenarioText(plainText, 'link');
    await vi.waitFor(() => expect(useLinkStatus.getState().question?.choices).toBeDefined());
    const question = useLinkStatus.getState().question!;
    expect(question.choices!.options[0]).toMatch(/^Newest · kept .*\d:\d\d:\d\d.* · \d+ VPCs?, \d+ instances?$/);
    expect(question.choices!.options[2]).toMatch(/^3rd newest · kept /);
    expect(question.choices!.options[4]).toMatch(/^Oldest · kept /);
    question.choices!.onChoose(2); // the third newest, not the oldest
    question.answer(true);
    expect((await sixth).ok).toBe(true);
    const now = [storage.getItem(BEFORE_LINK_KEY)!, ...(JSON.parse(storage.getItem(EARLIER_KEY)!) as string[])];
    expect(now).toHaveLength(5);
    expect(now).not.toContain(copies[2]);
    expect(now.slice(1)).toEqual([copies[0], copies[1], copies[3], copies[4]]); // the oldest is still kept
  });

  it('during a guided lab with practice, asks first; "Stay in the lab" opens nothing', async () => {
    await state().loadEngine();
    const { labById } = await import('../labs/catalogue');
    state().startLab(labById('ebs-move')!);
    const { labStarted } = await import('../store/lab-slice');
    await labStarted();
    state().dispatch({ type: 'ec2:DescribeVolumes', params: {} });
    const lab = state().world;
    const first = openScenarioText(plainText, 'link');
    await vi.waitFor(() => expect(useLinkStatus.getState().question).not.toBeNull());
    useLinkStatus.getState().question!.answer(false);
    expect((await first).ok).toBe(false);
    expect(state().world).toBe(lab);
    expect(state().activeLab?.lab.id).toBe('ebs-move');
    const second = openScenarioText(plainText, 'link');
    await vi.waitFor(() => expect(useLinkStatus.getState().question).not.toBeNull());
    useLinkStatus.getState().question!.answer(true);
    expect((await second).ok).toBe(true);
    expect(state().activeLab).toBeNull();
  });

  it('replays the log once: the session log starts from the entries the decoder recorded', async () => {
    await state().loadEngine();
    const { decodeScenario } = await import('../scenario');
    const decoded = decodeScenario(plainText);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.scenario.history).toHaveLength(decoded.scenario.log.length);
    expect(decoded.scenario.log.length).toBeGreaterThan(0);
    const { openScenario } = await import('./open-scenario');
    await openScenario(decoded.scenario, decoded.warnings, 'link');
    expect(state().sessionLog?.entries).toBe(decoded.scenario.history);
    expect(state().world).toBe(decoded.scenario.world);
  });

  it('refused: the banner says why, and nothing changes', async () => {
    const before = await learnerWork();
    for (const text of ['s=1.@@@', 's=1.AAAAAAAAAAAAAAAA', 's=7.AAAA', 'hello']) {
      const r = await openScenarioText(text, 'link');
      expect(r.ok).toBe(false);
      const status = useLinkStatus.getState().status;
      expect(status?.kind).toBe('error');
      expect(status?.kind === 'error' && status.code).toMatch(/^(not-a-scenario|corrupt|bad-version|too-large|invalid)$/);
      expect(json(state().world)).toBe(before.world);
      expect(state().positions).toEqual(before.positions);
    }
    expect(storage.getItem(BEFORE_LINK_KEY)).toBeNull();
  });

  it('accepted: the scenario replaces the world with its log, layout and camera; the work is kept aside', async () => {
    const before = await learnerWork();
    const r = await openScenarioText(`https://lab.example/#${classroomText}`, 'link');
    expect(r.ok).toBe(true);
    expect(json(state().world)).toBe(json(classroom.input.world));
    expect(state().sessionLog?.entries.map((e) => e.action)).toEqual(classroom.input.log);
    expect(state().sessionLog?.entries[17]).toMatchObject({ ok: false, code: 'InvalidParameterCombination' });
    expect(state().lens).toBe(classroom.input.layout.lens ?? 'network');
    expect(state().cameraRequest).toEqual({ x: -120, y: -40, zoom: 0.85 });
    expect(state().canUndo).toBe(false);
    expect(hasWorkAside()).toBe(true);
    const status = useLinkStatus.getState().status;
    expect(status).toMatchObject({ kind: 'opened', source: 'link', title: classroom.input.title, canGoBack: true, warnings: [] });
    expect(useLinkStatus.getState().title).toBe(classroom.input.title);

    // Sharing again carries the same log and gives the same world.
    const again = await scenarioOfLab();
    expect(scenarioCarries(again)).toBe('log');
    expect(json(again.world)).toBe(json(classroom.input.world));

    // A second link over the untouched first keeps the learner's own work aside, not the first link. (The first
    // link resumed a lab with its log as history, so the opener asks first: yes.)
    const stop = answerYes();
    expect((await openScenarioText(classroomText, 'link')).ok).toBe(true);
    stop();
    expect(backToWork()).toEqual({ ok: true });
    expect(json(state().world)).toBe(before.world);
    expect(state().positions).toEqual(before.positions);
    expect(state().lens).toBe(before.lens);
    expect(storage.getItem(BEFORE_LINK_KEY)).toBeNull();
    expect(useLinkStatus.getState().status?.kind).toBe('back');
  });

  it('the way back refuses plainly when nothing (or something unreadable) is kept', async () => {
    await learnerWork();
    expect(backToWork()).toMatchObject({ ok: false, code: 'nothing-kept' });
    storage.setItem(BEFORE_LINK_KEY, '{"format":"ec2-lab-autosave","version":1}');
    const r = backToWork();
    expect(r).toMatchObject({ ok: false, code: 'kept-work-unreadable' });
    expect(!r.ok && r.message).toMatch(/could not be read/);
  });

  it('a link opened after changes made to a first one keeps those changes too: Back walks back through both', async () => {
    const own = await learnerWork();
    await openScenarioText(plainText, 'link');
    expect(state().activeLab).toBeNull();
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.4.0.0/16' } });
    const changed = json(state().world);
    await openScenarioText(plainText, 'link');
    expect(backToWork().ok).toBe(true);
    expect(json(state().world)).toBe(changed);
    expect(useLinkStatus.getState().status).toMatchObject({ kind: 'back', more: true });
    expect(backToWork().ok).toBe(true);
    expect(json(state().world)).toBe(own.world);
    expect(useLinkStatus.getState().status).toMatchObject({ kind: 'back', more: false });
    expect(hasWorkAside()).toBe(false);
  });

  it('a blank canvas is not kept aside, and does not replace work kept before', async () => {
    const own = await learnerWork();
    await openScenarioText(plainText, 'link');
    state().resetWorld();
    await openScenarioText(plainText, 'link');
    expect(backToWork().ok).toBe(true);
    expect(json(state().world)).toBe(own.world);
  });

  it('refuses to open over work it cannot keep aside (storage full), and changes nothing', async () => {
    const own = await learnerWork();
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const r = await openScenarioText(plainText, 'link');
    expect(r).toMatchObject({ ok: false, code: 'cannot-keep-work' });
    expect(json(state().world)).toBe(own.world);
  });

  it('in a guided lab (here resumed from the link), the work kept from before the lab stays kept', async () => {
    const before = await learnerWork();
    await openScenarioText(classroomText, 'link');
    expect(state().activeLab?.lab.id).toBe(classroom.input.lab?.id);
    state().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.4.0.0/16' } });
    const stop = answerYes();
    await openScenarioText(plainText, 'link');
    stop();
    expect(state().activeLab).toBeNull();
    expect(backToWork().ok).toBe(true);
    expect(json(state().world)).toBe(before.world);
  });
});
