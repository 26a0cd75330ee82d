import { createWorld, type Action, type World } from '../engine';
import { LIMITS } from './limits';
import { toPlain } from './json';
import { currentVersion } from './migrations';
import { record } from './replay';
import { referentsOf, restoreLab, restoreLayout, Warnings } from './restore';
import { startsWithDefaultVpc } from './snapshot';
import type { Camera, LabState, LogStep, Position, Scenario, ScenarioLayout, ScenarioOrigin, StepNote } from './types';

export interface CreateScenarioInput {
  /** The world as it is now. */
  world: World;
  /** The actions that led to it, oldest first (refused ones included: they replay as refusals). */
  log: readonly Action[];
  /** The presenter's note and chapter title per step of `log` (same index); kept only when the log is carried. */
  stepNotes?: readonly (StepNote | undefined)[];
  /** Canvas positions by node id, and the lens. */
  layout: { positions: Record<string, Position>; lens?: ScenarioLayout['lens'] };
  title: string;
  notes: string;
  lab?: LabState;
  camera?: Camera;
  /**
   * The world the log starts from, when it is not a fresh `createWorld` (e.g. the learner opened a snapshot scenario
   * and went on from there). Then the document carries that world and the log after it.
   */
  base?: World;
}

const sameJson = (a: World, b: World) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Which origin the log replays from to give exactly `world`, with each step's outcome; undefined when none does.
 * Tried: `base` if given, else a fresh world of the same seed with and without the default VPC.
 */
function findOrigin(world: World, log: readonly Action[], base?: World): { origin: ScenarioOrigin; steps: LogStep[] } | undefined {
  if (log.length > LIMITS.maxLogSteps) return undefined;
  const dv = !base && startsWithDefaultVpc(world);
  const candidates: ScenarioOrigin[] = base
    ? [{ kind: 'snapshot', world: base }]
    : [dv, !dv].map((defaultVpc) => ({ kind: 'fresh', seed: world.seed, defaultVpc }));
  for (const origin of candidates) {
    const start = origin.kind === 'fresh' ? createWorld({ seed: origin.seed, defaultVpc: origin.defaultVpc }) : origin.world;
    if (start.seed !== world.seed) continue;
    const { world: end, steps, stopped } = record(start, log, LIMITS.maxReplayWork);
    if (!stopped && sameJson(end, world)) return { origin, steps };
  }
  return undefined;
}

const round = (n: number) => Math.round(n);

/** The steps with the presenter's notes and chapter titles, trimmed and cut to their limits (empty ones left out). */
function withNotes(steps: LogStep[], notes: readonly (StepNote | undefined)[] | undefined): LogStep[] {
  if (!notes?.length) return steps;
  return steps.map((step, i) => {
    const note = cut((notes[i]?.note ?? '').trim(), LIMITS.maxStepNoteLength);
    const chapter = cut((notes[i]?.chapter ?? '').replace(/\s+/g, ' ').trim(), LIMITS.maxChapterLength);
    return { ...step, ...(note ? { note } : {}), ...(chapter ? { chapter } : {}) };
  });
}

/** At most `max` UTF-16 units, never ending inside a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function normalizeAction(action: Action): Action {
  const out: Action = { type: action.type };
  if (action.params !== undefined) out.params = toPlain(action.params);
  if (action.region !== undefined) out.region = action.region;
  if (action.account !== undefined) out.account = action.account;
  return out;
}

/**
 * A scenario of the lab as it is now. The document carries:
 * - the **log** alone when it replays from a fresh `createWorld({ seed })` (with or without the default VPC) to
 *   exactly this world, has at most LIMITS.maxLogSteps steps and costs at most LIMITS.maxReplayWork to replay: the
 *   smallest document, and a class can replay it step by step;
 * - a **snapshot** and the log after it when `base` is given and the log replays from `base` to this world (within
 *   the same limits);
 * - a **snapshot** of this world alone otherwise (no log, a log that does not lead here, or a very long one). The
 *   log is then not kept: replaying it would show something other than the world being shared, or take too long
 *   to open.
 * Positions are rounded to whole pixels, the camera to whole pixels and 1/1000 zoom, title and notes are cut to their
 * limits, and positions of nodes that are not in the world are dropped.
 */
export function createScenario(input: CreateScenarioInput): Scenario {
  const { world } = input;
  const log = input.log.map(normalizeAction);
  const found = findOrigin(world, log, input.base);
  const origin: ScenarioOrigin = found?.origin ?? { kind: 'snapshot', world };
  const steps = withNotes(found?.steps ?? [], input.stepNotes);

  const refs = referentsOf(world);
  const ignored = new Warnings(0);
  const positions: Record<string, Position> = {};
  for (const [id, p] of Object.entries(input.layout.positions)) {
    if (Number.isFinite(p.x) && Number.isFinite(p.y) && id !== '__proto__') positions[id] = { x: round(p.x), y: round(p.y) };
  }
  const layout = restoreLayout({ positions, lens: input.layout.lens ?? 'network' }, refs, ignored);

  const scenario: Scenario = {
    format: 'ec2-lab',
    version: currentVersion(),
    title: cut(input.title, LIMITS.maxTitleLength),
    notes: cut(input.notes, LIMITS.maxNotesLength),
    world,
    origin,
    log: steps,
    layout,
  };
  if (input.lab) {
    const lab = input.lab;
    scenario.lab = restoreLab(
      { id: lab.id, step: Math.max(0, Math.trunc(lab.step) || 0), completed: [...lab.completed], refs: { ...lab.refs } },
      refs,
      ignored,
    );
  }
  if (input.camera && [input.camera.x, input.camera.y, input.camera.zoom].every(Number.isFinite)) {
    scenario.camera = { x: round(input.camera.x), y: round(input.camera.y), zoom: Math.round(input.camera.zoom * 1000) / 1000 };
  }
  return scenario;
}

/** What the document carries, as chosen by createScenario. */
export function scenarioCarries(scenario: Scenario): 'log' | 'snapshot' | 'both' {
  if (scenario.origin.kind === 'fresh') return 'log';
  return scenario.log.length ? 'both' : 'snapshot';
}
