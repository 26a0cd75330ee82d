import type { BlockDeviceMapping, Image } from '../model/storage';
import { MARKETPLACE_ACCOUNT } from '../regions';
import { isoAt } from '../time';
import { sdkTags } from './tags';

/** SDK shapes of AMIs (DescribeImages, DescribeImageAttribute) and of their product codes (DescribeInstances too). */

/** The SDK `ProductCodes` of an AMI (empty when it carries none). */
export function sdkProductCodes(image: Image | undefined): { ProductCodeId: string; ProductCodeType: string }[] {
  return (image?.productCodes ?? []).map((c) => ({ ProductCodeId: c.ProductCodeId, ProductCodeType: c.ProductCodeType }));
}

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

