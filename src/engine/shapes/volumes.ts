import type { Volume } from '../model/storage';
import { isoAt } from '../time';
import { sdkTags } from './tags';

/** SDK `Volume` (CreateVolume, DescribeVolumes). */
export function toSdkVolume(v: Volume) {
  return {
    VolumeId: v.id,
    AvailabilityZone: v.az,
    Size: v.sizeGiB,
    SnapshotId: v.snapshotId ?? '',
    State: v.state,
    CreateTime: isoAt(v.createTime),
    VolumeType: v.volumeType,
    ...(v.iops !== undefined ? { Iops: v.iops } : {}),
    ...(v.throughput !== undefined ? { Throughput: v.throughput } : {}),
    Encrypted: v.encrypted,
    ...(v.kmsKeyId ? { KmsKeyId: v.kmsKeyId } : {}),
    MultiAttachEnabled: false,
    Attachments: v.attachment
      ? [
          {
            VolumeId: v.id,
            InstanceId: v.attachment.instanceId,
            Device: v.attachment.device,
            State: 'attached',
            AttachTime: isoAt(v.attachment.attachTime),
            DeleteOnTermination: v.attachment.deleteOnTermination,
          },
        ]
      : [],
    ...sdkTags(v.tags),
  };
}
