/**
 * An authored document becomes a runnable `Lab` and the world it starts from. Authored labs have no solution (the
 * panel offers no "show me"); their goals are compiled from specs. Pure.
 */
import { AUTHORED_LAB_PREFIX } from '../authored-id';
import { apply, createWorld, type World } from '../../engine';
import { decodeScenario } from '../../scenario';
import { LIMITS } from '../../scenario/limits';
import { WorkMeter } from '../../scenario/replay';
import { bind, resolveAction, type Bindings } from '../runner';
import type { Lab, LabStart } from '../types';
import { compileGoal, namesIn } from './compile-goal';
import type { AuthoredError, AuthoredLab } from './document';

/** Where the author left the boxes (a scenario start carries its canvas layout). */
export interface StartLayout {
  positions: Record<string, { x: number; y: number }>;
  lens: 'network' | 'physical';
}

/** `refs`: the names the start bound (its `as`), which the solution and goals may use. */
export type ToLabResult = { ok: true; lab: Lab; world: World; refs: Record<string, string>; layout?: StartLayout } | { ok: false; error: AuthoredError };

/** FNV-1a of a text, as 8 hex digits: a stable id for a document. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Catalogue ids are plain slugs; an authored lab's id says where it comes from and is stable for its content. */
export function authoredLabId(doc: AuthoredLab): string {
  return `${AUTHORED_LAB_PREFIX}${hash(JSON.stringify(doc))}`;
}

/** The two picker lines from one summary: its first sentence, and the rest. */
export function splitSummary(summary: string): [string, string] {
  const text = summary.trim().replace(/\s+/g, ' ');
  const end = text.search(/[.!?](\s|$)/);
  if (end < 0 || end === text.length - 1) return [text, ''];
  return [text.slice(0, end + 1), text.slice(end + 2)];
}

class StartTooLong extends Error {}

/**
 * The runner's startLab, with the scenario decoder's replay budget (WorkMeter: every action by the work it does,
 * catalogue reads priced before they run): a hostile start of hundreds of mass launches or costly reads is refused
 * before it freezes the page.
 */
export function replayStart(start: LabStart, maxWork: number = LIMITS.maxReplayWorkOnOpen): World {
  return replayStartRun(start, maxWork).world;
}

/** replayStart, with the names its actions bound. */
export function replayStartRun(start: LabStart, maxWork: number = LIMITS.maxReplayWorkOnOpen): { world: World; bindings: Bindings } {
  let world = createWorld({
    ...(start.seed !== undefined ? { seed: start.seed } : {}),
    ...(start.defaultVpc ? { defaultVpc: true } : {}),
  });
  let bindings: Bindings = {};
  const meter = new WorkMeter(world, maxWork);
  const tooLong = (index: number) => new StartTooLong(`replaying it would take too long (stopped at action ${index + 1})`);
  for (const [index, action] of start.actions.entries()) {
    const resolved = resolveAction(action, bindings);
    if (!meter.before(resolved)) throw tooLong(index);
    const result = apply(world, resolved);
    bindings = bind(action, result, bindings);
    world = result.world;
    if (!meter.after(result)) throw tooLong(index);
  }
  return { world, bindings };
}

function startWorld(doc: AuthoredLab): { ok: true; world: World; start: LabStart; refs: Record<string, string>; layout?: StartLayout } | { ok: false; error: AuthoredError } {
  if (typeof doc.start === 'string') {
    const opened = decodeScenario(doc.start);
    if (!opened.ok) return { ok: false, error: { code: opened.error.code === 'too-large' ? 'too-large' : 'invalid', message: `The lab's starting scenario does not open: ${opened.error.message}` } };
    return { ok: true, world: opened.scenario.world, start: { actions: [] }, refs: {}, layout: opened.scenario.layout };
  }
  const start = doc.start as LabStart;
  try {
    const run = replayStartRun(start);
    const refs = Object.fromEntries(Object.entries(run.bindings).filter((e): e is [string, string] => typeof e[1] === 'string'));
    return { ok: true, world: run.world, start, refs };
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message.slice(0, 160) : 'it could not be replayed';
    const code = thrown instanceof StartTooLong ? 'too-large' : 'invalid';
    return { ok: false, error: { code, message: `The lab's start does not replay: ${detail}.` } };
  }
}

/**
 * The lab and its starting world. The document is assumed checked (checkAuthoredLab); its start may still fail to
 * open (a damaged scenario, a start action whose ref is not bound), which is `{ ok: false }`, never a throw.
 */
export function toLab(doc: AuthoredLab): ToLabResult {
  const begun = startWorld(doc);
  if (!begun.ok) return begun;
  const lab = labFromDocument(doc, authoredLabId(doc), begun.start, namesIn(begun.world));
  return { ok: true, lab, world: begun.world, refs: begun.refs, ...(begun.layout ? { layout: begun.layout } : {}) };
}

/**
 * The lab a document stands for, with this id and start; goals compiled from their specs, the steps' solutions
 * flattened (tagged with their step) as `defineLab` does. Built-in labs are made this way too (builtInLab).
 */
export function labFromDocument(doc: AuthoredLab, id: string, start: LabStart, nameOf?: (id: string) => string | undefined): Lab {
  const steps = doc.steps.map((step) => ({
    id: step.id,
    title: step.title,
    instruction: step.instruction,
    hints: step.hints,
    why: step.why,
    goals: step.goals.map((spec) => compileGoal(spec, nameOf)),
    solution: step.solution ?? [],
  }));
  return {
    id,
    title: doc.title,
    sections: doc.sections,
    summary: typeof doc.summary === 'string' ? splitSummary(doc.summary) : doc.summary,
    minutes: doc.minutes,
    start,
    steps,
    ...(doc.questions ? { questions: doc.questions } : {}),
    solution: steps.flatMap((step) => step.solution.map((action) => ({ ...action, step: step.id }))),
  };
}
