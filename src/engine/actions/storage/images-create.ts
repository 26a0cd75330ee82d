import type { Tag } from '../../model/common';
import type { Instance } from '../../model/instances';
import type { BlockDeviceMapping, EbsMapping, Image } from '../../model/storage';
import { mustFind } from '../../lookup';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { checkImageName, newEbsImage } from './image-lookup';
import { newMapping, readMappings, sizeBelowSnapshot, type RequestedMapping } from './image-mappings';
import { snapshotVolume } from './snapshots';
import { attachedVolumes } from './volume-attachments';

/** ec2:CreateImage: bake an AMI from an EBS-backed instance by snapshotting every attached volume (rules 65, 69). */

function imageTags(p: Params): { image: Tag[]; snapshot: Tag[] } {
  return { image: p.tagsFor('image'), snapshot: p.tagsFor('snapshot') };
}

/** Only an EBS-backed instance that is running or stopped can be imaged. */
function requireImageable(instance: Instance): void {
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
}

/**
 * The new AMI's block device mapping: a snapshot of every attached volume (sizes checked before any snapshot is
 * taken), the instance store (recorded, not captured), then the request's extra devices.
 */
function snapshotMappings(tx: Tx, instance: Instance, requested: RequestedMapping[], imageId: string, snapshotTags: Tag[]): BlockDeviceMapping[] {
  const byDevice = new Map(requested.map((m) => [m.DeviceName, m]));
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
    const snapshot = snapshotVolume(tx, volume, `Created by CreateImage(${instance.id}) for ${imageId}`, snapshotTags);
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
  return mappings;
}

/** The reboot (or the NoReboot warning), the new AMI, and the product codes it inherits. */
function narrateCreate(tx: Tx, instance: Instance, image: Image, noReboot: boolean, source: Image | undefined): void {
  const imageId = image.id;
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
  const mappings = image.blockDeviceMappings;
  tx.event({
    type: 'created',
    message: `AMI ${imageId} '${image.name}' created from ${instance.id}: ${mappings.length} block device mapping${mappings.length === 1 ? '' : 's'}. It is private (only account ${tx.account}) and exists only in ${tx.region}.`,
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
}

/** ec2:CreateImage */
export function createImage(tx: Tx, p: Params) {
  const instance = mustFind(tx, 'instances', p.str('InstanceId'));
  const name = p.str('Name');
  checkImageName(tx, name);
  requireImageable(instance);
  const requested = readMappings(p);
  const noReboot = p.bool('NoReboot', false);
  const tags = imageTags(p);
  const imageId = tx.id('ami');
  const mappings = snapshotMappings(tx, instance, requested, imageId, tags.snapshot);
  const source = tx.get('images', instance.imageId);
  const image: Image = {
    ...newEbsImage(tx, {
      tags: tags.image,
      id: imageId,
      name,
      description: p.optStr('Description') ?? '',
      rootDeviceName: instance.rootDeviceName,
      blockDeviceMappings: mappings,
      architecture: source?.architecture ?? 'x86_64',
      platformDetails: source?.platformDetails ?? 'Linux/UNIX',
    }),
    sourceInstanceId: instance.id,
    ...(source?.productCodes?.length ? { productCodes: source.productCodes.map((c) => ({ ...c })) } : {}),
  };
  tx.put('images', imageId, image);
  narrateCreate(tx, instance, image, noReboot, source);
  return { ImageId: imageId };
}
