import type { Image } from '../../model/storage';
import type { Params } from '../../params';
import { invalid } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { sdkProductCodes, toSdkBlockDeviceMapping } from '../../shapes/images';
import { findOwnedImage } from './image-lookup';
import { isAwsManagedKey } from './kms';
import { applyPermissionChanges, readPermissionChanges, sdkPermissions } from './snapshots';

/**
 * ec2:ModifyImageAttribute and ec2:DescribeImageAttribute: an AMI's launch permissions (sharing, rules 66–67) and
 * description change; its contents never do.
 */

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

/** ec2:ModifyImageAttribute */
export function modifyImageAttribute(tx: Tx, p: Params) {
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

/** ec2:DescribeImageAttribute */
export function describeImageAttribute(tx: Tx, p: Params) {
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
