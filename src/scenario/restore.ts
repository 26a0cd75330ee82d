/**
 * restore(): make a decoded document safe to open, in the spirit of excalidraw's data/restore.ts.
 *
 * - Fills defaults for fields a resource (or the world) lacks, e.g. a field the engine added after the document was
 *   written, then validates every resource with its zod schema (a wrong type is refused, never guessed).
 * - Drops references to things that are not there, with a warning for each: an ENI attachment to a missing instance,
 *   an Elastic IP association to a missing ENI or address, a volume attachment to a missing instance, subnets,
 *   route tables and security groups of a missing VPC, ENIs in a missing subnet, a running instance in a missing
 *   subnet, security groups and route-table associations that are gone, layout positions of missing nodes, lab
 *   references to missing resources.
 * It never changes a world the engine can produce: every rule here is one the engine itself keeps.
 */
import type { World } from '../engine';
import { DEFAULT_METADATA_OPTIONS } from '../engine/metadata-options';
import type { Collection } from '../engine/collection';
import type { CollectionKey } from '../engine/model/world';
import { InvalidDocument, isObject, type Obj } from './json';
import { describeIssues, RESOURCE_SHAPES, worldTopSchema } from './schema';
import { checkFields, fieldsOf, verdict, type Shape } from './field-checks';
import { SCALING_DEFAULTS } from './schema-scaling';
import { collectionKeys } from './snapshot';

export { dropDanglingReferences } from './dangling';
import type { LabState, ScenarioLayout, ScenarioWarning } from './types';

/** Collects warnings, listing the first few and counting the rest. */
export class Warnings {
  readonly list: ScenarioWarning[] = [];
  private extra = 0;
  private readonly max: number;

  constructor(max: number) {
    this.max = max;
  }

  add(warning: ScenarioWarning): void {
    if (this.list.length < this.max) this.list.push(warning);
    else this.extra++;
  }

  done(): ScenarioWarning[] {
    return this.extra > 0
      ? [...this.list, { code: 'more', message: `${this.extra} more warning${this.extra === 1 ? '' : 's'} not listed.` }]
      : this.list;
  }
}

/** An instance saved without metadata options gets the engine's launch defaults. */
const METADATA_DEFAULTS: Obj = { ...DEFAULT_METADATA_OPTIONS };

/** Defaults for fields a resource may lack (owner and region default to the world's account and home region). */
const DEFAULTS: Record<CollectionKey, Obj> = {
  vpcs: { cidrBlocks: [], isDefault: false, enableDnsSupport: true, enableDnsHostnames: false },
  subnets: { mapPublicIpOnLaunch: false, defaultForAz: false },
  internetGateways: {},
  routeTables: { main: false, routes: [], subnetIds: [] },
  networkAcls: { isDefault: false, entries: [], associations: [] },
  securityGroups: { description: '' },
  networkInterfaces: { ipv6: [], groupIds: [], sourceDestCheck: true, description: '', createdBy: 'user' },
  addresses: { domain: 'vpc', allocatedAt: 0 },
  instances: {
    stateTransitionReason: '',
    launchTime: 0,
    amiLaunchIndex: 0,
    rootDeviceType: 'ebs',
    rootDeviceName: '/dev/xvda',
    instanceStore: [],
    publicIpOnLaunch: false,
    disableApiTermination: false,
    disableApiStop: false,
    shutdownBehavior: 'stop',
    metadataOptions: METADATA_DEFAULTS,
    placement: { tenancy: 'default' },
    physicalHostId: '',
    status: { system: 'ok', instance: 'ok' },
    ebsOptimized: false,
    hibernationConfigured: false,
    recoveries: [],
  },
  volumes: { volumeType: 'gp3', encrypted: false, state: 'available', createTime: 0 },
  snapshots: { encrypted: false, state: 'completed', startTime: 0, description: '', createVolumePermissions: [] },
  images: {
    description: '',
    state: 'available',
    public: false,
    launchPermissions: [],
    rootDeviceType: 'ebs',
    rootDeviceName: '/dev/xvda',
    blockDeviceMappings: [],
    architecture: 'x86_64',
    platformDetails: 'Linux/UNIX',
    creationDate: 0,
  },
  kmsKeys: { aliases: [], keyManager: 'CUSTOMER', description: '', enabled: true, creationDate: 0 },
  spotRequests: {
    type: 'one-time',
    state: 'open',
    statusCode: '',
    statusMessage: '',
    interruptionBehavior: 'terminate',
    launchSpecification: {},
    createTime: 0,
  },
  reservedInstances: { instanceCount: 1, productDescription: 'Linux/UNIX', instanceTenancy: 'default' },
  dedicatedHosts: { autoPlacement: 'on', hostRecovery: 'off', state: 'available', allocationTime: 0 },
  alarms: {
    namespace: 'AWS/EC2',
    dimensions: [],
    statistic: 'Maximum',
    alarmActions: [],
    okActions: [],
    actionsEnabled: true,
    state: 'INSUFFICIENT_DATA',
    stateReason: '',
    stateUpdatedAt: 0,
    breachingFor: 0,
  },
  keyPairs: { keyType: 'rsa', origin: 'created', createTime: 0 },
  clientKeys: {},
  securityGroupRules: { isEgress: false, fromPort: -1, toPort: -1 },
  instanceConnectKeys: { osUser: 'ec2-user', pushedAt: 0 },
  instanceConnectEndpoints: { securityGroupIds: [], preserveClientIp: false, createdAt: 0 },
  ...SCALING_DEFAULTS,
};

const WORLD_DEFAULTS: Obj = { clock: 0, spotPrices: {}, billing: { lines: {}, total: 0 } };

function withDefaults(value: Obj, defaults: Obj, keys: readonly string[] = Object.keys(defaults)): { value: Obj; filled: string[] } {
  let out = value;
  const filled: string[] = [];
  for (const key of keys) {
    if (!Object.hasOwn(out, key)) {
      if (out === value) out = { ...value };
      out[key] = structuredCloneJson(defaults[key]);
      filled.push(key);
    }
  }
  return { value: out, filled };
}

function structuredCloneJson<T>(value: T): T {
  return value !== null && typeof value === 'object' ? (JSON.parse(JSON.stringify(value)) as T) : value;
}

/** The world's own fields besides its collections (what worldTopSchema lists): anything else is left out. */
const TOP_FIELDS: ReadonlySet<string> = new Set(Object.keys(worldTopSchema.def.shape));

/** `value` without the fields `fields` (a shape's keys) does not list (the same object when it has none). */
function onlyModelled(value: Obj, fields: ReadonlySet<string>, dropped: Set<string>): Obj {
  let out: Obj | undefined;
  for (const key of Object.keys(value)) {
    if (fields.has(key)) continue;
    out ??= { ...value };
    delete out[key];
    dropped.add(key.slice(0, 40));
  }
  return out ?? value;
}

/**
 * Fill defaults and validate the world's JSON (collections as `{ id: resource }`). Throws InvalidDocument naming the
 * first field with a wrong type. Returns a new object; the input is not modified.
 */
export function validateWorld(input: Obj, collections: readonly string[], maxItems: number, warnings: Warnings): Obj {
  const top = withDefaults(input, WORLD_DEFAULTS);
  for (const key of top.filled) warnings.add({ code: 'default-filled', message: `The world had no ${key}; it starts from the default.` });
  const checked = verdict(worldTopSchema, top.value);
  if (!checked.success) throw new InvalidDocument(`world.${describeIssues(checked.error)}`);
  const world = top.value;
  const regions = world.regions as Record<string, { zones: { ZoneName: string }[] }>;
  if (!Object.hasOwn(regions, world.homeRegion as string)) throw new InvalidDocument('world.homeRegion is not one of its regions');
  // The world keeps only what the lab models: a field it does not know (from a hand-edited save or a crafted link)
  // is left out, not carried from save to save.
  const dropped = new Set<string>();
  const out: Obj = {};
  for (const key of Object.keys(world)) {
    if (TOP_FIELDS.has(key) || collections.includes(key)) out[key] = world[key];
    else dropped.add(key.slice(0, 40));
  }
  const owner = world.account as string;
  const home = world.homeRegion as string;
  for (const name of collections) {
    const table = world[name];
    if (!isObject(table)) throw new InvalidDocument(`world.${name} must be a collection`);
    const shape = RESOURCE_SHAPES[name as CollectionKey] as Shape | undefined;
    const defaults = { ownerId: owner, region: home, tags: [], ...(DEFAULTS[name as CollectionKey] ?? {}) };
    const defaultKeys = Object.keys(defaults);
    const fields = shape && fieldsOf(shape);
    const ids = Object.keys(table);
    if (ids.length > maxItems) throw new InvalidDocument(`world.${name} has more than ${maxItems} resources`);
    let copy: Obj | undefined;
    let prev: Obj | undefined;
    for (const id of ids) {
      const raw = table[id];
      if (!isObject(raw)) throw new InvalidDocument(`world.${name}.${id.slice(0, 60)} must be an object`);
      if (!shape || !fields) continue;
      const { value: full, filled } = withDefaults(raw, defaults, defaultKeys);
      const value = onlyModelled(full, fields, dropped);
      if (value !== raw) {
        copy ??= { ...table };
        copy[id] = value;
      }
      if (filled.length) {
        warnings.add({
          code: 'default-filled',
          id,
          message: `${id} had no ${filled.join(', ')}; filled with the default${filled.length > 1 ? 's' : ''}.`,
        });
      }
      checkFields(shape, value, prev, `world.${name}.${id.slice(0, 60)}`);
      prev = value;
    }
    out[name] = copy ?? table;
  }
  if (dropped.size) {
    const names = [...dropped].slice(0, 5).map((k) => `"${k}"`).join(', ');
    warnings.add({ code: 'unknown-dropped', message: `Fields the lab does not model were left out: ${names}${dropped.size > 5 ? ', …' : ''}.` });
  }
  return out;
}

// ── layout and lab ───────────────────────────────────────────────────────────────────────────────────────────────

/** What a canvas node id may point at: resource ids, regions and zones of the world. */
interface Referents {
  hasResource(id: string): boolean;
  regions: ReadonlySet<string>;
  zones: ReadonlySet<string>;
}

/** The resource ids, regions and zones of a world. */
export function referentsOf(world: World): Referents {
  const tables = collectionKeys(world).map((k) => (world as unknown as Record<string, Collection<unknown>>)[k] as Collection<unknown>);
  const zones = new Set<string>();
  for (const region of Object.values(world.regions)) for (const zone of region.zones) zones.add(zone.ZoneName);
  return {
    hasResource: (id) => tables.some((table) => table.has(id)),
    regions: new Set(Object.keys(world.regions)),
    zones,
  };
}

const RESOURCE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[0-9a-f]{8,17}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Is the canvas node `nodeId` still there? Node ids are `kind:referent` (`az:us-east-1a`) or a bare resource id.
 * `region:` and `az:` need a known region or zone; any part that looks like a resource id needs that resource.
 * Ids of other shapes are kept (they may be canvas nodes this module does not know).
 */
export function nodeExists(nodeId: string, refs: Referents): boolean {
  const parts = nodeId.split(':');
  if (parts[0] === 'region' && parts.length === 2) return refs.regions.has(parts[1] as string);
  if (parts[0] === 'az' && parts.length === 2) return refs.zones.has(parts[1] as string);
  return parts.every((part) => !RESOURCE_ID.test(part) || refs.hasResource(part));
}

export function restoreLayout(layout: ScenarioLayout, refs: Referents, warnings: Warnings): ScenarioLayout {
  let positions = layout.positions;
  for (const id of Object.keys(layout.positions)) {
    if (!nodeExists(id, refs)) {
      if (positions === layout.positions) positions = { ...layout.positions };
      delete positions[id];
      warnings.add({ code: 'dangling-reference', id, message: `The canvas position of ${id} was dropped: it is not in the world.` });
    }
  }
  return positions === layout.positions ? layout : { ...layout, positions };
}

export function restoreLab(lab: LabState, refs: Referents, warnings: Warnings): LabState {
  let out = lab;
  for (const [name, id] of Object.entries(lab.refs)) {
    if (RESOURCE_ID.test(id) && !refs.hasResource(id)) {
      if (out === lab) out = { ...lab, refs: { ...lab.refs } };
      delete out.refs[name];
      warnings.add({ code: 'dangling-reference', id, message: `The lab's "${name}" was ${id}, which is not in the world; it was dropped.` });
    }
  }
  return out;
}
