import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ShelfFlowNode } from '../flow-types';
import { Caption } from './parts';

/** The region's shelf: things that are regional, in no AZ and no VPC (Elastic IPs, snapshots, AMIs, KMS keys). */
export const ShelfNode = memo(function ShelfNode({ data }: NodeProps<ShelfFlowNode>) {
  return (
    <section
      aria-label={`Regional resources of ${data.region}`}
      className="h-full w-full rounded-2xl border border-slate-300 bg-white/70 px-4 pt-2.5 dark:border-slate-600 dark:bg-slate-900/60"
    >
      <Caption className="text-slate-700 dark:text-slate-300">
        Regional · in no Availability Zone
      </Caption>
    </section>
  );
});
