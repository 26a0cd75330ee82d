import type { Check } from './check';
import { volumeWith } from '../goals';

export const ebsMoveChecks = {
  "ebs-move/volume-restored-snapshot-into-another-az": (volumeWith(
          {
            attached: true,
            fromOwnSnapshot: true,
            where: (v, w) => {
              const snapshot = v.snapshotId ? w.snapshots.get(v.snapshotId) : undefined;
              const source = snapshot ? w.volumes.get(snapshot.volumeId) : undefined;
              return !source || source.az !== v.az;
            },
          },
          'A volume restored from your snapshot into another AZ is attached to an instance',
        )).test,
} satisfies Record<string, Check>;
