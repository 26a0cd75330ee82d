import type { Tag } from '../../model/common';
import type { BlockDeviceMapping, EbsMapping, Image, Snapshot } from '../../model/storage';
import { mustFind, notFound } from '../../lookup';
import type { Params } from '../../params';
import { invalid, missing } from '../../params';
import { refuse } from '../../refusal';
import { MARKETPLACE_ACCOUNT } from '../../regions';
import type { Tx } from '../../tx';
import { applyFilters } from '../../filters';
import { sdkTags } from '../../shapes/tags';
import { checkKmsKeyDependency, chooseEncryption, encryptionByDefault, isAwsManagedKey, missingKeyMessage } from './kms';
import { isoAt } from '../../time';
import { defineActions } from '../../action-def';
import { sdkProductCodes } from '../../shapes/images';
import {
  applyPermissionChanges,
  narrateCrossAccountCopy,
  putSnapshotCopy,
  readPermissionChanges,
  sdkPermissions,
  snapshotVolume,
  sourceRegion,
} from './snapshots';
import { attachedVolumes, checkDeviceName, findRestorableSnapshot, VOLUME_TYPES } from './volumes';

/**
 * AMIs: regional images made of EBS snapshots plus a block device mapping, with launch permissions
 * (rules 65–70). CopyImage is called in the destination region.
 */

export function toSdkBlockDeviceMapping(m: BlockDeviceMapping) {
  if (!m.Ebs) return { DeviceName: m.DeviceName, ...(m.VirtualName ? { VirtualName: m.VirtualName } : {}) };
  return {
    DeviceName: m.DeviceName,
    Ebs: {
      ...(m.Ebs.SnapshotId ? { SnapshotId: m.Ebs.SnapshotId } : {}),
      VolumeSize: m.Ebs.VolumeSize,
      VolumeType: m.Ebs.VolumeType,
      DeleteOnTermination: m.Ebs.DeleteOnTermination,
      Encrypted: m.Ebs.Encrypted,
      ...(m.Ebs.KmsKeyId ? { KmsKeyId: m.Ebs.KmsKeyId } : {}),
    },
  };
}

/** The owner alias DescribeImages shows: `amazon` for Amazon's AMIs, `aws-marketplace` for Marketplace ones. */
export function imageOwnerAlias(image: Image): string | undefined {
  return image.imageOwnerAlias ?? (image.ownerId === MARKETPLACE_ACCOUNT ? 'aws-marketplace' : undefined);
}

export function toSdkImage(image: Image) {
  const alias = imageOwnerAlias(image);
  return {
    ImageId: image.id,
    ImageLocation: `${alias ?? image.ownerId}/${image.name}`,
    State: image.state,
    OwnerId: image.ownerId,
    CreationDate: isoAt(image.creationDate),
    Public: image.public,
    Architecture: image.architecture,
    ImageType: 'machine',
    Name: image.name,
    Description: image.description,
    RootDeviceType: image.rootDeviceType,
    RootDeviceName: image.rootDeviceName,
    BlockDeviceMappings: image.blockDeviceMappings.map(toSdkBlockDeviceMapping),
    VirtualizationType: 'hvm',
    Hypervisor: 'xen',
    EnaSupport: true,
    PlatformDetails: image.platformDetails,
    UsageOperation: 'RunInstances',
    ...(alias ? { ImageOwnerAlias: alias } : {}),
    ...(image.productCodes?.length ? { ProductCodes: sdkProductCodes(image) } : {}),
    ...(image.stateReason ? { StateReason: { ...image.stateReason } } : {}),
    ...(image.sourceInstanceId ? { SourceInstanceId: image.sourceInstanceId } : {}),
    ...(image.sourceImageId ? { SourceImageId: image.sourceImageId, SourceImageRegion: image.sourceRegion } : {}),
    ...sdkTags(image.tags),
  };
}

/** Whether an account may see and launch an AMI: its owner, a public AMI, or an explicit launch permission. */
export function canLaunch(image: Image, account: string): boolean {
  return image.ownerId === account || image.public || image.launchPermissions.includes(account);
}

/** An AMI of a region the acting account can see (owned, public or shared); InvalidAMIID.NotFound otherwise. */
export function findVisibleImage(tx: Tx, id: string, region = tx.region): Image {
  const image = tx.get('images', id);
  if (image && image.region === region && image.state !== 'deregistered' && canLaunch(image, tx.account)) return image;
  if (region === tx.region && image?.ownerId === tx.account && image.region !== region) return mustFind(tx, 'images', id);
  return notFound('images', id);
}

/** An AMI the acting account owns (refused with AuthFailure when it can only see it). */
function findOwnedImage(tx: Tx, id: string, verb: string): Image {
  const image = findVisibleImage(tx, id);
  if (image.ownerId !== tx.account) {
    refuse('ami.modify.not-owner', `Not authorized for image:${image.id}. Only its owner ${image.ownerId} can ${verb} it.`, {
      resources: [image.id],
      scope: { kind: 'account', from: tx.account, to: image.ownerId },
      fix: `Copy ${image.id} into your account with CopyImage and ${verb} the copy.`,
    });
  }
  return image;
}

const AMI_NAME = /^[A-Za-z0-9()[\] ./\-'@_]{3,128}$/;

/** Name rules of CreateImage/CopyImage/RegisterImage: 3–128 allowed characters, unique per account and region. */
export function checkImageName(tx: Tx, name: string): void {
  if (!AMI_NAME.test(name)) {
    refuse(
      'ami.name.malformed',
      "AMI names must be between 3 and 128 characters long, and may contain letters, numbers, '(', ')', '.', '-', '/' and '_'",
      { scope: { kind: 'parameter', to: 'Name' }, resources: [] },
    );
  }
  const taken = tx
    .all('images')
    .find((i) => i.ownerId === tx.account && i.region === tx.region && i.state !== 'deregistered' && i.name === name);
  if (taken) {
    refuse('ami.name.duplicate', `AMI name ${name} is already in use by AMI ${taken.id}`, {
      resources: [taken.id],
      fix: `Pick another name than '${name}' (names are unique per account and region), or deregister ${taken.id}.`,
    });
  }
}

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

function imageTags(p: Params): { image: Tag[]; snapshot: Tag[] } {
  return { image: p.tagsFor('image'), snapshot: p.tagsFor('snapshot') };
}

function createImage(tx: Tx, p: Params) {
  const instance = mustFind(tx, 'instances', p.str('InstanceId'));
  const name = p.str('Name');
  checkImageName(tx, name);
  if (instance.rootDeviceType !== 'ebs') {
    refuse(
      'ami.create.instance-store',
      `The instance '${instance.id}' is instance-store-backed: CreateImage only creates AMIs from EBS-backed instances.`,
      { resources: [instance.id] },
    );
  }
  if (instance.state !== 'running' && instance.state !== 'stopped') {
    refuse('ami.create.instance-state', `The instance '${instance.id}' is not in a state from which an image can be created ('${instance.state}').`, {
      resources: [instance.id],
      scope: { kind: 'state', from: instance.state, to: 'running or stopped' },
    });
  }
  const requested = readMappings(p);
  const byDevice = new Map(requested.map((m) => [m.DeviceName, m]));
  const noReboot = p.bool('NoReboot', false);
  const tags = imageTags(p);
  const imageId = tx.id('ami');
  const mappings: BlockDeviceMapping[] = [];
  const volumes = attachedVolumes(tx, instance);
  // Validate sizes before taking any snapshot.
  for (const volume of volumes) {
    const device = volume.attachment?.device ?? '';
    const size = byDevice.get(device)?.Ebs?.VolumeSize;
    if (size !== undefined && size < volume.sizeGiB) sizeBelowSnapshot(device, size, volume.id, volume.sizeGiB);
  }
  for (const volume of volumes) {
    const device = volume.attachment?.device ?? '';
    const override = byDevice.get(device);
    if (override?.NoDevice && device !== instance.rootDeviceName) continue;
    const snapshot = snapshotVolume(tx, volume, `Created by CreateImage(${instance.id}) for ${imageId}`, tags.snapshot);
    const ebs: EbsMapping = {
      SnapshotId: snapshot.id,
      VolumeSize: override?.Ebs?.VolumeSize ?? volume.sizeGiB,
      VolumeType: override?.Ebs?.VolumeType ?? volume.volumeType,
      DeleteOnTermination: override?.Ebs?.DeleteOnTermination ?? volume.attachment?.deleteOnTermination ?? false,
      Encrypted: volume.encrypted,
      ...(volume.kmsKeyId ? { KmsKeyId: volume.kmsKeyId } : {}),
    };
    mappings.push({ DeviceName: device, Ebs: ebs });
  }
  // Instance store is recorded in the mapping, but its contents are not captured.
  for (const store of instance.instanceStore) {
    if (byDevice.get(store.deviceName)?.NoDevice) continue;
    mappings.push({ DeviceName: store.deviceName, VirtualName: store.virtualName });
  }
  for (const m of requested) {
    if (mappings.some((x) => x.DeviceName === m.DeviceName) || m.NoDevice) continue;
    if (volumes.some((v) => v.attachment?.device === m.DeviceName)) continue;
    mappings.push(newMapping(tx, m));
  }
  const source = tx.get('images', instance.imageId);
  const image: Image = {
    ownerId: tx.account,
    region: tx.region,
    tags: tags.image,
    id: imageId,
    name,
    description: p.optStr('Description') ?? '',
    state: 'available',
    public: false,
    launchPermissions: [],
    rootDeviceType: 'ebs',
    rootDeviceName: instance.rootDeviceName,
    blockDeviceMappings: mappings,
    architecture: source?.architecture ?? 'x86_64',
    platformDetails: source?.platformDetails ?? 'Linux/UNIX',
    creationDate: tx.now,
    sourceInstanceId: instance.id,
    ...(source?.productCodes?.length ? { productCodes: source.productCodes.map((c) => ({ ...c })) } : {}),
  };
  tx.put('images', imageId, image);
  if (instance.state === 'running') {
    if (noReboot) {
      tx.event({
        type: 'notice',
        message: `NoReboot: ${instance.id} kept running while its volumes were snapshotted, so file system integrity of ${imageId} is not guaranteed.`,
        resourceId: instance.id,
      });
    } else {
      tx.event({
        type: 'reboot',
        message: `EC2 rebooted ${instance.id} so that its file systems were consistent for the snapshots of ${imageId}.`,
        resourceId: instance.id,
        from: 'running',
        to: 'running',
      });
    }
  }
  tx.event({
    type: 'created',
    message: `AMI ${imageId} '${name}' created from ${instance.id}: ${mappings.length} block device mapping${mappings.length === 1 ? '' : 's'}. It is private (only account ${tx.account}) and exists only in ${tx.region}.`,
    resourceId: imageId,
    from: 'pending',
    to: 'available',
  });
  if (image.productCodes?.length) {
    tx.event({
      type: 'notice',
      message: `${imageId} keeps the AWS Marketplace product code ${image.productCodes.map((c) => c.ProductCodeId).join(', ')} of ${source?.id ?? instance.imageId}: instances launched from it pay the software charge too, and it can never be made public.`,
      resourceId: imageId,
      data: { rule: 'ami.share.public-product-code' },
    });
  }
  return { ImageId: imageId };
}

/** A mapping for a device the source does not have: instance store, an empty volume, or one from a snapshot. */
function newMapping(tx: Tx, m: RequestedMapping): BlockDeviceMapping {
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

function registerImage(tx: Tx, p: Params) {
  const name = p.str('Name');
  checkImageName(tx, name);
  if (p.has('ImageLocation')) {
    refuse('request.invalid-combination', 'The lab registers AMIs from EBS snapshots only: ImageLocation (S3 bundles) is not modelled.', {
      scope: { kind: 'parameter', to: 'ImageLocation' },
    });
  }
  const rootDeviceName = p.str('RootDeviceName');
  const requested = readMappings(p);
  const root = requested.find((m) => m.DeviceName === rootDeviceName);
  if (!root?.Ebs?.SnapshotId) return missing(`BlockDeviceMapping ${rootDeviceName}.Ebs.SnapshotId`);
  const mappings = requested.filter((m) => !m.NoDevice).map((m) => newMapping(tx, m));
  const architecture = p.optEnum('Architecture', ['x86_64', 'arm64'] as const) ?? 'x86_64';
  const image: Image = {
    ownerId: tx.account,
    region: tx.region,
    tags: p.tagsFor('image'),
    id: tx.id('ami'),
    name,
    description: p.optStr('Description') ?? '',
    state: 'available',
    public: false,
    launchPermissions: [],
    rootDeviceType: 'ebs',
    rootDeviceName,
    blockDeviceMappings: mappings,
    architecture,
    platformDetails: 'Linux/UNIX',
    creationDate: tx.now,
  };
  tx.put('images', image.id, image);
  tx.event({ type: 'created', message: `AMI ${image.id} '${name}' registered from ${root.Ebs.SnapshotId}.`, resourceId: image.id });
  return { ImageId: image.id };
}

/** Snapshots an image uses. */
function imageSnapshotIds(image: Image): string[] {
  return image.blockDeviceMappings.flatMap((m) => (m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []));
}

function deregisterImage(tx: Tx, p: Params) {
  const image = findOwnedImage(tx, p.str('ImageId'), 'deregister');
  const deleteSnapshots = p.bool('DeleteAssociatedSnapshots', false);
  tx.update('images', image.id, { state: 'deregistered', public: false, launchPermissions: [] });
  tx.event({
    type: 'deleted',
    message: `AMI ${image.id} deregistered: no new launches; instances already running from it are not affected.`,
    resourceId: image.id,
    from: image.state,
    to: 'deregistered',
  });
  const results: { SnapshotId: string; ReturnCode: string }[] = [];
  const ids = imageSnapshotIds(image);
  if (deleteSnapshots) {
    for (const id of ids) {
      const snap = tx.get('snapshots', id);
      const usedElsewhere = tx
        .all('images')
        .some((i) => i.id !== image.id && i.state !== 'deregistered' && imageSnapshotIds(i).includes(id));
      if (!snap || snap.ownerId !== tx.account || usedElsewhere) {
        results.push({ SnapshotId: id, ReturnCode: usedElsewhere ? 'error-generic' : 'client-error' });
        continue;
      }
      tx.remove('snapshots', id);
      tx.event({ type: 'deleted', message: `Snapshot ${id} of ${image.id} deleted.`, resourceId: id });
      results.push({ SnapshotId: id, ReturnCode: 'success' });
    }
  } else if (ids.length) {
    tx.event({
      type: 'notice',
      message: `The snapshots of ${image.id} (${ids.join(', ')}) were kept and still cost storage; delete them or use DeleteAssociatedSnapshots.`,
      resourceId: image.id,
    });
  }
  return { Return: true, ...(deleteSnapshots ? { DeleteSnapshotResults: results } : {}) };
}

function copyImage(tx: Tx, p: Params) {
  const fromRegion = sourceRegion(tx, p);
  const source = findVisibleImage(tx, p.str('SourceImageId'), fromRegion);
  if (source.state !== 'available') {
    refuse('request.not-found', `The image '${source.id}' is in state ${source.state} and can not be copied.`, {
      code: 'InvalidAMIID.Unavailable',
      resources: [source.id],
    });
  }
  const name = p.str('Name');
  checkImageName(tx, name);
  const encrypted = p.optBool('Encrypted');
  const kmsKeyId = p.optStr('KmsKeyId');
  checkKmsKeyDependency(encrypted, kmsKeyId);
  if (source.rootDeviceType === 'instance-store' && encrypted === true) {
    refuse('request.invalid-combination', `Encryption is supported only for EBS-backed AMIs; ${source.id} is instance-store-backed.`, {
      resources: [source.id],
    });
  }
  const crossRegion = fromRegion !== tx.region;
  const imageId = tx.id('ami');
  const sourceEncrypted = source.blockDeviceMappings.some((m) => m.Ebs?.Encrypted);
  let missingKey: string | undefined;
  const mappings: BlockDeviceMapping[] = [];
  for (const m of source.blockDeviceMappings) {
    if (!m.Ebs) {
      mappings.push({ ...m });
      continue;
    }
    const snap = m.Ebs.SnapshotId ? tx.get('snapshots', m.Ebs.SnapshotId) : undefined;
    const choice = chooseEncryption(tx, {
      region: tx.region,
      account: tx.account,
      sourceEncrypted: snap?.encrypted ?? m.Ebs.Encrypted,
      ...((snap?.kmsKeyId ?? m.Ebs.KmsKeyId) ? { sourceKmsKeyId: snap?.kmsKeyId ?? m.Ebs.KmsKeyId } : {}),
      keepSourceKey: !crossRegion && (snap?.ownerId ?? source.ownerId) === tx.account,
      ...(encrypted !== undefined ? { encrypted } : {}),
      ...(kmsKeyId !== undefined ? { kmsKeyId } : {}),
      what: `copy of ${source.id}`,
      quiet: true,
    });
    if (choice.keyMissing !== undefined) missingKey = choice.keyMissing;
    let snapshotId: string | undefined;
    if (snap) {
      const copy = putSnapshotCopy(tx, snap, {
        encryption: choice,
        description: `Copied for DestinationAmi ${imageId} from SourceAmi ${source.id} for SourceSnapshot ${snap.id}.`,
        tags: [],
      });
      snapshotId = copy.id;
    }
    mappings.push({
      DeviceName: m.DeviceName,
      Ebs: {
        ...(snapshotId ? { SnapshotId: snapshotId } : {}),
        VolumeSize: m.Ebs.VolumeSize,
        VolumeType: m.Ebs.VolumeType,
        DeleteOnTermination: m.Ebs.DeleteOnTermination,
        Encrypted: choice.encrypted,
        ...(choice.kmsKeyId ? { KmsKeyId: choice.kmsKeyId } : {}),
      },
    });
  }
  const copyTags = p.bool('CopyImageTags', false) && source.ownerId === tx.account ? source.tags.map((t) => ({ ...t })) : [];
  const image: Image = {
    ownerId: tx.account,
    region: tx.region,
    tags: [...copyTags, ...p.tagsFor('image')],
    id: imageId,
    name,
    description: p.optStr('Description') ?? source.description,
    state: missingKey !== undefined ? 'failed' : 'available',
    public: false,
    launchPermissions: [],
    rootDeviceType: source.rootDeviceType,
    rootDeviceName: source.rootDeviceName,
    blockDeviceMappings: mappings,
    architecture: source.architecture,
    platformDetails: source.platformDetails,
    creationDate: tx.now,
    sourceImageId: source.id,
    sourceRegion: fromRegion,
    ...(source.productCodes?.length ? { productCodes: source.productCodes.map((c) => ({ ...c })) } : {}),
    ...(missingKey !== undefined
      ? { stateReason: { Code: 'Client.InvalidKMSKey.InvalidState', Message: missingKeyMessage(missingKey, tx.region) } }
      : {}),
  };
  tx.put('images', imageId, image);
  narrateCopy(tx, image, source, { encrypted, crossRegion, sourceEncrypted });
  if (source.ownerId !== tx.account && image.state !== 'failed') {
    const snapshots = image.blockDeviceMappings.flatMap((m) => (m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []));
    narrateCrossAccountCopy(tx, {
      what: `AMI ${source.id}`,
      copyId: image.id,
      sourceOwner: source.ownerId,
      storage: snapshots.length ? `its snapshot${snapshots.length === 1 ? '' : 's'} ${snapshots.join(', ')}` : 'it',
    });
  }
  return { ImageId: imageId };
}

function narrateCopy(
  tx: Tx,
  image: Image,
  source: Image,
  ctx: { encrypted: boolean | undefined; crossRegion: boolean; sourceEncrypted: boolean },
): void {
  const copyEncrypted = image.blockDeviceMappings.some((m) => m.Ebs?.Encrypted);
  const key = image.blockDeviceMappings.find((m) => m.Ebs?.KmsKeyId)?.Ebs?.KmsKeyId;
  if (ctx.sourceEncrypted && ctx.encrypted === false) {
    tx.event({
      type: 'notice',
      message: `${image.id} stays encrypted: Encrypted=false can not decrypt ${source.id}. Encrypted-to-unencrypted is the one copy AWS does not support; encryption can be added to a copy but never removed.`,
      resourceId: image.id,
      data: { rule: 68 },
    });
  } else if (!ctx.sourceEncrypted && copyEncrypted && ctx.encrypted !== true && encryptionByDefault(tx)) {
    tx.event({
      type: 'notice',
      message: `${image.id} is encrypted because EBS encryption by default is enabled for account ${tx.account} in ${tx.region}.`,
      resourceId: image.id,
      data: { rule: 68 },
    });
  }
  if (image.state === 'failed') {
    tx.event({
      type: 'failed',
      message: `CopyImage was accepted, but ${image.id} failed: ${image.stateReason?.Message ?? ''}`,
      resourceId: image.id,
      from: 'pending',
      to: 'failed',
      data: { rule: 64 },
    });
    return;
  }
  const where = ctx.crossRegion ? `in ${tx.region} from ${source.region}` : `in ${tx.region}`;
  const crypto = copyEncrypted
    ? ` Its snapshots are encrypted with ${key ?? 'the default key'}${ctx.crossRegion ? ` — a key of ${tx.region}: KMS keys are regional` : ''}.`
    : '';
  tx.event({
    type: 'created',
    message: `AMI ${image.id} is a copy ${where} of ${source.id}, with a new id and new snapshots; launch permissions were not copied, so it is private.${crypto}`,
    resourceId: image.id,
    from: 'pending',
    to: 'available',
  });
}

const ACCOUNT_ID = /^\d{12}$/;

/** What ModifyImageAttribute can not change: the AMI's contents (course: an AMI cannot be edited). */
const CONTENT_MEMBERS = ['BlockDeviceMappings', 'RootDeviceName', 'Architecture', 'KernelId', 'RamdiskId', 'SriovNetSupport', 'EnaSupport', 'ProductCodes', 'Name'] as const;
const CONTENT_ATTRIBUTES = new Set([
  'blockDeviceMapping',
  'rootDeviceName',
  'architecture',
  'kernel',
  'ramdisk',
  'sriovNetSupport',
  'enaSupport',
  'productCodes',
  'name',
  'virtualizationType',
  'platform',
]);

function refuseContentChange(image: Image, p: Params): void {
  const attribute = p.optStr('Attribute');
  const member = CONTENT_MEMBERS.find((m) => p.has(m));
  const what = attribute !== undefined && CONTENT_ATTRIBUTES.has(attribute) ? attribute : member;
  if (what === undefined) return;
  refuse(
    'ami.immutable',
    `Value (${what}) for parameter attribute is invalid. AMI ${image.id} can not be edited: only its launch permissions and description can be modified.`,
    {
      resources: [image.id],
      scope: { kind: 'parameter', to: what },
      fix: `Launch an instance from ${image.id}, change it, then CreateImage to make a new AMI (and deregister ${image.id} when you no longer need it).`,
    },
  );
}

function imageIsEncrypted(tx: Tx, image: Image): boolean {
  return image.blockDeviceMappings.some((m) => m.Ebs?.Encrypted || (m.Ebs?.SnapshotId && tx.get('snapshots', m.Ebs.SnapshotId)?.encrypted));
}

function usesAwsManagedKey(tx: Tx, image: Image): boolean {
  return image.blockDeviceMappings.some((m) => {
    if (!m.Ebs) return false;
    const snap = m.Ebs.SnapshotId ? tx.get('snapshots', m.Ebs.SnapshotId) : undefined;
    const encrypted = snap?.encrypted ?? m.Ebs.Encrypted;
    return encrypted && isAwsManagedKey(tx, snap?.kmsKeyId ?? m.Ebs.KmsKeyId);
  });
}

function modifyImageAttribute(tx: Tx, p: Params) {
  const image = findOwnedImage(tx, p.str('ImageId'), 'modify');
  refuseContentChange(image, p);
  const attribute = p.optStr('Attribute');
  const value = p.optStr('Value');
  if (value !== undefined && attribute !== 'description') {
    return invalid('Value', value, 'Value sets the description attribute only (Attribute=description).');
  }
  const description = p.optObj('Description')?.optStr('Value') ?? value;
  if (description !== undefined) {
    tx.update('images', image.id, { description });
    tx.event({ type: 'attribute', message: `Description of ${image.id} changed.`, resourceId: image.id });
    return {};
  }
  const { add, remove, given } = readPermissionChanges(p, 'LaunchPermission', 'launchPermission', 'UserGroups');
  if (!given) {
    return invalid('Attribute', attribute ?? '', 'Modify launchPermission (LaunchPermission) or description.');
  }
  for (const i of [...add, ...remove]) {
    const bad = i.kind === 'group' ? i.value !== 'all' : !ACCOUNT_ID.test(i.value);
    if (bad) {
      refuse('ami.share.bad-item', `Invalid attribute item value "${i.value}" for ${i.kind === 'group' ? 'group' : 'userId'} item type.`, {
        resources: [image.id],
        scope: { kind: 'parameter', to: 'LaunchPermission' },
      });
    }
  }
  if (add.some((i) => i.kind === 'group') && image.productCodes?.length) {
    refuse(
      'ami.share.public-product-code',
      `Images with product codes can't be made public: ${image.id} carries the AWS Marketplace product code ${image.productCodes.map((c) => c.ProductCodeId).join(', ')}.`,
      { resources: [image.id], scope: { kind: 'permission', to: 'all' }, fix: `Share ${image.id} with specific accounts (LaunchPermission UserId) instead.` },
    );
  }
  if (add.some((i) => i.kind === 'group') && imageIsEncrypted(tx, image)) {
    refuse('ami.share.public-encrypted', "Encrypted snapshots can't be shared publicly. Specify another snapshot.", {
      resources: [image.id],
      scope: { kind: 'permission', to: 'all' },
    });
  }
  if (add.some((i) => i.kind === 'user') && usesAwsManagedKey(tx, image)) {
    refuse('ami.share.aws-managed-key', "Snapshots encrypted with the AWS Managed CMK can't be shared. Specify another snapshot.", {
      resources: [image.id],
      scope: { kind: 'account', from: tx.account, to: add.map((i) => i.value).join(', ') },
      fix: `Copy ${image.id} with Encrypted: true and a customer managed KmsKeyId, then share the copy.`,
    });
  }
  const current = [...image.launchPermissions, ...(image.public ? ['all'] : [])];
  const next = applyPermissionChanges(current, add, remove);
  const isPublic = next.includes('all');
  const accounts = next.filter((v) => v !== 'all');
  tx.update('images', image.id, { public: isPublic, launchPermissions: accounts });
  tx.event({
    type: 'attribute',
    message: isPublic
      ? `AMI ${image.id} is now public in ${tx.region}: every AWS account can launch it.`
      : accounts.length
        ? `AMI ${image.id} can now be launched by ${accounts.join(', ')} (besides its owner), in ${tx.region} only.`
        : `AMI ${image.id} is private again: only its owner ${image.ownerId} can launch it.`,
    resourceId: image.id,
  });
  return {};
}

function describeImageAttribute(tx: Tx, p: Params) {
  const image = findOwnedImage(tx, p.str('ImageId'), 'describe the attributes of');
  const attribute = p.enum('Attribute', ['launchPermission', 'description', 'blockDeviceMapping', 'productCodes'] as const);
  switch (attribute) {
    case 'launchPermission':
      return { ImageId: image.id, LaunchPermissions: sdkPermissions([...(image.public ? ['all'] : []), ...image.launchPermissions]) };
    case 'description':
      return { ImageId: image.id, Description: { Value: image.description } };
    case 'blockDeviceMapping':
      return { ImageId: image.id, BlockDeviceMappings: image.blockDeviceMappings.map(toSdkBlockDeviceMapping) };
    default:
      return { ImageId: image.id, ProductCodes: sdkProductCodes(image) };
  }
}

function describeImages(tx: Tx, p: Params) {
  const ids = p.optStrList('ImageIds');
  const owners = p.optStrList('Owners');
  const executable = p.optStrList('ExecutableUsers');
  let items: Image[];
  if (ids) {
    items = ids.map((id) => {
      const image = tx.get('images', id);
      if (image && image.region === tx.region && image.state === 'deregistered' && image.ownerId === tx.account) return image;
      return findVisibleImage(tx, id);
    });
    items = items.filter((i) => i.state !== 'deregistered');
  } else {
    items = tx.all('images').filter((i) => i.region === tx.region && i.state !== 'deregistered' && canLaunch(i, tx.account));
  }
  if (owners) {
    items = items.filter((i) =>
      owners.some((o) =>
        o === 'self' ? i.ownerId === tx.account : o === 'amazon' || o === 'aws-marketplace' ? imageOwnerAlias(i) === o : i.ownerId === o,
      ),
    );
  }
  if (executable) {
    items = items.filter((i) =>
      executable.some((u) => {
        if (u === 'all') return i.public;
        const account = u === 'self' ? tx.account : u;
        return i.launchPermissions.includes(account) && (u === 'self' || i.ownerId === tx.account || account === tx.account);
      }),
    );
  }
  const images = applyFilters(items, p, {
    'image-id': (i) => i.id,
    name: (i) => i.name,
    state: (i) => i.state,
    'is-public': (i) => i.public,
    'owner-id': (i) => i.ownerId,
    'owner-alias': (i) => imageOwnerAlias(i),
    'product-code': (i) => (i.productCodes ?? []).map((c) => c.ProductCodeId),
    'product-code.type': (i) => (i.productCodes ?? []).map((c) => c.ProductCodeType),
    'root-device-type': (i) => i.rootDeviceType,
    'root-device-name': (i) => i.rootDeviceName,
    architecture: (i) => i.architecture,
    'image-type': () => 'machine',
    'platform-details': (i) => i.platformDetails,
    description: (i) => i.description,
    'virtualization-type': () => 'hvm',
    'block-device-mapping.snapshot-id': (i) => i.blockDeviceMappings.map((m) => m.Ebs?.SnapshotId),
    'block-device-mapping.encrypted': (i) => i.blockDeviceMappings.map((m) => (m.Ebs ? String(m.Ebs.Encrypted) : undefined)),
    'block-device-mapping.device-name': (i) => i.blockDeviceMappings.map((m) => m.DeviceName),
    'block-device-mapping.volume-type': (i) => i.blockDeviceMappings.map((m) => m.Ebs?.VolumeType),
    'block-device-mapping.volume-size': (i) => i.blockDeviceMappings.map((m) => (m.Ebs ? String(m.Ebs.VolumeSize) : undefined)),
  }, toSdkImage);
  return { Images: images.map(toSdkImage) };
}

export const IMAGE_ACTIONS = defineActions([
  {
    type: 'ec2:CreateImage',
    summary: 'Bake an AMI from an EBS-backed instance: snapshots every attached volume',
    run: createImage,
  },
  { type: 'ec2:RegisterImage', summary: 'Register an AMI from an EBS snapshot', run: registerImage },
  { type: 'ec2:DeregisterImage', summary: 'Deregister an AMI (its snapshots stay unless asked)', run: deregisterImage },
  {
    type: 'ec2:CopyImage',
    summary: 'Copy an AMI into this region (SourceRegion), optionally encrypting its snapshots',
    run: copyImage,
  },
  {
    type: 'ec2:ModifyImageAttribute',
    summary: 'Share an AMI with accounts or make it public (LaunchPermission)',
    run: modifyImageAttribute,
  },
  { type: 'ec2:DescribeImageAttribute', summary: 'Launch permissions, description or mappings of an AMI', run: describeImageAttribute, read: true },
  { type: 'ec2:DescribeImages', summary: 'List AMIs you own, Amazon’s, public or shared ones', run: describeImages, read: true },
]);
