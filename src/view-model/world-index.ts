/**
 * Lookups the canvas needs that the world's id-keyed collections do not give directly (what is attached to an
 * instance, what sits loose in a subnet or AZ). Built once per world and cached: worlds are immutable. What is
 * attached to an instance, the addresses of an interface and the Name tag are the engine's world queries
 * (engine/queries.ts, imported directly so the first screen does not load the engine).
 */
import type { World } from '../engine';
import { addressesOf, interfacesByInstance, volumesByInstance, type InterfaceAddresses } from '../engine/queries';
import type { Instance } from '../engine/model/instances';
import type { InternetGateway, NetworkInterface, Subnet } from '../engine/model/network';
import type { Volume } from '../engine/model/storage';

export { elasticIpsOf, nameTag } from '../engine/queries';

export interface WorldIndex {
  world: World;
  /** Interfaces attached to each instance, by device index. */
  enisByInstance: ReadonlyMap<string, readonly NetworkInterface[]>;
  /** Interfaces attached to nothing, per subnet. */
  looseEnisBySubnet: Map<string, NetworkInterface[]>;
  /** EBS volumes attached to each instance: the root device first, then by device name. */
  volumesByInstance: ReadonlyMap<string, readonly Volume[]>;
  /** Volumes attached to nothing, per AZ. */
  looseVolumesByAz: Map<string, Volume[]>;
  instancesBySubnet: Map<string, Instance[]>;
  /** Subnets of a VPC in one AZ: key `${vpcId}|${zoneName}`. */
  subnetsByVpcZone: Map<string, Subnet[]>;
  igwByVpc: Map<string, InternetGateway>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const cache = new WeakMap<World, WorldIndex>();

export function indexWorld(world: World): WorldIndex {
  const cached = cache.get(world);
  if (cached) return cached;
  const index: WorldIndex = {
    world,
    enisByInstance: interfacesByInstance(world),
    looseEnisBySubnet: new Map(),
    volumesByInstance: volumesByInstance(world),
    looseVolumesByAz: new Map(),
    instancesBySubnet: new Map(),
    subnetsByVpcZone: new Map(),
    igwByVpc: new Map(),
  };
  for (const eni of world.networkInterfaces.values()) if (!eni.attachment) push(index.looseEnisBySubnet, eni.subnetId, eni);
  for (const volume of world.volumes.values()) {
    if (volume.state === 'deleted' || volume.state === 'deleting' || volume.attachment) continue;
    push(index.looseVolumesByAz, volume.az, volume);
  }
  for (const instance of world.instances.values()) push(index.instancesBySubnet, instance.subnetId, instance);
  for (const subnet of world.subnets.values()) push(index.subnetsByVpcZone, `${subnet.vpcId}|${subnet.az}`, subnet);
  for (const igw of world.internetGateways.values()) if (igw.vpcId) index.igwByVpc.set(igw.vpcId, igw);
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
