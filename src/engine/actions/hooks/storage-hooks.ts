import { getInstanceType } from '../../catalog/instance-types';
import type { Tag } from '../../model/common';
import type { Image, Snapshot, VolumeType } from '../../model/storage';
import type { Instance, InstanceStoreVolume } from '../../model/instances';
import type { Params } from '../../params';
import { missing } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { notFound } from '../../lookup';
import { canLaunch } from '../storage/image-lookup';
import { readMappings, sizeBelowSnapshot, type RequestedMapping } from '../storage/image-mappings';
import { chooseEncryption, missingKeyMessage } from '../storage/kms';
import { checkVolumeSize, findRestorableSnapshot, putVolume, volumePerformance } from '../storage/volumes';
import { attachedVolumes, ebsAttachmentLimit } from '../storage/volume-attachments';

/**
 * Storage side of the instance lifecycle (owned by the storage family: volumes, snapshots, images).
 * The instance family calls these through ../lifecycle.ts; they must only write through `tx`.
 */

/** The AMI a launch in the acting region/account may use: owned, public, or shared with the account. */
export function findLaunchableImage(tx: Tx, imageId: string): Image {
  const image = tx.get('images', imageId);
  const visible = image && image.region === tx.region && image.state === 'available' && canLaunch(image, tx.account);
  if (!visible) return notFound('images', imageId);
  return image;
}

/** Size of the instance-store root of an instance-store-backed AMI (GiB). */
const INSTANCE_STORE_ROOT_GIB = 10;

/** One volume the launch will create. */
interface PlannedVolume {
  device: string;
  root: boolean;
  snapshot?: Snapshot;
  /** Encryption recorded in the AMI's mapping (for mappings without a snapshot). */
  mappedEncrypted: boolean;
  mappedKmsKeyId?: string;
  size?: number;
  volumeType: VolumeType;
  deleteOnTermination: boolean;
  iops?: number;
  throughput?: number;
  /** What the RunInstances mapping asked for. */
  encrypted?: boolean;
  kmsKeyId?: string;
}

/** An instance-store device the launch maps (`ephemeralN`). */
interface VirtualDevice {
  device: string;
  virtualName: string;
}

/**
 * Create the root and mapped EBS volumes (and instance store) of a freshly launched instance: the AMI's block
 * device mapping, changed by the RunInstances `BlockDeviceMappings` (bigger sizes, other types,
 * DeleteOnTermination, encryption, NoDevice, extra volumes), in the instance's AZ.
 */
export function launchStorage(tx: Tx, instance: Instance, image: Image, p: Params): void {
  const type = getInstanceType(instance.instanceType);
  // Instance-store-backed AMIs boot from a local disk: only types with instance store, and of those only the ones
  // the catalogue lists as able to boot from it (a few old Xen types; c5d.large, for one, can not).
  const storeRoot = type?.rootDeviceTypes ? type.rootDeviceTypes.includes('instance-store') : Boolean(type?.instanceStore);
  if (image.rootDeviceType === 'instance-store' && !storeRoot) {
    refuse(
      'ami.launch.instance-store-type',
      `AMI '${image.id}' with an instance-store root device is not supported for the instance type '${instance.instanceType}'.`,
      {
        resources: [image.id, instance.id],
        fix: `Launch ${image.id} on an older instance type that boots from instance store (e.g. m3.medium), or use an EBS-backed AMI.`,
      },
    );
  }
  const requested = readMappings(p);
  const planned: PlannedVolume[] = [];
  const virtual: VirtualDevice[] = [];
  planImageDevices(tx, image, new Map(requested.map((m) => [m.DeviceName, m])), planned, virtual);
  planExtraDevices(tx, image, requested, planned, virtual);

  const { limit } = ebsAttachmentLimit(tx, instance);
  if (planned.length > limit) {
    refuse('ebs.attach.limit', `The launch maps ${planned.length} EBS volumes but ${instance.instanceType} allows ${limit}.`, {
      resources: [image.id],
      scope: { kind: 'quota', to: instance.instanceType },
    });
  }

  const tags = p.tagsFor('volume');
  for (const v of planned) createLaunchVolume(tx, instance, v, tags);

  const store = instanceStoreVolumes(image, virtual, type?.instanceStore?.disks ?? 0, type?.instanceStore?.diskSizeGiB ?? 0);
  if (store.length) {
    tx.update('instances', instance.id, { instanceStore: store });
    tx.event({
      type: 'notice',
      message: `${instance.id} has ${store.length} instance store volume${store.length === 1 ? '' : 's'} (${store.map((s) => `${s.deviceName} ${s.sizeGiB} GiB`).join(', ')}) on its host: fast, but lost on stop or terminate.`,
      resourceId: instance.id,
    });
  }
}

/** The AMI's mappings, changed by the request's (bigger sizes, other types, DeleteOnTermination, encryption, NoDevice). */
function planImageDevices(
  tx: Tx,
  image: Image,
  byDevice: Map<string, RequestedMapping>,
  planned: PlannedVolume[],
  virtual: VirtualDevice[],
): void {
  for (const m of image.blockDeviceMappings) {
    const override = byDevice.get(m.DeviceName);
    const root = m.DeviceName === image.rootDeviceName;
    if (override?.NoDevice && !root) continue;
    if (!m.Ebs) {
      if (!root && m.VirtualName) virtual.push({ device: m.DeviceName, virtualName: override?.VirtualName ?? m.VirtualName });
      continue;
    }
    const snapshot = m.Ebs.SnapshotId ? tx.get('snapshots', m.Ebs.SnapshotId) : undefined;
    const size = override?.Ebs?.VolumeSize ?? m.Ebs.VolumeSize;
    if (snapshot && size < snapshot.volumeSizeGiB) sizeBelowSnapshot(m.DeviceName, size, snapshot.id, snapshot.volumeSizeGiB);
    planned.push({
      device: m.DeviceName,
      root,
      ...(snapshot ? { snapshot } : {}),
      mappedEncrypted: m.Ebs.Encrypted,
      ...(m.Ebs.KmsKeyId ? { mappedKmsKeyId: m.Ebs.KmsKeyId } : {}),
      size,
      volumeType: override?.Ebs?.VolumeType ?? m.Ebs.VolumeType,
      deleteOnTermination: override?.Ebs?.DeleteOnTermination ?? m.Ebs.DeleteOnTermination,
      ...overrideEncryption(override),
      ...(override?.Ebs?.Iops !== undefined ? { iops: override.Ebs.Iops } : {}),
      ...(override?.Ebs?.Throughput !== undefined ? { throughput: override.Ebs.Throughput } : {}),
    });
  }
}

/** The request's devices the AMI does not map: instance store, or EBS volumes (empty or from a snapshot). */
function planExtraDevices(tx: Tx, image: Image, requested: RequestedMapping[], planned: PlannedVolume[], virtual: VirtualDevice[]): void {
  for (const m of requested) {
    if (m.NoDevice || image.blockDeviceMappings.some((x) => x.DeviceName === m.DeviceName)) continue;
    if (m.VirtualName !== undefined) {
      virtual.push({ device: m.DeviceName, virtualName: m.VirtualName });
      continue;
    }
    if (!m.Ebs) return missing(`BlockDeviceMapping ${m.DeviceName}.Ebs`);
    const snapshot = m.Ebs.SnapshotId !== undefined ? findRestorableSnapshot(tx, m.Ebs.SnapshotId) : undefined;
    const size = m.Ebs.VolumeSize ?? snapshot?.volumeSizeGiB;
    if (size === undefined) return missing(`BlockDeviceMapping ${m.DeviceName}.Ebs.VolumeSize`);
    if (snapshot && size < snapshot.volumeSizeGiB) sizeBelowSnapshot(m.DeviceName, size, snapshot.id, snapshot.volumeSizeGiB);
    planned.push({
      device: m.DeviceName,
      root: false,
      ...(snapshot ? { snapshot } : {}),
      mappedEncrypted: false,
      size,
      volumeType: m.Ebs.VolumeType ?? 'gp2',
      // Volumes created by the launch default to DeleteOnTermination true (rule 56: only volumes attached later default false).
      deleteOnTermination: m.Ebs.DeleteOnTermination ?? true,
      ...overrideEncryption(m),
      ...(m.Ebs.Iops !== undefined ? { iops: m.Ebs.Iops } : {}),
      ...(m.Ebs.Throughput !== undefined ? { throughput: m.Ebs.Throughput } : {}),
    });
  }
}

/** Create one planned volume (size, performance and encryption checked) and attach it to the new instance. */
function createLaunchVolume(tx: Tx, instance: Instance, v: PlannedVolume, tags: Tag[]): void {
  const size = v.size ?? v.snapshot?.volumeSizeGiB ?? 8;
  checkVolumeSize(v.volumeType, size);
  const perf = volumePerformance(v.volumeType, size, v.iops, v.throughput, `BlockDeviceMapping ${v.device}.Ebs.`);
  const sourceEncrypted = v.snapshot?.encrypted ?? v.mappedEncrypted;
  const sourceKey = v.snapshot?.kmsKeyId ?? v.mappedKmsKeyId;
  const encryption = chooseEncryption(tx, {
    region: tx.region,
    account: tx.account,
    sourceEncrypted,
    ...(sourceKey ? { sourceKmsKeyId: sourceKey } : {}),
    keepSourceKey: true,
    ...(v.encrypted !== undefined ? { encrypted: v.encrypted } : {}),
    ...(v.kmsKeyId !== undefined ? { kmsKeyId: v.kmsKeyId } : {}),
    what: `${v.root ? 'root ' : ''}volume ${v.device} of ${instance.id}`,
  });
  if (encryption.keyMissing !== undefined) {
    refuse('ebs.launch.kms-key-not-in-region', missingKeyMessage(encryption.keyMissing, tx.region), {
      resources: [instance.id],
      scope: { kind: 'region', to: tx.region },
    });
  }
  const volume = putVolume(tx, {
    az: instance.az,
    sizeGiB: size,
    volumeType: v.volumeType,
    ...perf,
    encrypted: encryption.encrypted,
    ...(encryption.kmsKeyId ? { kmsKeyId: encryption.kmsKeyId } : {}),
    ...(v.snapshot ? { snapshotId: v.snapshot.id } : {}),
    tags: tags.map((t) => ({ ...t })),
  });
  tx.update('volumes', volume.id, {
    state: 'in-use',
    attachment: { instanceId: instance.id, device: v.device, deleteOnTermination: v.deleteOnTermination, attachTime: tx.now },
  });
  tx.event({
    type: 'created',
    message: `${v.root ? 'Root volume' : 'Volume'} ${volume.id} (${size} GiB ${v.volumeType}${volume.encrypted ? ', encrypted' : ''}) created${v.snapshot ? ` from ${v.snapshot.id}` : ''} in ${instance.az} and attached to ${instance.id} as ${v.device} (DeleteOnTermination ${v.deleteOnTermination}).`,
    resourceId: volume.id,
    from: 'creating',
    to: 'in-use',
  });
}

function overrideEncryption(m: RequestedMapping | undefined): { encrypted?: boolean; kmsKeyId?: string } {
  return {
    ...(m?.Ebs?.Encrypted !== undefined ? { encrypted: m.Ebs.Encrypted } : {}),
    ...(m?.Ebs?.KmsKeyId !== undefined ? { kmsKeyId: m.Ebs.KmsKeyId } : {}),
  };
}

/** Instance store of the launch: the instance-store root (if any) and the type's local disks. */
function instanceStoreVolumes(
  image: Image,
  mapped: VirtualDevice[],
  disks: number,
  diskSize: number,
): InstanceStoreVolume[] {
  const out: InstanceStoreVolume[] = [];
  const used = new Set<string>([image.rootDeviceName]);
  if (image.rootDeviceType === 'instance-store') {
    out.push({ deviceName: image.rootDeviceName, virtualName: 'root', sizeGiB: INSTANCE_STORE_ROOT_GIB });
  }
  const letters = 'bcdefghijklmnopqrstuvwxy';
  let next = 0;
  const freeDevice = (): string => {
    while (next < letters.length && used.has(`/dev/sd${letters[next] ?? 'z'}`)) next += 1;
    const name = `/dev/sd${letters[next] ?? 'z'}`;
    next += 1;
    return name;
  };
  for (let i = 0; i < disks; i += 1) {
    const virtualName = `ephemeral${i}`;
    const device = mapped.find((m) => m.virtualName === virtualName)?.device ?? freeDevice();
    used.add(device);
    out.push({ deviceName: device, virtualName, sizeGiB: diskSize });
  }
  return out;
}

/** The instance is now stopped: instance store contents are gone. */
export function storageOnStop(tx: Tx, instance: Instance): void {
  if (!instance.instanceStore.length) return;
  tx.event({
    type: 'instance-store-lost',
    message: `The data on the instance store of ${instance.id} (${instance.instanceStore.map((s) => s.deviceName).join(', ')}) is lost: instance store lives on the host, and a stopped instance gives its host up. EBS volumes keep their data.`,
    resourceId: instance.id,
  });
}

/** The instance is now terminated: delete volumes marked DeleteOnTermination, detach the others. */
export function storageOnTerminate(tx: Tx, instance: Instance): void {
  for (const volume of attachedVolumes(tx, instance)) {
    const attachment = volume.attachment;
    if (!attachment) continue;
    if (attachment.deleteOnTermination) {
      tx.remove('volumes', volume.id);
      tx.event({
        type: 'deleted',
        message: `Volume ${volume.id} (${attachment.device}) deleted with ${instance.id}: DeleteOnTermination was true.`,
        resourceId: volume.id,
        from: 'in-use',
        to: 'deleted',
      });
    } else {
      tx.update('volumes', volume.id, { state: 'available', attachment: undefined });
      tx.event({
        type: 'detached',
        message: `Volume ${volume.id} (${attachment.device}) survives ${instance.id}: DeleteOnTermination was false, so it is detached and available.`,
        resourceId: volume.id,
        from: 'in-use',
        to: 'available',
      });
    }
  }
  if (instance.instanceStore.length) {
    tx.event({
      type: 'instance-store-lost',
      message: `The instance store data of ${instance.id} is gone with the instance.`,
      resourceId: instance.id,
    });
  }
}

/**
 * ModifyInstanceAttribute `BlockDeviceMappings: [{ DeviceName, Ebs: { DeleteOnTermination } }]` (for the
 * instance family): change DeleteOnTermination of an attached volume. Returns false when no volume is attached
 * at that device.
 */
export function setDeleteOnTermination(tx: Tx, instance: Instance, device: string, value: boolean): boolean {
  const volume = attachedVolumes(tx, instance).find((v) => v.attachment?.device === device);
  if (!volume?.attachment) return false;
  tx.update('volumes', volume.id, { attachment: { ...volume.attachment, deleteOnTermination: value } });
  tx.event({
    type: 'attribute',
    message: `DeleteOnTermination of ${volume.id} (${device}) on ${instance.id} is now ${value}.`,
    resourceId: volume.id,
  });
  return true;
}
