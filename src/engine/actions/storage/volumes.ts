import type { Snapshot, Volume, VolumeType } from '../../model/storage';
import { mustFind, notFound } from '../../lookup';
import type { Params } from '../../params';
import { invalid, missing } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { applyFilters } from '../../filters';
import { toSdkVolume } from '../../shapes/volumes';
import { chooseEncryption, missingKeyMessage } from './kms';
import { isoAt } from '../../time';
import { defineActions } from '../../action-def';
import { checkMultiAttach } from './volume-options';
import { readZone } from '../../zone-param';
import { attachVolume, detachVolume } from './volume-attachments';
import { zoneIdOf } from '../../zone-param';

/**
 * EBS volumes: created in one AZ, attached to one instance of that AZ at a time (rules 56–63; attaching is in
 * volume-attachments.ts, the SDK shape in shapes/volumes.ts).
 */

export const VOLUME_TYPES: readonly VolumeType[] = ['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'standard'];

const SIZE_RANGE: Record<VolumeType, [number, number]> = {
  gp2: [1, 16384],
  gp3: [1, 16384],
  io1: [4, 16384],
  io2: [4, 65536],
  st1: [125, 16384],
  sc1: [125, 16384],
  standard: [1, 1024],
};

/** Whether an account may create volumes from (or copy) a snapshot: its owner, or it is shared/public. */
export function canRestore(snapshot: Snapshot, account: string): boolean {
  return (
    snapshot.ownerId === account ||
    snapshot.createVolumePermissions.includes('all') ||
    snapshot.createVolumePermissions.includes(account)
  );
}

/** A snapshot of the acting region the acting account may restore; InvalidSnapshot.NotFound otherwise. */
export function findRestorableSnapshot(tx: Tx, id: string, region = tx.region): Snapshot {
  const snap = tx.get('snapshots', id);
  if (snap && snap.region === region && canRestore(snap, tx.account)) return snap;
  if (region === tx.region) return mustFind(tx, 'snapshots', id);
  return notFound('snapshots', id);
}

/** The AZ must be one of the acting region's zones. */
export function checkZone(tx: Tx, az: string): void {
  const zones = tx.base.regions[tx.region]?.zones.map((z) => z.ZoneName) ?? [];
  if (zones.includes(az)) return;
  const elsewhere = Object.values(tx.base.regions).find((r) => r.zones.some((z) => z.ZoneName === az));
  refuse('ebs.create.unknown-az', `Invalid availability zone: [${az}]`, {
    scope: elsewhere ? { kind: 'region', from: elsewhere.name, to: tx.region } : { kind: 'parameter', to: 'AvailabilityZone' },
    fix: elsewhere
      ? `${az} belongs to ${elsewhere.name}: call ${elsewhere.name}, or use one of ${zones.join(', ')}.`
      : `Use one of ${zones.join(', ')}.`,
  });
}

export function checkVolumeSize(type: VolumeType, size: number): void {
  const [min, max] = SIZE_RANGE[type];
  if (size < min || size > max) {
    refuse('ebs.create.size-range', `Volume of ${size}GiB is invalid for volume type ${type}: the size must be between ${min} and ${max} GiB.`, {
      scope: { kind: 'parameter', to: 'Size' },
      fix: `Use a size between ${min} and ${max} GiB for ${type}.`,
    });
  }
}

/** IOPS and throughput of a volume type: io1/io2 need Iops, gp3 may take it, the others refuse it. */
export function volumePerformance(
  type: VolumeType,
  size: number,
  iops: number | undefined,
  throughput: number | undefined,
  label = '',
): { iops?: number; throughput?: number } {
  if (type === 'io1' || type === 'io2') {
    if (iops === undefined) return missing(`${label}Iops`);
    if (iops < 100 || iops > (type === 'io1' ? 64000 : 256000)) invalid(`${label}Iops`, iops);
    if (throughput !== undefined) {
      refuse('request.invalid-combination', `The parameter throughput is not supported for ${type} volumes.`);
    }
    return { iops };
  }
  if (type === 'gp3') {
    if (iops !== undefined && (iops < 3000 || iops > 16000)) invalid(`${label}Iops`, iops, 'gp3 supports 3000 to 16000 IOPS.');
    if (throughput !== undefined && (throughput < 125 || throughput > 1000)) {
      invalid(`${label}Throughput`, throughput, 'gp3 supports 125 to 1000 MiB/s.');
    }
    return { iops: iops ?? 3000, throughput: throughput ?? 125 };
  }
  if (iops !== undefined) {
    refuse('request.invalid-combination', `The parameter iops is not supported for ${type} volumes.`);
  }
  if (throughput !== undefined) {
    refuse('request.invalid-combination', `The parameter throughput is not supported for ${type} volumes.`);
  }
  if (type === 'gp2') return { iops: Math.min(16000, Math.max(100, size * 3)) };
  return {};
}

/** What a caller chooses about a new volume; the rest (owner, Region, ID, state, time) putVolume fills in. */
export type NewVolume = Pick<
  Volume,
  'az' | 'sizeGiB' | 'volumeType' | 'iops' | 'throughput' | 'encrypted' | 'kmsKeyId' | 'snapshotId' | 'tags'
>;

/** Store a new, settled (`available`) volume of the acting account. */
export function putVolume(tx: Tx, spec: NewVolume): Volume {
  const volume: Volume = {
    ownerId: tx.account,
    region: tx.region,
    tags: spec.tags,
    id: tx.id('vol'),
    az: spec.az,
    sizeGiB: spec.sizeGiB,
    volumeType: spec.volumeType,
    ...(spec.iops !== undefined ? { iops: spec.iops } : {}),
    ...(spec.throughput !== undefined ? { throughput: spec.throughput } : {}),
    encrypted: spec.encrypted,
    ...(spec.kmsKeyId ? { kmsKeyId: spec.kmsKeyId } : {}),
    ...(spec.snapshotId ? { snapshotId: spec.snapshotId } : {}),
    state: 'available',
    createTime: tx.now,
  };
  tx.put('volumes', volume.id, volume);
  return volume;
}

function createVolume(tx: Tx, p: Params) {
  const az = readZone(tx, p, true);
  checkZone(tx, az);
  const snapshotId = p.optStr('SnapshotId');
  const requested = p.optInt('Size');
  if (requested === undefined && snapshotId === undefined) {
    return refuse('request.missing-parameter', 'The request must contain the parameter size or snapshotId', {
      scope: { kind: 'parameter', to: 'Size' },
    });
  }
  const volumeType = p.optEnum('VolumeType', VOLUME_TYPES) ?? 'gp2';
  checkMultiAttach(p, volumeType);
  const snapshot = snapshotId === undefined ? undefined : findRestorableSnapshot(tx, snapshotId);
  if (snapshot && snapshot.state !== 'completed') {
    refuse('request.not-found', `The snapshot '${snapshot.id}' is in state ${snapshot.state} and can not be used.`, {
      code: 'IncorrectState',
      resources: [snapshot.id],
    });
  }
  const size = requested ?? snapshot?.volumeSizeGiB ?? 0;
  if (snapshot && size < snapshot.volumeSizeGiB) {
    refuse(
      'ebs.create.size-below-snapshot',
      `Volume of size ${size}GB is smaller than snapshot '${snapshot.id}', expect size >= ${snapshot.volumeSizeGiB}GB`,
      { resources: [snapshot.id], scope: { kind: 'parameter', to: 'Size' } },
    );
  }
  checkVolumeSize(volumeType, size);
  const perf = volumePerformance(volumeType, size, p.optInt('Iops'), p.optInt('Throughput'));
  const encryption = chooseEncryption(tx, {
    region: tx.region,
    account: tx.account,
    sourceEncrypted: snapshot?.encrypted ?? false,
    ...(snapshot?.kmsKeyId ? { sourceKmsKeyId: snapshot.kmsKeyId } : {}),
    keepSourceKey: true,
    ...(p.has('Encrypted') ? { encrypted: p.bool('Encrypted', false) } : {}),
    ...(p.has('KmsKeyId') ? { kmsKeyId: p.str('KmsKeyId') } : {}),
    what: snapshot ? `volume created from ${snapshot.id}` : 'new volume',
  });
  const spec: NewVolume = {
    az,
    sizeGiB: size,
    volumeType,
    ...perf,
    encrypted: encryption.encrypted,
    ...(encryption.kmsKeyId ? { kmsKeyId: encryption.kmsKeyId } : {}),
    ...(snapshot ? { snapshotId: snapshot.id } : {}),
    tags: p.tagsFor('volume'),
  };
  if (encryption.keyMissing !== undefined) {
    // Rule 64: the key is checked asynchronously. AWS returns a volume id, then the volume silently disappears.
    const id = tx.id('vol');
    tx.event({
      type: 'failed',
      message: `Volume ${id} was accepted but then deleted by EC2: ${missingKeyMessage(encryption.keyMissing, tx.region)}`,
      resourceId: id,
      from: 'creating',
      to: 'deleted',
      data: { rule: 64 },
    });
    return toSdkVolume({ ownerId: tx.account, region: tx.region, id, state: 'creating', createTime: tx.now, ...spec });
  }
  const volume = putVolume(tx, spec);
  tx.event({
    type: 'created',
    message: `Volume ${volume.id} (${size} GiB ${volumeType}${volume.encrypted ? ', encrypted' : ''}) created in ${az}${snapshot ? ` from ${snapshot.id}` : ''}.`,
    resourceId: volume.id,
    from: 'creating',
    to: 'available',
  });
  return toSdkVolume(volume);
}

function deleteVolume(tx: Tx, p: Params) {
  const volume = mustFind(tx, 'volumes', p.str('VolumeId'));
  if (volume.attachment) {
    refuse('ebs.delete.in-use', `Volume ${volume.id} is currently attached to ${volume.attachment.instanceId}`, {
      resources: [volume.id, volume.attachment.instanceId],
      fix: `Detach ${volume.id} from ${volume.attachment.instanceId} first.`,
    });
  }
  tx.remove('volumes', volume.id);
  tx.event({ type: 'deleted', message: `Volume ${volume.id} deleted.`, resourceId: volume.id, from: volume.state, to: 'deleted' });
  return {};
}

function describeVolumes(tx: Tx, p: Params) {
  const ids = p.optStrList('VolumeIds');
  const items = ids ? ids.map((id) => mustFind(tx, 'volumes', id)) : tx.visible('volumes');
  const volumes = applyFilters(items, p, {
    'volume-id': (v) => v.id,
    'availability-zone': (v) => v.az,
    'availability-zone-id': (v) => zoneIdOf(tx, v.region, v.az),
    status: (v) => v.state,
    size: (v) => v.sizeGiB,
    'volume-type': (v) => v.volumeType,
    'snapshot-id': (v) => v.snapshotId,
    encrypted: (v) => v.encrypted,
    'kms-key-id': (v) => v.kmsKeyId,
    'attachment.instance-id': (v) => v.attachment?.instanceId,
    'attachment.device': (v) => v.attachment?.device,
    'attachment.status': (v) => (v.attachment ? 'attached' : undefined),
    'attachment.delete-on-termination': (v) => v.attachment?.deleteOnTermination,
    'create-time': (v) => isoAt(v.createTime),
  }, toSdkVolume);
  return { Volumes: volumes.map(toSdkVolume) };
}

export const VOLUME_ACTIONS = defineActions([
  { type: 'ec2:CreateVolume', summary: 'Create an EBS volume in one AZ (empty or from a snapshot)', run: createVolume },
  { type: 'ec2:AttachVolume', summary: 'Attach an EBS volume to an instance in the same AZ', run: attachVolume },
  { type: 'ec2:DetachVolume', summary: 'Detach an EBS volume (the root only while stopped)', run: detachVolume },
  { type: 'ec2:DeleteVolume', summary: 'Delete a detached EBS volume', run: deleteVolume },
  { type: 'ec2:DescribeVolumes', summary: 'List EBS volumes with their attachments', run: describeVolumes, read: true },
]);
