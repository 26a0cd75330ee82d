import type { BlockDeviceMapping, Image } from '../../model/storage';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { findVisibleImage, checkImageName } from './image-lookup';
import { checkKmsKeyDependency, chooseEncryption, encryptionByDefault, missingKeyMessage } from './kms';
import { narrateCrossAccountCopy, putSnapshotCopy, sourceRegion } from './snapshots';

/**
 * ec2:CopyImage, called in the destination region: a new AMI with a new id and copies of its snapshots, encrypted as
 * asked (never decrypted, rule 68), private whatever the source's launch permissions were.
 */

/** What the copy asked for, once read and checked. */
interface CopyRequest {
  encrypted: boolean | undefined;
  kmsKeyId: string | undefined;
  crossRegion: boolean;
  imageId: string;
}

/** Copy every snapshot of the source with the encryption chosen for it; a key missing in this region fails the copy. */
function copyMappings(tx: Tx, source: Image, req: CopyRequest): { mappings: BlockDeviceMapping[]; missingKey?: string } {
  const { encrypted, kmsKeyId, crossRegion, imageId } = req;
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
  return { mappings, ...(missingKey !== undefined ? { missingKey } : {}) };
}

/** ec2:CopyImage */
export function copyImage(tx: Tx, p: Params) {
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
  const { mappings, missingKey } = copyMappings(tx, source, { encrypted, kmsKeyId, crossRegion, imageId });
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
