import { createWorld, type HistoryEntry, type World } from '../engine';
import { seal, unseal } from './envelope';
import { drawCount, IdExpander, IdShortener, TokenError } from './ids';
import { InvalidDocument, isObject, mapStrings, mapStringsInPlace, TooHeavy, type Obj } from './json';
import { LIMITS } from './limits';
import { FIRST_VERSION, migrate, RULES_SINCE_VERSION } from './migrations';
import { legacyDefaultRules } from '../engine/net/sg-rules';
import { legacyDefaultAcls } from '../engine/net/network-acls';
import { replay, ReplayTooLong } from './replay';
import { dropDanglingReferences, referentsOf, restoreLab, restoreLayout, validateWorld, Warnings } from './restore';
import { describeIssues, wireDocSchema, type WireDoc, type WireStep } from './schema';
import { verdict } from './field-checks';
import { decodeSnapshot, encodeSnapshot, reviveWorld, tooWide } from './snapshot';
import type { DecodeResult, LabState, LogStep, Position, Scenario, ScenarioError, ScenarioOrigin } from './types';

/** Depth the encoder allows itself (the decoder allows LIMITS.maxDepth). */
const ENCODE_DEPTH = LIMITS.maxDepth;

function seedOf(origin: ScenarioOrigin): number {
  return origin.kind === 'fresh' ? origin.seed : origin.world.seed;
}

function stepToWire(step: LogStep): WireStep {
  const out: WireStep = { t: step.action.type };
  if (step.action.params !== undefined) out.p = step.action.params;
  if (step.action.region !== undefined) out.r = step.action.region;
  if (step.action.account !== undefined) out.a = step.action.account;
  if (step.refused !== undefined) out.x = step.refused;
  if (step.note) out.n = step.note;
  if (step.chapter) out.c = step.chapter;
  return out;
}

function stepFromWire(step: WireStep): LogStep {
  const action: LogStep['action'] = { type: step.t };
  if (step.p !== undefined) action.params = step.p;
  if (step.r !== undefined) action.region = step.r;
  if (step.a !== undefined) action.account = step.a;
  return { action, ...(step.x !== undefined ? { refused: step.x } : {}), ...(step.n ? { note: step.n } : {}), ...(step.c ? { chapter: step.c } : {}) };
}

/** The wire document (before short ids and packing). Defaults are left out. */
function toWire(scenario: Scenario): WireDoc {
  const doc: WireDoc = { format: 'ec2-lab', version: scenario.version };
  if (scenario.title) doc.title = scenario.title;
  if (scenario.notes) doc.notes = scenario.notes;
  const seed = seedOf(scenario.origin);
  if (seed !== 1) doc.seed = seed;
  if (scenario.origin.kind === 'fresh') {
    if (scenario.origin.defaultVpc) doc.dv = 1;
  } else {
    doc.snap = encodeSnapshot(scenario.origin.world);
  }
  if (scenario.log.length) doc.log = scenario.log.map(stepToWire);
  const points = Object.entries(scenario.layout.positions);
  if (points.length || scenario.layout.lens !== 'network') {
    const layout: NonNullable<WireDoc['layout']> = {};
    if (points.length) layout.p = Object.fromEntries(points.map(([id, p]) => [id, [p.x, p.y] as [number, number]]));
    if (scenario.layout.lens !== 'network') layout.lens = scenario.layout.lens;
    doc.layout = layout;
  }
  if (scenario.lab) {
    const lab: NonNullable<WireDoc['lab']> = { id: scenario.lab.id };
    if (scenario.lab.step) lab.step = scenario.lab.step;
    if (scenario.lab.completed.length) lab.done = scenario.lab.completed;
    if (Object.keys(scenario.lab.refs).length) lab.refs = scenario.lab.refs;
    doc.lab = lab;
  }
  if (scenario.camera) doc.cam = [scenario.camera.x, scenario.camera.y, scenario.camera.zoom];
  return doc;
}

/**
 * The scenario as the part of a URL after `#`: `s=1.<base64url>`. Throws RangeError only when the document is past
 * the limits the decoder enforces (LIMITS), so that nothing is shared that cannot be opened. (A scenario from
 * createScenario is always within the replay limits; one assembled by hand is checked for size, not replay cost.)
 */
export function encodeScenario(scenario: Scenario): string {
  const tooLarge = (what: string) => new RangeError(`The scenario is too large to share: ${what}.`);
  if (scenario.log.length > LIMITS.maxLogSteps) throw tooLarge(`${scenario.log.length} log steps (limit ${LIMITS.maxLogSteps})`);
  if (Object.keys(scenario.layout.positions).length > LIMITS.maxLayoutNodes) throw tooLarge('too many canvas positions');
  if (scenario.title.length > LIMITS.maxTitleLength || scenario.notes.length > LIMITS.maxNotesLength) throw tooLarge('title or notes too long');
  if (scenario.log.some((s) => (s.note?.length ?? 0) > LIMITS.maxStepNoteLength || (s.chapter?.length ?? 0) > LIMITS.maxChapterLength)) {
    throw tooLarge('a step note or chapter title too long');
  }
  const seed = seedOf(scenario.origin);
  const draws = Math.max(
    drawCount(seed, scenario.world.rng),
    scenario.origin.kind === 'snapshot' ? drawCount(seed, scenario.origin.world.rng) : 0,
  );
  const shortener = new IdShortener(seed, draws);
  let wire: unknown;
  try {
    wire = mapStrings(toWire(scenario), (s) => shortener.shorten(s), ENCODE_DEPTH);
  } catch (thrown) {
    if (thrown instanceof InvalidDocument) throw new RangeError(`The scenario cannot be shared: ${thrown.message}.`, { cause: thrown });
    throw thrown;
  }
  return seal(JSON.stringify(wire));
}

const fail = (code: ScenarioError['code'], message: string): DecodeResult => ({ ok: false, error: { code, message } });

/** Cheap size checks before zod walks anything, so a huge hostile list is refused at once. */
function precheck(doc: Obj): void {
  if (Array.isArray(doc.log) && doc.log.length > LIMITS.maxLogSteps) {
    throw new InvalidDocument(`log: the log has more than ${LIMITS.maxLogSteps} steps`);
  }
  const layout = doc.layout;
  if (isObject(layout) && isObject(layout.p) && Object.keys(layout.p).length > LIMITS.maxLayoutNodes) {
    throw new InvalidDocument(`layout: more than ${LIMITS.maxLayoutNodes} positions`);
  }
  const snap = doc.snap;
  if (isObject(snap) && isObject(snap.c)) {
    for (const [name, items] of Object.entries(snap.c)) {
      if (!Array.isArray(items)) continue;
      if (items.length > LIMITS.maxResourcesPerCollection) {
        throw new InvalidDocument(`snap.c.${name}: more than ${LIMITS.maxResourcesPerCollection} resources`);
      }
      const wide = items.findIndex((item) => isObject(item) && Object.keys(item).length > LIMITS.maxFieldsPerResource);
      if (wide >= 0) throw tooWide(name, wide);
    }
  }
}

function decodeWorld(doc: WireDoc, seed: number, warnings: Warnings, writtenAs: number): World {
  if (!doc.snap) return createWorld({ seed, defaultVpc: doc.dv === 1 });
  const { json, collections } = decodeSnapshot(doc.snap, seed, LIMITS.maxResourcesPerCollection, LIMITS.maxExpandedNodes);
  if (writtenAs < RULES_SINCE_VERSION && isObject(json.securityGroups) && isObject(json.vpcs) && isObject(json.securityGroupRules)) {
    json.securityGroupRules = legacyDefaultRules(json.securityGroups as never, json.vpcs as never, json.securityGroupRules as never);
  }
  if (isObject(json.vpcs) && isObject(json.subnets)) {
    json.networkAcls = legacyDefaultAcls(json.vpcs as never, json.subnets as never, (isObject(json.networkAcls) ? json.networkAcls : {}) as never);
  }
  const valid = validateWorld(json, collections, LIMITS.maxResourcesPerCollection, warnings);
  return reviveWorld(dropDanglingReferences(valid, warnings), collections);
}

function decodeDocument(text: unknown): DecodeResult {
  const unsealed = unseal(text);
  if (!unsealed.ok) return { ok: false, error: unsealed.error };
  let raw: unknown;
  try {
    raw = JSON.parse(unsealed.json);
  } catch {
    return fail('corrupt', 'The scenario link is damaged: its content is not JSON.');
  }
  if (!isObject(raw) || raw.format !== 'ec2-lab') {
    return fail('not-a-scenario', 'This link holds data, but not an EC2 lab scenario.');
  }
  const seed = raw.seed ?? 1;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < -2147483648 || seed > 2147483647) {
    return fail('invalid', 'The scenario is not valid: seed must be a 32-bit integer.');
  }
  precheck(raw);
  const expander = new IdExpander(seed);
  const expanded = mapStringsInPlace(raw, (s) => expander.expand(s), LIMITS.maxDepth) as Obj;
  const writtenAs = typeof expanded.version === 'number' ? expanded.version : FIRST_VERSION;
  const migrated = migrate(expanded);
  if (!migrated.ok) return fail(migrated.code, migrated.message);
  const parsed = verdict(wireDocSchema, migrated.doc);
  if (!parsed.success) return fail('invalid', `The scenario is not valid: ${describeIssues(parsed.error)}.`);
  const doc = migrated.doc as WireDoc;
  if (doc.snap && doc.dv) throw new InvalidDocument('dv belongs inside snap when the document carries a snapshot');

  const warnings = new Warnings(LIMITS.maxWarnings);
  const start = decodeWorld(doc, seed, warnings, writtenAs);
  const origin: ScenarioOrigin = doc.snap ? { kind: 'snapshot', world: start } : { kind: 'fresh', seed, defaultVpc: doc.dv === 1 };
  const log = (doc.log ?? []).map(stepFromWire);
  const history: HistoryEntry[] = [];
  const world = replay(start, log, warnings, LIMITS.maxReplayWorkOnOpen, history);

  const refs = referentsOf(world);
  const positions: Record<string, Position> = {};
  for (const [id, [x, y]] of Object.entries(doc.layout?.p ?? {})) positions[id] = { x, y };
  const layout = restoreLayout({ positions, lens: doc.layout?.lens ?? 'network' }, refs, warnings);

  const scenario: Scenario = {
    format: 'ec2-lab',
    version: doc.version,
    title: doc.title ?? '',
    notes: doc.notes ?? '',
    world,
    origin,
    log,
    history,
    layout,
  };
  if (doc.lab) {
    const lab: LabState = { id: doc.lab.id, step: doc.lab.step ?? 0, completed: doc.lab.done ?? [], refs: doc.lab.refs ?? {} };
    scenario.lab = restoreLab(lab, refs, warnings);
  }
  if (doc.cam) scenario.camera = { x: doc.cam[0], y: doc.cam[1], zoom: doc.cam[2] };
  return { ok: true, scenario, warnings: warnings.done() };
}

/**
 * Open a scenario from the part of a URL after `#` (a whole URL is accepted too). Never throws: anything that is
 * not a scenario this lab can open is `{ ok: false, error: { code, message } }` with a sentence for the learner.
 */
export function decodeScenario(text: string): DecodeResult {
  try {
    return decodeDocument(text);
  } catch (thrown) {
    if (thrown instanceof TokenError) return fail('corrupt', `The scenario link is damaged: ${thrown.message}.`);
    if (thrown instanceof ReplayTooLong || thrown instanceof TooHeavy) return fail('too-large', `The scenario is too heavy to open: ${thrown.message}.`);
    if (thrown instanceof InvalidDocument) return fail('invalid', `The scenario is not valid: ${thrown.message}.`);
    const detail = thrown instanceof Error ? `: ${thrown.message.slice(0, 120)}` : '';
    return fail('invalid', `The scenario could not be read${detail}.`);
  }
}
