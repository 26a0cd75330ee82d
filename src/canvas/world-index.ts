/**
 * Lookups the canvas needs that the world's id-keyed collections do not give directly (what is attached to an
 * instance, what sits loose in a subnet or AZ). Built once per world and cached: worlds are immutable.
 */
import type { World } from '../engine';
import type { ElasticIp, Instance, InternetGateway, NetworkInterface, Subnet, Volume } from './flow-types';

export interface WorldIndex {
  /** Interfaces attached to each instance, by device index. */
  enisByInstance: Map<string, NetworkInterface[]>;
  /** Interfaces attached to nothing, per subnet. */
  looseEnisBySubnet: Map<string, NetworkInterface[]>;
  /** EBS volumes attached to each instance: the root device first, then by device name. */
  volumesByInstance: Map<string, Volume[]>;
  /** Volumes attached to nothing, per AZ. */
  looseVolumesByAz: Map<string, Volume[]>;
  /** Elastic IP on a private address: key `${eniId}|${privateIp}`. */
  eipByAddress: Map<string, ElasticIp>;
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
    enisByInstance: new Map(),
    looseEnisBySubnet: new Map(),
    volumesByInstance: new Map(),
    looseVolumesByAz: new Map(),
    eipByAddress: new Map(),
    instancesBySubnet: new Map(),
    subnetsByVpcZone: new Map(),
    igwByVpc: new Map(),
  };
  for (const eni of world.networkInterfaces.values()) {
    if (eni.attachment) push(index.enisByInstance, eni.attachment.instanceId, eni);
    else push(index.looseEnisBySubnet, eni.subnetId, eni);
  }
  for (const list of index.enisByInstance.values()) {
    list.sort((a, b) => (a.attachment?.deviceIndex ?? 0) - (b.attachment?.deviceIndex ?? 0));
  }
  for (const volume of world.volumes.values()) {
    if (volume.state === 'deleted' || volume.state === 'deleting') continue;
    if (volume.attachment) push(index.volumesByInstance, volume.attachment.instanceId, volume);
    else push(index.looseVolumesByAz, volume.az, volume);
  }
  for (const [instanceId, list] of index.volumesByInstance) {
    const root = world.instances.get(instanceId)?.rootDeviceName;
    list.sort((a, b) => {
      const ra = a.attachment?.device === root ? 0 : 1;
      const rb = b.attachment?.device === root ? 0 : 1;
      return ra - rb || (a.attachment?.device ?? '').localeCompare(b.attachment?.device ?? '');
    });
  }
  for (const eip of world.addresses.values()) {
    const a = eip.association;
    if (a) index.eipByAddress.set(`${a.networkInterfaceId}|${a.privateIp}`, eip);
  }
  for (const instance of world.instances.values()) push(index.instancesBySubnet, instance.subnetId, instance);
  for (const subnet of world.subnets.values()) push(index.subnetsByVpcZone, `${subnet.vpcId}|${subnet.az}`, subnet);
  for (const igw of world.internetGateways.values()) if (igw.vpcId) index.igwByVpc.set(igw.vpcId, igw);
  cache.set(world, index);
  return index;
}

/** The `Name` tag, if the learner gave one. */
export function nameTag(resource: { tags: { Key: string; Value: string }[] }): string | undefined {
  return resource.tags.find((t) => t.Key === 'Name')?.Value || undefined;
}

export interface InterfaceAddresses {
  privateIp: string | undefined;
  /** The public IPv4 on the primary private address: an Elastic IP, else the dynamic one. */
  publicIp: string | undefined;
  elastic: boolean;
}

/** The addresses an interface shows on its chip (what DescribeNetworkInterfaces reports for its primary IP). */
export function interfaceAddresses(index: WorldIndex, eni: NetworkInterface): InterfaceAddresses {
  const primary = eni.privateIps.find((ip) => ip.primary) ?? eni.privateIps[0];
  if (!primary) return { privateIp: undefined, publicIp: undefined, elastic: false };
  const eip = index.eipByAddress.get(`${eni.id}|${primary.address}`);
  return {
    privateIp: primary.address,
    publicIp: eip?.publicIp ?? primary.publicIp,
    elastic: eip !== undefined,
  };
}

/** An instance's addresses are those of its primary interface (eth0). */
export function instanceAddresses(index: WorldIndex, instance: Instance): InterfaceAddresses {
  const eth0 = index.enisByInstance.get(instance.id)?.find((e) => e.attachment?.deviceIndex === 0);
  return eth0 ? interfaceAddresses(index, eth0) : { privateIp: undefined, publicIp: undefined, elastic: false };
}
