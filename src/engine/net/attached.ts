import type { ElasticIp, NetworkInterface } from '../model/network';
import type { Volume } from '../model/storage';
import type { World } from '../model/world';
import { indexed } from '../memo';
import type { Tx } from '../tx';

/**
 * What is attached to what, as a transaction sees it: the interfaces of an instance, the Elastic IPs on an
 * interface, the EBS volumes of an instance. Each answer comes from an index built once per version of the
 * collection (src/engine/memo.ts), so describing a thousand instances is not a thousand scans of every interface,
 * address and volume. (src/engine/queries.ts answers the same questions for the UI, from a finished world.)
 */

const NONE: readonly never[] = Object.freeze([]);

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byDeviceIndex = (a: NetworkInterface, b: NetworkInterface) => (a.attachment?.deviceIndex ?? 0) - (b.attachment?.deviceIndex ?? 0);

function enisByInstance(enis: World['networkInterfaces']): Map<string, NetworkInterface[]> {
  const map = new Map<string, NetworkInterface[]>();
  for (const eni of enis.values()) if (eni.attachment) push(map, eni.attachment.instanceId, eni);
  for (const list of map.values()) list.sort(byDeviceIndex);
  return map;
}

function eipsByEni(addresses: World['addresses']): Map<string, ElasticIp[]> {
  const map = new Map<string, ElasticIp[]>();
  for (const eip of addresses.values()) if (eip.association) push(map, eip.association.networkInterfaceId, eip);
  return map;
}

function volumesByInstance(volumes: World['volumes']): Map<string, Volume[]> {
  const map = new Map<string, Volume[]>();
  for (const volume of volumes.values()) if (volume.attachment) push(map, volume.attachment.instanceId, volume);
  return map;
}

/** The interfaces attached to an instance, eth0 first (by device index; creation order among equals). */
export function attachedEnis(tx: Tx, instanceId: string): readonly NetworkInterface[] {
  const enis = tx.table('networkInterfaces');
  return indexed(
    enis,
    enisByInstance,
    (index) => index.get(instanceId) ?? NONE,
    () => enis.values().filter((e) => e.attachment?.instanceId === instanceId).sort(byDeviceIndex),
  );
}

/** Every Elastic IP associated with any address of an interface (creation order). */
export function eipsOn(tx: Tx, eniId: string): readonly ElasticIp[] {
  const addresses = tx.table('addresses');
  return indexed(
    addresses,
    eipsByEni,
    (index) => index.get(eniId) ?? NONE,
    () => addresses.values().filter((a) => a.association?.networkInterfaceId === eniId),
  );
}

/** The EBS volumes attached to an instance, in creation order (whatever their state). */
export function attachedVolumeList(tx: Tx, instanceId: string): readonly Volume[] {
  const volumes = tx.table('volumes');
  return indexed(
    volumes,
    volumesByInstance,
    (index) => index.get(instanceId) ?? NONE,
    () => volumes.values().filter((v) => v.attachment?.instanceId === instanceId),
  );
}

/**
 * The EBS volumes attached to an instance, the root device first, then by device name (as DescribeInstances
 * lists BlockDeviceMappings). The same answer as attachedVolumes in actions/storage/volume-attachments.ts, from the index.
 */
export function volumesRootFirst(tx: Tx, instance: { id: string; rootDeviceName: string }): Volume[] {
  return [...attachedVolumeList(tx, instance.id)].sort((a, b) => {
    const ra = a.attachment?.device === instance.rootDeviceName ? 0 : 1;
    const rb = b.attachment?.device === instance.rootDeviceName ? 0 : 1;
    return ra - rb || (a.attachment?.device ?? '').localeCompare(b.attachment?.device ?? '');
  });
}
