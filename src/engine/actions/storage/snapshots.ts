import type { Tag } from '../../model/common';
import type { Snapshot, Volume } from '../../model/storage';
import { mustFind } from '../../lookup';
import type { Params } from '../../params';
import { invalid, missing } from '../../params';
import { refuse } from '../../refusal';
import { AMAZON_ACCOUNT } from '../../regions';
import type { Tx } from '../../tx';
import { applyFilters } from '../../filters';
import { sdkTags } from '../../shapes/tags';
import { toSdkSnapshot } from '../../shapes/snapshots';
import { chooseEncryption, isAwsManagedKey, missingKeyMessage, type EncryptionChoice } from './kms';
import { isoAt } from '../../time';
import { defineActions } from '../../action-def';
import { canRestore, findRestorableSnapshot } from './volumes';

/**
 * EBS snapshots: regional point-in-time copies of a volume (they are how data leaves an AZ), copied between
 * regions with CopySnapshot and shared through createVolumePermission (rules 63, 64, 68–70).
 */

/** Snapshot a volume (settled `completed`); the snapshot inherits the volume's encryption and key. */
export function snapshotVolume(tx: Tx, volume: Volume, description: string, tags: Tag[]): Snapshot {
  const snapshot: Snapshot = {
    ownerId: tx.account,
    region: tx.region,
    tags,
    id: tx.id('snap'),
    volumeId: volume.id,
    volumeSizeGiB: volume.sizeGiB,
    encrypted: volume.encrypted,
    ...(volume.kmsKeyId ? { kmsKeyId: volume.kmsKeyId } : {}),
    state: 'completed',
    startTime: tx.now,
    description,
    createVolumePermissions: [],
  };
  tx.put('snapshots', snapshot.id, snapshot);
  tx.event({
    type: 'created',
    message: `Snapshot ${snapshot.id} of ${volume.id} (${volume.sizeGiB} GiB${volume.encrypted ? ', encrypted' : ''}) completed; snapshots are regional, stored in S3.`,
    resourceId: snapshot.id,
    from: 'pending',
    to: 'completed',
  });
  return snapshot;
}

export interface SnapshotCopy {
  encryption: EncryptionChoice;
  description: string;
  tags: Tag[];
}

/**
 * Write the copy of a snapshot into the acting region and account. A copy whose KMS key does not exist in the
 * region is accepted and ends in `error` (rule 64).
 */
export function putSnapshotCopy(tx: Tx, source: Snapshot, copy: SnapshotCopy): Snapshot {
  const { encryption } = copy;
  const failed = encryption.keyMissing !== undefined;
  const snapshot: Snapshot = {
    ownerId: tx.account,
    region: tx.region,
    tags: copy.tags,
    id: tx.id('snap'),
    // Copies report a placeholder volume id, as AWS does.
    volumeId: 'vol-ffffffff',
    volumeSizeGiB: source.volumeSizeGiB,
    encrypted: encryption.encrypted,
    ...(encryption.kmsKeyId ? { kmsKeyId: encryption.kmsKeyId } : {}),
    state: failed ? 'error' : 'completed',
    ...(failed ? { stateMessage: missingKeyMessage(encryption.keyMissing ?? '', tx.region) } : {}),
    startTime: tx.now,
    description: copy.description,
    sourceSnapshotId: source.id,
    sourceRegion: source.region,
    createVolumePermissions: [],
  };
  tx.put('snapshots', snapshot.id, snapshot);
  return snapshot;
}

function createSnapshot(tx: Tx, p: Params) {
  const volume = mustFind(tx, 'volumes', p.str('VolumeId'));
  const snapshot = snapshotVolume(tx, volume, p.optStr('Description') ?? '', p.tagsFor('snapshot'));
  return toSdkSnapshot(snapshot);
}

/** The region named by SourceRegion, refused in AWS's words when the lab does not model it. */
export function sourceRegion(tx: Tx, p: Params): string {
  const region = p.str('SourceRegion');
  if (!Object.hasOwn(tx.base.regions, region)) {
    refuse('request.unknown-region', `The region '${region}' is not one the lab models.`, {
      scope: { kind: 'region', to: region },
    });
  }
  return region;
}

/**
 * Course "Cross-account copying": copying something another account owns splits the bill. The source's owner pays
 * the transfer (EBS/S3 data transfer fees); the copying account pays the storage of its copy in the destination.
 */
export function narrateCrossAccountCopy(
  tx: Tx,
  args: { what: string; copyId: string; sourceOwner: string; storage: string },
): void {
  tx.event({
    type: 'notice',
    message: `Cross-account copy: account ${args.sourceOwner} owns ${args.what} and pays the data transfer of this copy (standard EBS/S3 transfer fees); account ${tx.account} owns ${args.copyId} and pays the storage of ${args.storage} in ${tx.region} from now on.`,
    resourceId: args.copyId,
    data: { sourceOwner: args.sourceOwner, payer: tx.account, section: 'Cross-account copying' },
  });
}

function copySnapshot(tx: Tx, p: Params) {
  const fromRegion = sourceRegion(tx, p);
  const source = findRestorableSnapshot(tx, p.str('SourceSnapshotId'), fromRegion);
  if (source.state !== 'completed') {
    refuse('request.not-found', `Snapshot '${source.id}' is in state ${source.state} and can not be copied.`, {
      code: 'IncorrectState',
      resources: [source.id],
    });
  }
  const encrypted = p.optBool('Encrypted');
  const kmsKeyId = p.optStr('KmsKeyId');
  const crossRegion = fromRegion !== tx.region;
  const encryption = chooseEncryption(tx, {
    region: tx.region,
    account: tx.account,
    sourceEncrypted: source.encrypted,
    ...(source.kmsKeyId ? { sourceKmsKeyId: source.kmsKeyId } : {}),
    keepSourceKey: !crossRegion && source.ownerId === tx.account,
    ...(encrypted !== undefined ? { encrypted } : {}),
    ...(kmsKeyId !== undefined ? { kmsKeyId } : {}),
    what: `copy of ${source.id}`,
  });
  const copy = putSnapshotCopy(tx, source, {
    encryption,
    description: p.optStr('Description') ?? `[Copied ${source.id} from ${fromRegion}]`,
    tags: p.tagsFor('snapshot'),
  });
  if (copy.state === 'error') {
    tx.event({
      type: 'failed',
      message: `Copy ${copy.id} of ${source.id} was accepted but failed: ${copy.stateMessage ?? ''}`,
      resourceId: copy.id,
      from: 'pending',
      to: 'error',
      data: { rule: 64 },
    });
  } else {
    tx.event({
      type: 'created',
      message: `${copy.id} is a ${crossRegion ? `full copy in ${tx.region} of ${source.id} from ${fromRegion}` : `copy of ${source.id}`}${copy.encrypted ? `, encrypted with ${copy.kmsKeyId ?? 'the default key'}` : ''}.`,
      resourceId: copy.id,
      from: 'pending',
      to: 'completed',
    });
  }
  if (source.ownerId !== tx.account && copy.state !== 'error') {
    narrateCrossAccountCopy(tx, { what: `snapshot ${source.id}`, copyId: copy.id, sourceOwner: source.ownerId, storage: copy.id });
  }
  return { SnapshotId: copy.id, ...sdkTags(copy.tags) };
}

function deleteSnapshot(tx: Tx, p: Params) {
  const snapshot = mustFind(tx, 'snapshots', p.str('SnapshotId'));
  const image = tx
    .all('images')
    .find((i) => i.region === snapshot.region && i.state !== 'deregistered' && i.blockDeviceMappings.some((m) => m.Ebs?.SnapshotId === snapshot.id));
  if (image) {
    refuse('snapshot.delete.in-use', `The snapshot ${snapshot.id} is currently in use by ${image.id}`, {
      resources: [snapshot.id, image.id],
      fix: `Deregister ${image.id} first, then delete ${snapshot.id}.`,
    });
  }
  tx.remove('snapshots', snapshot.id);
  tx.event({ type: 'deleted', message: `Snapshot ${snapshot.id} deleted.`, resourceId: snapshot.id });
  return {};
}

function describeSnapshots(tx: Tx, p: Params) {
  const ids = p.optStrList('SnapshotIds');
  const owners = p.optStrList('OwnerIds');
  const restorable = p.optStrList('RestorableByUserIds');
  const visible = tx.all('snapshots').filter((s) => s.region === tx.region && canRestore(s, tx.account));
  let items = ids ? ids.map((id) => visible.find((s) => s.id === id) ?? mustFind(tx, 'snapshots', id)) : visible;
  if (owners) {
    const wanted = owners.map((o) => (o === 'self' ? tx.account : o === 'amazon' ? AMAZON_ACCOUNT : o));
    items = items.filter((s) => wanted.includes(s.ownerId));
  }
  if (restorable) {
    items = items.filter((s) =>
      restorable.some((who) => {
        if (who === 'all') return s.createVolumePermissions.includes('all');
        const account = who === 'self' ? tx.account : who;
        return s.ownerId === account || s.createVolumePermissions.includes(account);
      }),
    );
  }
  const snapshots = applyFilters(items, p, {
    'snapshot-id': (s) => s.id,
    'volume-id': (s) => s.volumeId,
    status: (s) => s.state,
    'owner-id': (s) => s.ownerId,
    'owner-alias': (s) => (s.ownerId === AMAZON_ACCOUNT ? 'amazon' : undefined),
    encrypted: (s) => s.encrypted,
    description: (s) => s.description,
    'volume-size': (s) => s.volumeSizeGiB,
    'start-time': (s) => isoAt(s.startTime),
    'storage-tier': () => 'standard',
  }, toSdkSnapshot);
  return { Snapshots: snapshots.map(toSdkSnapshot) };
}

export interface PermissionItem {
  kind: 'user' | 'group';
  value: string;
}

/**
 * Read permission changes in either SDK form: the structure (`CreateVolumePermission` / `LaunchPermission` with
 * `Add`/`Remove` lists of `{ UserId }` or `{ Group }`) or `Attribute` + `OperationType` + id lists.
 */
export function readPermissionChanges(
  p: Params,
  structure: string,
  attribute: string,
  groupList: string,
): { add: PermissionItem[]; remove: PermissionItem[]; given: boolean } {
  const add: PermissionItem[] = [];
  const remove: PermissionItem[] = [];
  const item = (entry: Params): PermissionItem => {
    const user = entry.optStr('UserId');
    const group = entry.optStr('Group');
    if (user !== undefined) return { kind: 'user', value: user };
    if (group !== undefined) return { kind: 'group', value: group };
    return { kind: 'user', value: '' };
  };
  const struct = p.optObj(structure);
  if (struct) {
    for (const entry of struct.optObjList('Add') ?? []) add.push(item(entry));
    for (const entry of struct.optObjList('Remove') ?? []) remove.push(item(entry));
  }
  const attr = p.optStr('Attribute');
  const users = p.optStrList('UserIds');
  const groups = p.optStrList(groupList);
  if (attr !== undefined && attr !== attribute && !struct) {
    if (users || groups) invalid('Attribute', attr, `UserIds and ${groupList} change ${attribute} only.`);
    return { add, remove, given: false };
  }
  const op = p.optEnum('OperationType', ['add', 'remove'] as const);
  if ((users || groups) && !op) missing('OperationType');
  if (op) {
    const target = op === 'add' ? add : remove;
    for (const user of users ?? []) target.push({ kind: 'user', value: user });
    for (const group of groups ?? []) target.push({ kind: 'group', value: group });
  }
  return { add, remove, given: Boolean(struct) || op !== undefined };
}

/** Apply permission changes to a list of account ids ('all' for the public group). */
export function applyPermissionChanges(current: string[], add: PermissionItem[], remove: PermissionItem[]): string[] {
  const key = (i: PermissionItem) => (i.kind === 'group' ? 'all' : i.value);
  const removed = new Set(remove.map(key));
  const next = current.filter((v) => !removed.has(v));
  for (const i of add) if (!next.includes(key(i))) next.push(key(i));
  return next;
}

const ACCOUNT_ID = /^\d{12}$/;

function modifySnapshotAttribute(tx: Tx, p: Params) {
  const snapshot = mustFind(tx, 'snapshots', p.str('SnapshotId'));
  const { add, remove, given } = readPermissionChanges(p, 'CreateVolumePermission', 'createVolumePermission', 'GroupNames');
  if (!given) invalid('Attribute', p.optStr('Attribute') ?? '', 'Only createVolumePermission can be modified.');
  for (const i of [...add, ...remove]) {
    if (i.kind === 'group' && i.value !== 'all') invalid('Group', i.value, "The only group is 'all'.");
    if (i.kind === 'user' && !ACCOUNT_ID.test(i.value)) invalid('UserId', i.value, 'It must be a 12-digit AWS account id.');
  }
  if (snapshot.encrypted && add.some((i) => i.kind === 'group')) {
    refuse('snapshot.share.public-encrypted', "Encrypted snapshots can't be shared publicly. Specify another snapshot.", {
      resources: [snapshot.id],
      scope: { kind: 'permission', to: 'all' },
    });
  }
  if (snapshot.encrypted && add.length > 0 && isAwsManagedKey(tx, snapshot.kmsKeyId)) {
    refuse('snapshot.share.aws-managed-key', "Snapshots encrypted with the AWS Managed CMK can't be shared. Specify another snapshot.", {
      resources: [snapshot.id],
      scope: { kind: 'account', from: tx.account, to: add.map((i) => i.value).join(', ') },
      fix: `Copy ${snapshot.id} with Encrypted: true and a customer managed KmsKeyId (kms:CreateKey), then share the copy.`,
    });
  }
  const next = applyPermissionChanges(snapshot.createVolumePermissions, add, remove);
  tx.update('snapshots', snapshot.id, { createVolumePermissions: next });
  tx.event({
    type: 'attribute',
    message: `Snapshot ${snapshot.id} can now be restored by ${next.length ? next.join(', ') : 'its owner only'}.`,
    resourceId: snapshot.id,
  });
  return {};
}

export function sdkPermissions(list: string[]) {
  return list.map((v) => (v === 'all' ? { Group: 'all' } : { UserId: v }));
}

function describeSnapshotAttribute(tx: Tx, p: Params) {
  const snapshot = mustFind(tx, 'snapshots', p.str('SnapshotId'));
  const attribute = p.enum('Attribute', ['createVolumePermission', 'productCodes'] as const);
  if (attribute === 'productCodes') return { SnapshotId: snapshot.id, ProductCodes: [] };
  return { SnapshotId: snapshot.id, CreateVolumePermissions: sdkPermissions(snapshot.createVolumePermissions) };
}

export const SNAPSHOT_ACTIONS = defineActions([
  { type: 'ec2:CreateSnapshot', summary: 'Snapshot an EBS volume (regional, inherits its encryption)', run: createSnapshot },
  {
    type: 'ec2:CopySnapshot',
    summary: 'Copy a snapshot into this region (SourceRegion), optionally encrypting it',
    run: copySnapshot,
  },
  { type: 'ec2:DeleteSnapshot', summary: 'Delete a snapshot no AMI uses', run: deleteSnapshot },
  { type: 'ec2:DescribeSnapshots', summary: 'List snapshots you own or may restore', run: describeSnapshots, read: true },
  {
    type: 'ec2:ModifySnapshotAttribute',
    summary: 'Share a snapshot with accounts or make it public (createVolumePermission)',
    run: modifySnapshotAttribute,
  },
  {
    type: 'ec2:DescribeSnapshotAttribute',
    summary: 'Who may create volumes from a snapshot',
    run: describeSnapshotAttribute,
    read: true,
  },
]);
