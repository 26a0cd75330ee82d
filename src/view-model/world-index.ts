/**
 * Lookups the canvas needs that the world's id-keyed collections do not give directly (what is attached to an
 * instance, what sits loose in a subnet or AZ). Built once per world and cached: worlds are immutable. What is
 * attached to an instance, the addresses of an interface and the Name tag are the engine's world queries
 * (engine/queries.ts, imported directly so the first screen does not load the engine).
 */
import type { World } from '../engine';
import { addressesOf, interfacesByInstance, keptPer, push, volumesByInstance, type InterfaceAddresses } from '../engine/queries';
import type { Instance } from '../engine/model/instances';
import type { InternetGateway, NetworkInterface, Subnet } from '../engine/model/network';
import type { Volume } from '../engine/model/storage';

export { elasticIpsOf, nameTag } from '../engine/queries';

export interface WorldIndex {
  world: World;
  /** Interfaces attached to each instance, by device index. */
  enisByInstance: ReadonlyMap<string, readonly NetworkInterface[]>;
  /** Interfaces attached to nothing, per subnet. */
  looseEnisBySubnet: ReadonlyMap<string, readonly NetworkInterface[]>;
  /** EBS volumes attached to each instance: the root device first, then by device name. */
  volumesByInstance: ReadonlyMap<string, readonly Volume[]>;
  /** Volumes attached to nothing, per AZ. */
  looseVolumesByAz: ReadonlyMap<string, readonly Volume[]>;
  instancesBySubnet: ReadonlyMap<string, readonly Instance[]>;
  /** Subnets of a VPC in one AZ: key `${vpcId}|${zoneName}`. */
  subnetsByVpcZone: ReadonlyMap<string, readonly Subnet[]>;
  igwByVpc: ReadonlyMap<string, InternetGateway>;
}


const cache = new WeakMap<World, WorldIndex>();

type Values<T> = { values(): readonly T[] };
const looseEniParts = new WeakMap<Values<NetworkInterface>, ReadonlyMap<string, readonly NetworkInterface[]>>();
const looseVolumeParts = new WeakMap<Values<Volume>, ReadonlyMap<string, readonly Volume[]>>();
const instanceParts = new WeakMap<Values<Instance>, ReadonlyMap<string, readonly Instance[]>>();
const subnetParts = new WeakMap<Values<Subnet>, ReadonlyMap<string, readonly Subnet[]>>();
const igwParts = new WeakMap<Values<InternetGateway>, ReadonlyMap<string, InternetGateway>>();

/**
 * The lists of the last build of a part that are equal, element for element, to the fresh ones take their place:
 * the canvas then sees a subnet whose instances did not change as the very same list (and skips re-deriving it).
 */
function keepLists<T>(fresh: Map<string, T[]>, last: ReadonlyMap<string, readonly T[]> | undefined): ReadonlyMap<string, readonly T[]> {
  if (!last) return fresh;
  for (const [key, list] of fresh) {
    const was = last.get(key);
    if (was && was.length === list.length && was.every((x, i) => x === list[i])) fresh.set(key, was as T[]);
  }
  return fresh;
}

let lastLooseEnis: ReadonlyMap<string, readonly NetworkInterface[]> | undefined;
let lastInstances: ReadonlyMap<string, readonly Instance[]> | undefined;

function looseEnis(enis: Values<NetworkInterface>): ReadonlyMap<string, readonly NetworkInterface[]> {
  const map = new Map<string, NetworkInterface[]>();
  for (const eni of enis.values()) if (!eni.attachment) push(map, eni.subnetId, eni);
  return (lastLooseEnis = keepLists(map, lastLooseEnis));
}

function looseVolumes(volumes: Values<Volume>): ReadonlyMap<string, readonly Volume[]> {
  const map = new Map<string, Volume[]>();
  for (const volume of volumes.values()) {
    if (volume.state === 'deleted' || volume.state === 'deleting' || volume.attachment) continue;
    push(map, volume.az, volume);
  }
  return map;
}

function instancesBySubnet(instances: Values<Instance>): ReadonlyMap<string, readonly Instance[]> {
  const map = new Map<string, Instance[]>();
  for (const instance of instances.values()) push(map, instance.subnetId, instance);
  return (lastInstances = keepLists(map, lastInstances));
}

function subnetsByVpcZone(subnets: Values<Subnet>): ReadonlyMap<string, readonly Subnet[]> {
  const map = new Map<string, Subnet[]>();
  for (const subnet of subnets.values()) push(map, `${subnet.vpcId}|${subnet.az}`, subnet);
  return map;
}

function igwByVpc(igws: Values<InternetGateway>): ReadonlyMap<string, InternetGateway> {
  const map = new Map<string, InternetGateway>();
  for (const igw of igws.values()) if (igw.vpcId) map.set(igw.vpcId, igw);
  return map;
}

export function indexWorld(world: World): WorldIndex {
  const cached = cache.get(world);
  if (cached) return cached;
  const index: WorldIndex = {
    world,
    enisByInstance: interfacesByInstance(world),
    looseEnisBySubnet: keptPer(looseEniParts, world.networkInterfaces, looseEnis),
    volumesByInstance: volumesByInstance(world),
    looseVolumesByAz: keptPer(looseVolumeParts, world.volumes, looseVolumes),
    instancesBySubnet: keptPer(instanceParts, world.instances, instancesBySubnet),
    subnetsByVpcZone: keptPer(subnetParts, world.subnets, subnetsByVpcZone),
    igwByVpc: keptPer(igwParts, world.internetGateways, igwByVpc),
  };
  cache.set(world, index);
  return index;
}

/** The addresses an interface shows on its chip (what DescribeNetworkInterfaces reports for its primary IP). */
export function interfaceAddresses(index: WorldIndex, eni: NetworkInterface): InterfaceAddresses {
  return addressesOf(index.world, eni);
}

/** An instance's addresses are those of its primary interface (eth0). */
export function instanceAddresses(index: WorldIndex, instance: Instance): InterfaceAddresses {
  const eth0 = index.enisByInstance.get(instance.id)?.find((e) => e.attachment?.deviceIndex === 0);
  return eth0 ? addressesOf(index.world, eth0) : { privateIp: undefined, publicIp: undefined, elastic: false };
}
