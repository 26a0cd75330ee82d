import type { BlockDeviceMapping, Snapshot } from '../../model/storage';
import type { Params } from '../../params';
import { missing } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { checkKmsKeyDependency } from './kms';
import { checkDeviceName } from './volume-attachments';
import { findRestorableSnapshot, VOLUME_TYPES } from './volumes';

/**
 * The `BlockDeviceMappings` of a request (CreateImage, RegisterImage, RunInstances) and the AMI mappings made from
 * them.
 */

/** One entry of a request's `BlockDeviceMappings` (SDK BlockDeviceMapping). */
export interface RequestedMapping {
  DeviceName: string;
  VirtualName?: string;
  NoDevice: boolean;
  Ebs?: {
    VolumeSize?: number;
    VolumeType?: (typeof VOLUME_TYPES)[number];
    DeleteOnTermination?: boolean;
    Encrypted?: boolean;
    KmsKeyId?: string;
    SnapshotId?: string;
    Iops?: number;
    Throughput?: number;
  };
}

export function readMappings(p: Params): RequestedMapping[] {
  return (p.optObjList('BlockDeviceMappings') ?? []).map((m) => {
    const DeviceName = m.str('DeviceName');
    checkDeviceName(DeviceName);
    const ebs = m.optObj('Ebs');
    const VirtualName = m.optStr('VirtualName');
    const mapping: RequestedMapping = { DeviceName, NoDevice: m.has('NoDevice') };
    if (VirtualName !== undefined) mapping.VirtualName = VirtualName;
    if (ebs) {
      const e: NonNullable<RequestedMapping['Ebs']> = {};
      const size = ebs.optInt('VolumeSize', 1, 65536);
      if (size !== undefined) e.VolumeSize = size;
      const type = ebs.optEnum('VolumeType', VOLUME_TYPES);
      if (type !== undefined) e.VolumeType = type;
      const dot = ebs.optBool('DeleteOnTermination');
      if (dot !== undefined) e.DeleteOnTermination = dot;
      const enc = ebs.optBool('Encrypted');
      if (enc !== undefined) e.Encrypted = enc;
      const key = ebs.optStr('KmsKeyId');
      if (key !== undefined) e.KmsKeyId = key;
      const snap = ebs.optStr('SnapshotId');
      if (snap !== undefined) e.SnapshotId = snap;
      const iops = ebs.optInt('Iops');
      if (iops !== undefined) e.Iops = iops;
      const throughput = ebs.optInt('Throughput');
      if (throughput !== undefined) e.Throughput = throughput;
      mapping.Ebs = e;
    }
    return mapping;
  });
}

export function sizeBelowSnapshot(device: string, size: number, snapshotId: string, snapshotSize: number): never {
  return refuse(
    'ebs.bdm.size-below-snapshot',
    `Volume of size ${size}GB is smaller than snapshot '${snapshotId}', expect size >= ${snapshotSize}GB`,
    { resources: [snapshotId], scope: { kind: 'parameter', to: `BlockDeviceMapping ${device}` } },
  );
}

/** A mapping for a device the source does not have: instance store, an empty volume, or one from a snapshot. */
export function newMapping(tx: Tx, m: RequestedMapping): BlockDeviceMapping {
  if (m.VirtualName !== undefined) return { DeviceName: m.DeviceName, VirtualName: m.VirtualName };
  if (!m.Ebs) return missing(`BlockDeviceMapping ${m.DeviceName}.Ebs`);
  checkKmsKeyDependency(m.Ebs.Encrypted, m.Ebs.KmsKeyId);
  let snapshot: Snapshot | undefined;
  if (m.Ebs.SnapshotId !== undefined) snapshot = findRestorableSnapshot(tx, m.Ebs.SnapshotId);
  const size = m.Ebs.VolumeSize ?? snapshot?.volumeSizeGiB;
  if (size === undefined) return missing(`BlockDeviceMapping ${m.DeviceName}.Ebs.VolumeSize`);
  if (snapshot && size < snapshot.volumeSizeGiB) sizeBelowSnapshot(m.DeviceName, size, snapshot.id, snapshot.volumeSizeGiB);
  const encrypted = (snapshot?.encrypted ?? false) || m.Ebs.Encrypted === true;
  const kms = m.Ebs.KmsKeyId ?? snapshot?.kmsKeyId;
  return {
    DeviceName: m.DeviceName,
    Ebs: {
      ...(snapshot ? { SnapshotId: snapshot.id } : {}),
      VolumeSize: size,
      VolumeType: m.Ebs.VolumeType ?? 'gp3',
      DeleteOnTermination: m.Ebs.DeleteOnTermination ?? true,
      Encrypted: encrypted,
      ...(encrypted && kms ? { KmsKeyId: kms } : {}),
    },
  };
}

