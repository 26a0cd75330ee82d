import type { Image } from '../../model/storage';
import type { Instance } from '../../model/instances';
import type { Params } from '../../params';
import type { Tx } from '../../tx';
import { notFound } from '../../lookup';

/**
 * Storage side of the instance lifecycle (owned by the storage family: volumes, snapshots, images).
 * The instance family calls these through ../lifecycle.ts; they must only write through `tx`.
 */

/** The AMI a launch in the acting region/account may use: owned, public, or shared with the account. */
export function findLaunchableImage(tx: Tx, imageId: string): Image {
  const image = tx.get('images', imageId);
  const visible =
    image &&
    image.region === tx.region &&
    image.state === 'available' &&
    (image.ownerId === tx.account || image.public || image.launchPermissions.includes(tx.account));
  if (!visible) return notFound('images', imageId);
  return image;
}

/** Create the root and mapped EBS volumes (and instance store) of a freshly launched instance. */
export function launchStorage(_tx: Tx, _instance: Instance, _image: Image, _p: Params): void {}

/** The instance is now stopped: instance store contents are gone. */
export function storageOnStop(_tx: Tx, _instance: Instance): void {}

/** The instance is now terminated: delete volumes marked DeleteOnTermination, detach the others. */
export function storageOnTerminate(_tx: Tx, _instance: Instance): void {}

/** DescribeInstances `BlockDeviceMappings` for an instance (SDK v3 InstanceBlockDeviceMapping[]). */
export function instanceBlockDeviceMappings(_tx: Tx, _instance: Instance): unknown[] {
  return [];
}
