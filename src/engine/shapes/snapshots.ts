import type { Snapshot } from '../model/storage';
import { AMAZON_ACCOUNT } from '../regions';
import { isoAt } from '../time';
import { sdkTags } from './tags';

/** The SDK `Snapshot` of an EBS snapshot (DescribeSnapshots): settled snapshots show 100% progress. */
export function toSdkSnapshot(s: Snapshot) {
  return {
    SnapshotId: s.id,
    VolumeId: s.volumeId,
    State: s.state,
    ...(s.stateMessage ? { StateMessage: s.stateMessage } : {}),
    StartTime: isoAt(s.startTime),
    Progress: s.state === 'completed' ? '100%' : '0%',
    OwnerId: s.ownerId,
    ...(s.ownerId === AMAZON_ACCOUNT ? { OwnerAlias: 'amazon' } : {}),
    Description: s.description,
    VolumeSize: s.volumeSizeGiB,
    Encrypted: s.encrypted,
    ...(s.kmsKeyId ? { KmsKeyId: s.kmsKeyId } : {}),
    StorageTier: 'standard',
    ...sdkTags(s.tags),
  };
}
