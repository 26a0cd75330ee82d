import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ZoneColumnFlowNode } from '../flow-types';

/**
 * A VPC's part of one Availability Zone's column: the subnets the VPC has there. The zone itself is drawn once, as
 * the column behind the VPCs (AzNode), so this part carries no title of its own.
 */
export const ZoneColumnNode = memo(function ZoneColumnNode({ data }: NodeProps<ZoneColumnFlowNode>) {
  return (
    <section
      aria-label={`${data.zoneName} in ${data.vpcId}`}
      className="flex h-full w-full flex-col px-3"
    >
      {data.subnetCount === 0 && (
        <p className="m-auto text-[16px] text-slate-600 dark:text-slate-400">No subnet in {data.zoneName}</p>
      )}
    </section>
  );
});
