/**
 * The autosave document: what localStorage keeps between visits. Validated at this edge only (DESIGN.md example 8):
 * the envelope with zod, then every resource of the world with the same schemas and repairs as a share link
 * (src/scenario/restore.ts), so a broken instance is refused (or repaired) here, never loaded silently. Inside the
 * app the types are trusted.
 *
 * World collections are persistent maps that serialise as plain `{ id: resource }` objects; they come back through
 * `Collection.from`, one per collection. Loaded lazily with the engine (it needs the engine's Collection).
 */
import { z } from 'zod/mini';
import { Collection } from '../engine/collection';
import type { HistoryEntry, World } from '../engine';
import { legacyDefaultRules } from '../engine/net/sg-rules';
import { legacyDefaultAcls } from '../engine/net/network-acls';
import type { CollectionKey } from '../engine/model/world';
import { InvalidDocument } from '../scenario/json';
import { LIMITS } from '../scenario/limits';
import { dropDanglingReferences, validateWorld, Warnings } from '../scenario/restore';
import type { SavedLab } from './lab-slice';
import { immutableJson } from './save-json';
import type { Lens, Position } from './layout-slice';

export const AUTOSAVE_KEY = 'ec2-lab:autosave:v1';
/** Where a save that could not be read is kept, so that writing a new one never destroys it. */
export const CORRUPT_KEY = 'ec2-lab:autosave:corrupt';

/** Every id-keyed collection of the world (a Record so that the compiler notices a new one). */
const COLLECTIONS: Record<CollectionKey, true> = {
  vpcs: true,
  subnets: true,
  internetGateways: true,
  routeTables: true,
  networkAcls: true,
  securityGroups: true,
  networkInterfaces: true,
  addresses: true,
  instances: true,
  volumes: true,
  snapshots: true,
  images: true,
  kmsKeys: true,
  spotRequests: true,
  reservedInstances: true,
  dedicatedHosts: true,
  alarms: true,
  keyPairs: true,
  clientKeys: true,
  securityGroupRules: true,
  instanceConnectKeys: true,
  loadBalancers: true,
  targetGroups: true,
  listeners: true,
  launchTemplates: true,
  autoScalingGroups: true,
  scalingPolicies: true,
  zoneFailures: true,
  instanceConnectEndpoints: true,
};
export const COLLECTION_KEYS = Object.keys(COLLECTIONS) as CollectionKey[];
/** Collections added after the first saves were written: a save without them gets them empty (rules: defaults). */
const LATER_COLLECTIONS: ReadonlySet<CollectionKey> = new Set(['keyPairs', 'clientKeys', 'securityGroupRules', 'instanceConnectKeys', 'networkAcls', 'instanceConnectEndpoints']);

const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
const resources = z.record(z.string(), z.looseObject({}));

const zoneSchema = z.object({ ZoneName: z.string(), ZoneId: z.string() });
const regionSchema = z.object({
  name: z.string(),
  zones: z.array(zoneSchema),
  publicPools: z.array(z.tuple([finite, finite])),
});

const worldSchema = z
  .looseObject({
    format: z.literal('ec2-lab-world'),
    version: z.literal(1),
    account: z.string().check(z.regex(/^\d{12}$/, 'must be a 12-digit account id')),
    homeRegion: z.string(),
    clock: finite,
    rng: finite,
    seed: finite,
    regions: z.record(z.string(), regionSchema),
    spotPrices: z.record(z.string(), z.string()),
    billing: z.looseObject({ lines: z.record(z.string(), z.looseObject({})), total: finite }),
    ...Object.fromEntries(COLLECTION_KEYS.map((key) => [key, LATER_COLLECTIONS.has(key) ? z.optional(resources) : resources])),
  })
  .check(z.refine((w) => Object.hasOwn(w.regions, w.homeRegion), 'the home region must be one of the regions'));

const positionSchema = z.object({ x: finite, y: finite });

const historyEntrySchema = z.looseObject({
  action: z.looseObject({ type: z.string() }),
  ok: z.boolean(),
  code: z.optional(z.string()),
  rule: z.optional(z.string()),
  events: z.array(z.looseObject({})),
});

/**
 * The guided lab running when the save was written (optional: saves from before labs stay valid). Checked on its
 * own: a lab that cannot be read is dropped, and the world still comes back.
 */
export const savedLabSchema = z.object({
  id: z.string(),
  labdoc: z.optional(z.string().check(z.maxLength(400_000))),
  state: z.object({
    id: z.string(),
    step: z.int().check(z.nonnegative()),
    completed: z.array(z.string()),
    refs: z.record(z.string(), z.string()),
  }),
  startedAt: finite,
  finishedAt: z.optional(finite),
  solutionShown: z.optional(z.boolean()),
  history: z.array(historyEntrySchema),
});

/** The end of the session log (at most SAVED_HISTORY_LIMIT steps) and the world it starts from: undo after a reload. */
export const SAVED_HISTORY_LIMIT = 500;
const savedHistorySchema = z.object({
  base: worldSchema,
  entries: z.array(historyEntrySchema).check(z.maxLength(SAVED_HISTORY_LIMIT)),
});

export const autosaveSchema = z.object({
  format: z.literal('ec2-lab-autosave'),
  version: z.literal(1),
  /** Wall-clock time of the save (ISO 8601), for the learner; the simulation's own clock is `world.clock`. */
  savedAt: z.string(),
  world: worldSchema,
  positions: z.record(z.string(), positionSchema),
  lens: z.enum(['network', 'physical']),
  lab: z.optional(z.unknown()),
  history: z.optional(z.unknown()),
});

export interface Autosave {
  world: World;
  positions: Record<string, Position>;
  lens: Lens;
  savedAt: string;
  /** The guided lab in progress, if any. */
  lab?: SavedLab;
  /** The last steps of the session log and the world before them, from which a reload rebuilds undo. */
  history?: { base: World; entries: readonly HistoryEntry[] };
}

export type ParsedAutosave = ({ ok: true } & Autosave) | { ok: false; reason: string };

/** The JSON text stored under AUTOSAVE_KEY (what `JSON.stringify` of the document writes; see save-json.ts). */
export function serializeAutosave(save: Autosave): string {
  const parts = [
    '"format":"ec2-lab-autosave"',
    '"version":1',
    `"savedAt":${JSON.stringify(save.savedAt)}`,
    `"world":${immutableJson(save.world)}`,
    `"positions":${JSON.stringify(save.positions)}`,
    `"lens":${JSON.stringify(save.lens)}`,
  ];
  if (save.lab) parts.push(`"lab":${JSON.stringify(save.lab)}`);
  if (save.history) {
    parts.push(`"history":{"base":${immutableJson(save.history.base)},"entries":${immutableJson(save.history.entries)}}`);
  }
  return `{${parts.join(',')}}`;
}

/** Plain `{ id: resource }` objects back into the world's persistent collections. */
export function reviveWorld(json: Record<string, unknown>): World {
  const world: Record<string, unknown> = { ...json };
  if (json.securityGroupRules === undefined) {
    const plain = (key: string) => (json[key] ?? {}) as Record<string, never>;
    world.securityGroupRules = legacyDefaultRules(plain('securityGroups'), plain('vpcs'), {});
  }
  if (json.networkAcls === undefined) {
    const plain = (key: string) => (json[key] ?? {}) as Record<string, never>;
    world.networkAcls = legacyDefaultAcls(plain('vpcs'), plain('subnets'), {});
  }
  for (const key of COLLECTION_KEYS) world[key] = Collection.from((world[key] ?? {}) as Record<string, unknown>);
  return world as unknown as World;
}

interface Issue {
  code?: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
}

/** One issue in plain words (zod/mini carries no message locale, so the words come from the issue's code). */
function describeIssue(issue: Issue): string {
  const path = issue.path.map(String).join('.') || 'the save';
  switch (issue.code) {
    case 'invalid_type':
      return `${path} should be ${issue.expected === 'object' || issue.expected === 'array' ? 'an' : 'a'} ${issue.expected ?? 'value'}`;
    case 'invalid_value':
      return `${path} has a value this version does not know`;
    case 'custom':
      return `${path}: ${issue.message}`;
    default:
      return `${path} is not valid`;
  }
}

/**
 * A world's JSON checked resource by resource, as a link's snapshot is (defaults filled for fields added since,
 * references to missing resources dropped), then revived. Throws InvalidDocument with the path of what is wrong.
 */
function checkedWorld(json: Record<string, unknown>, where: string): World {
  const warnings = new Warnings(0);
  try {
    const valid = validateWorld(json, COLLECTION_KEYS, LIMITS.maxResourcesPerCollection, warnings);
    return reviveWorld(dropDanglingReferences(valid, warnings));
  } catch (error) {
    if (error instanceof InvalidDocument) throw new InvalidDocument(error.message.replace(/^world\b/, where));
    throw error;
  }
}

/** The saved undo history, when there is a readable one (a damaged history is dropped; the world still comes back). */
function savedHistory(data: unknown): Autosave['history'] {
  if (data === undefined) return undefined;
  const parsed = savedHistorySchema.safeParse(data);
  if (!parsed.success) return undefined;
  try {
    const doc = data as { base: Record<string, unknown>; entries: HistoryEntry[] };
    return { base: checkedWorld(doc.base, 'history.base'), entries: doc.entries };
  } catch {
    return undefined;
  }
}

/** Read a stored save. Never throws: anything that is not a valid save says why. */
export function parseAutosave(raw: string): ParsedAutosave {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the saved text is not JSON' };
  }
  const parsed = autosaveSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0] as Issue | undefined;
    return { ok: false, reason: first ? describeIssue(first) : 'the save does not have the expected shape' };
  }
  // Validated; revive from the original data, so that key order (and any field the schema does not list) is kept.
  const doc = data as { world: Record<string, unknown> };
  let world: World;
  try {
    world = checkedWorld(doc.world, 'world');
  } catch (error) {
    return { ok: false, reason: error instanceof InvalidDocument ? error.message : 'the saved world could not be read' };
  }
  const positions: Record<string, Position> = {};
  for (const [id, pos] of Object.entries(parsed.data.positions)) positions[id] = { x: pos.x, y: pos.y };
  const lab = parsed.data.lab === undefined ? undefined : savedLabSchema.safeParse(parsed.data.lab);
  const history = savedHistory(parsed.data.history);
  return {
    ok: true,
    world,
    positions,
    lens: parsed.data.lens,
    savedAt: parsed.data.savedAt,
    // Validated; the original objects are kept (history entries carry fields the schema does not list).
    ...(lab?.success ? { lab: parsed.data.lab as SavedLab } : {}),
    ...(history ? { history } : {}),
  };
}
