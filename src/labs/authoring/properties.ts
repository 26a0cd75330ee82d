/**
 * What an authored goal can ask about: for each world collection, its noun in plain words, the properties a goal may
 * test (real fields of the resource, by dotted path, or a few derived facts such as an instance's public IPv4), and
 * the scopes (region, AZ, VPC, subnet) a resource can be placed in. Field names follow src/engine/model/*.ts. Pure.
 */
import type { World } from '../../engine';
import type { CollectionKey } from '../../engine/model/world';
import { COLLECTIONS, eniOf } from './collections';

/** How a property's value is compared and offered in the builder. */
export type PropertyType = 'text' | 'enum' | 'boolean' | 'number' | 'list';

export interface PropertyDef {
  /** Dotted path into the resource (`placement.tenancy`), or the name of a derived fact (`publicIp`). */
  path: string;
  /** In plain words, as it reads in a goal: "whose {label} is running". */
  label: string;
  type: PropertyType;
  /** The only values an `enum` property takes. */
  values?: readonly string[];
  /** Boolean facts read better as phrases: "that is encrypted" / "that is not encrypted". */
  yes?: string;
  no?: string;
  /** For `exists`: "that has {some}" ("a public IPv4 address"); without it, "whose {label} is set". */
  some?: string;
  /** A derived fact (not a field of the resource). */
  get?: (resource: any, world: World) => unknown;
}

export type ScopeKey = 'region' | 'az' | 'vpcId' | 'subnetId';

export interface CollectionDef {
  key: CollectionKey;
  /** "instance" / "instances". */
  noun: string;
  plural: string;
  properties: readonly PropertyDef[];
  /** Scopes this kind of resource can be placed in (region is always offered). */
  scopes: readonly ScopeKey[];
}

export { COLLECTIONS };


export const COLLECTION_KEYS = COLLECTIONS.map((c) => c.key) as readonly CollectionKey[];

export function collectionDef(key: string): CollectionDef | undefined {
  return COLLECTIONS.find((c) => c.key === key);
}

export function propertyDef(collection: string, path: string): PropertyDef | undefined {
  return collectionDef(collection)?.properties.find((p) => p.path === path);
}

/** A field by dotted path (own properties only). */
function readField(resource: unknown, path: string): unknown {
  let current: unknown = resource;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** The value of a property on a resource: a derived fact, or the field at its path. */
export function readProperty(property: PropertyDef, resource: unknown, world: World): unknown {
  return property.get ? property.get(resource, world) : readField(resource, property.path);
}

// ── scopes ───────────────────────────────────────────────────────────────────────────────────────────────────────

interface Placed {
  region?: string;
  az?: string;
  vpcId?: string;
  subnetId?: string;
}

/** Where a resource sits: its own fields, or those of what it is attached or associated to. */
export function placementOf(key: CollectionKey, resource: any, world: World): Placed {
  switch (key) {
    case 'vpcs':
      return { region: resource.region, vpcId: resource.id };
    case 'subnets':
      return { region: resource.region, az: resource.az, vpcId: resource.vpcId, subnetId: resource.id };
    case 'addresses': {
      const eni = eniOf(world, resource.association?.networkInterfaceId);
      return { region: resource.region, az: eni?.az, vpcId: eni?.vpcId, subnetId: eni?.subnetId };
    }
    case 'volumes': {
      const instance = resource.attachment ? world.instances.get(resource.attachment.instanceId) : undefined;
      return { region: resource.region, az: resource.az, vpcId: instance?.vpcId, subnetId: instance?.subnetId };
    }
    case 'spotRequests':
      return { region: resource.region, az: resource.launchedAz ?? resource.az };
    default:
      return { region: resource.region, az: resource.az, vpcId: resource.vpcId, subnetId: resource.subnetId };
  }
}

/** Every resource of a collection (a world collection is a persistent map with `values()`). */
export function resourcesOf(world: World, key: CollectionKey): readonly unknown[] {
  return (world[key] as unknown as { values(): readonly unknown[] }).values();
}
