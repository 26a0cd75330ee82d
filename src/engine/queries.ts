/**
 * World queries the UI, the labs and the engine's own read views ask again and again: what is attached to an
 * instance, its primary interface, the addresses of an interface, the next free device index and device name, the
 * Name tag. Worlds are immutable, so each index is built once per world (a WeakMap keyed by the world), from parts
 * kept per collection (a world whose interfaces did not change shares the last one's), and every caller — forms,
 * drag-to-attach, the canvas, lab goals — gets the same answer.
 *
 * Type-only imports: the first screen (the canvas) imports this file directly without loading the engine.
 */
import type { Tag } from './model/common';
import type { ElasticIp, NetworkInterface } from './model/network';
import type { Volume } from './model/storage';
import type { World } from './model/world';

interface QueryIndex {
  /** Interfaces attached to each instance, eth0 first (by device index). */
  interfaces: Map<string, NetworkInterface[]>;
  /** EBS volumes attached to each instance (deleted ones left out): the root device first, then by device name. */
  volumes: Map<string, Volume[]>;
  /** Elastic IPs associated with each interface. */
  elasticIps: Map<string, ElasticIp[]>;
}

const cache = new WeakMap<World, QueryIndex>();

/** Appends `value` to the list under `key` (a map of lists, as the indexes here and in the view model build them). */
export function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The part of an index built from one collection, kept per collection object: collections are persistent, so an
 * action that changes one instance leaves the other collections as they were, and the next world's index reuses
 * their parts instead of walking every resource again. (Also the view model's canvas index, world-index.ts.)
 */
export function keptPer<C extends object, P>(parts: WeakMap<C, P>, collection: C, build: (collection: C) => P): P {
  let kept = parts.get(collection);
  if (kept === undefined) parts.set(collection, (kept = build(collection)));
  return kept;
}

type Interfaces = World['networkInterfaces'];
type Addresses = World['addresses'];
const interfaceParts = new WeakMap<Interfaces, Map<string, NetworkInterface[]>>();
const elasticIpParts = new WeakMap<Addresses, Map<string, ElasticIp[]>>();

interface VolumePart {
  volumes: Map<string, Volume[]>;
  /** The instances collection the lists were ordered with. */
  instances: object;
  /** The root device name each list of two or more volumes was ordered by (a list of one needs no order). */
  roots: Map<string, string | undefined>;
}
const volumeParts = new WeakMap<object, VolumePart>();

function interfacesPart(enis: Interfaces): Map<string, NetworkInterface[]> {
  const part = new Map<string, NetworkInterface[]>();
  for (const eni of enis.values()) if (eni.attachment) push(part, eni.attachment.instanceId, eni);
  for (const list of part.values()) list.sort((a, b) => (a.attachment?.deviceIndex ?? 0) - (b.attachment?.deviceIndex ?? 0));
  return part;
}

function elasticIpsPart(addresses: Addresses): Map<string, ElasticIp[]> {
  const part = new Map<string, ElasticIp[]>();
  for (const eip of addresses.values()) if (eip.association) push(part, eip.association.networkInterfaceId, eip);
  return part;
}

function volumesPart(world: World): Map<string, Volume[]> {
  const kept = volumeParts.get(world.volumes);
  if (kept && kept.instances === world.instances) return kept.volumes;
  // Another instances collection: the lists stand as long as each ordered list's instance has the same root device.
  if (kept && [...kept.roots].every(([id, root]) => world.instances.get(id)?.rootDeviceName === root)) {
    volumeParts.set(world.volumes, { ...kept, instances: world.instances });
    return kept.volumes;
  }
  const volumes = new Map<string, Volume[]>();
  const roots = new Map<string, string | undefined>();
  for (const volume of world.volumes.values()) {
    if (volume.state === 'deleted' || volume.state === 'deleting' || !volume.attachment) continue;
    push(volumes, volume.attachment.instanceId, volume);
  }
  for (const [instanceId, list] of volumes) {
    if (list.length < 2) continue;
    const root = world.instances.get(instanceId)?.rootDeviceName;
    roots.set(instanceId, root);
    list.sort((a, b) => {
      const ra = a.attachment?.device === root ? 0 : 1;
      const rb = b.attachment?.device === root ? 0 : 1;
      return ra - rb || (a.attachment?.device ?? '').localeCompare(b.attachment?.device ?? '');
    });
  }
  volumeParts.set(world.volumes, { volumes, instances: world.instances, roots });
  return volumes;
}

function indexOf(world: World): QueryIndex {
  let index = cache.get(world);
  if (!index) {
    const interfaces = keptPer(interfaceParts, world.networkInterfaces, interfacesPart);
    const elasticIps = keptPer(elasticIpParts, world.addresses, elasticIpsPart);
    cache.set(world, (index = { interfaces, volumes: volumesPart(world), elasticIps }));
  }
  return index;
}

const NONE: readonly never[] = [];

/** Every instance's attached interfaces, eth0 first (the shared map: do not change it). */
export function interfacesByInstance(world: World): ReadonlyMap<string, readonly NetworkInterface[]> {
  return indexOf(world).interfaces;
}

/** Every instance's attached EBS volumes, root first (the shared map: do not change it). */
export function volumesByInstance(world: World): ReadonlyMap<string, readonly Volume[]> {
  return indexOf(world).volumes;
}

/** The interfaces attached to an instance, eth0 first (by device index). */
export function interfacesOf(world: World, instanceId: string): readonly NetworkInterface[] {
  return indexOf(world).interfaces.get(instanceId) ?? NONE;
}

/** The instance's primary interface (device index 0), if it has one. */
export function primaryInterfaceOf(world: World, instanceId: string): NetworkInterface | undefined {
  return interfacesOf(world, instanceId).find((eni) => eni.attachment?.deviceIndex === 0);
}

/** The EBS volumes attached to an instance: the root device first, then by device name. */
export function volumesOf(world: World, instanceId: string): readonly Volume[] {
  return indexOf(world).volumes.get(instanceId) ?? NONE;
}

/** The Elastic IPs associated with any private address of an interface. */
export function elasticIpsOf(world: World, eniId: string): readonly ElasticIp[] {
  return indexOf(world).elasticIps.get(eniId) ?? NONE;
}

export interface InterfaceAddresses {
  privateIp: string | undefined;
  /** The public IPv4 on the primary private address: an Elastic IP, else the dynamic one. */
  publicIp: string | undefined;
  elastic: boolean;
}

/** The addresses of an interface's primary private IP (what DescribeNetworkInterfaces reports for it). */
export function addressesOf(world: World, eni: NetworkInterface): InterfaceAddresses {
  const primary = eni.privateIps.find((ip) => ip.primary) ?? eni.privateIps[0];
  if (!primary) return { privateIp: undefined, publicIp: undefined, elastic: false };
  const eip = elasticIpsOf(world, eni.id).find((a) => a.association?.privateIp === primary.address);
  return { privateIp: primary.address, publicIp: eip?.publicIp ?? primary.publicIp, elastic: eip !== undefined };
}

/** The lowest device index above eth0 that no interface of the instance uses. */
export function nextDeviceIndex(world: World, instanceId: string | undefined): number {
  const used = new Set(instanceId ? interfacesOf(world, instanceId).map((e) => e.attachment?.deviceIndex) : []);
  let index = 1;
  while (used.has(index)) index++;
  return index;
}

const DEVICE_LETTERS = 'fghijklmnopqrstuvwxyz';

/**
 * The first of /dev/sdf … /dev/sdz that no EBS volume, instance-store volume or root device of the instance uses
 * (as `/dev/sdX` or `/dev/xvdX`). `/dev/sdf` when all are taken or there is no such instance.
 */
export function nextDeviceName(world: World, instanceId: string | undefined): string {
  if (!instanceId) return '/dev/sdf';
  const instance = world.instances.get(instanceId);
  const used = new Set<string>(volumesOf(world, instanceId).map((v) => v.attachment?.device ?? ''));
  if (instance) {
    used.add(instance.rootDeviceName);
    for (const store of instance.instanceStore) used.add(store.deviceName);
  }
  for (const letter of DEVICE_LETTERS) {
    const name = `/dev/sd${letter}`;
    if (!used.has(name) && !used.has(`/dev/xvd${letter}`)) return name;
  }
  return '/dev/sdf';
}

/** The `Name` tag of a resource, if it has a non-empty one. */
export function nameTag(resource: { tags?: readonly Tag[] } | undefined): string | undefined {
  return resource?.tags?.find((t) => t.Key === 'Name')?.Value || undefined;
}
