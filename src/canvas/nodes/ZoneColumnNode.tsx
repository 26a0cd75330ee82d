import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ZoneColumnFlowNode } from '../flow-types';

/** One Availability Zone's column inside a VPC: the subnets the VPC has there. */
export const ZoneColumnNode = memo(function ZoneColumnNode({ data }: NodeProps<ZoneColumnFlowNode>) {
  return (
    <section
      aria-label={`${data.zoneName} in ${data.vpcId}`}
      className="flex h-full w-full flex-col rounded-xl border-2 border-dashed border-sky-600/70 px-3 pt-2 dark:border-sky-400/60"
    >
      <p className="text-lg font-bold text-sky-800 dark:text-sky-300">{data.zoneName}</p>
      {data.subnetCount === 0 && (
        <p className="m-auto pb-3 text-base text-slate-600 dark:text-slate-400">No subnet in {data.zoneName}</p>
      )}
    </section>
  );
});
