import type { Image } from '../../model/storage';
import type { Params } from '../../params';
import type { Tx } from '../../tx';
import { applyFilters } from '../../filters';
import { defineActions } from '../../action-def';
import { imageOwnerAlias, toSdkImage } from '../../shapes/images';
import { canLaunch, findVisibleImage } from './image-lookup';
import { createImage } from './images-create';
import { deregisterImage, registerImage } from './images-register';
import { copyImage } from './images-copy';
import { describeImageAttribute, modifyImageAttribute } from './image-attributes';

/**
 * AMIs: regional images made of EBS snapshots plus a block device mapping, with launch permissions
 * (rules 65–70). CopyImage is called in the destination region. One file per concern: lookup and naming
 * (image-lookup.ts), request mappings (image-mappings.ts), CreateImage, Register/Deregister, CopyImage, attributes;
 * the SDK shapes are in shapes/images.ts. This file lists AMIs and gathers the family's actions.
 */

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
    'block-device-mapping.delete-on-termination': (i) =>
      i.blockDeviceMappings.map((m) => (m.Ebs ? String(m.Ebs.DeleteOnTermination) : undefined)),
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
