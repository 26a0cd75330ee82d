import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { BgIcon } from '../../icons';
import type { VpcFlowNode } from '../flow-types';
import { Caption, useSelected } from './parts';

/** A VPC: spans every AZ of its region; its subnets each live in one AZ column. */
export const VpcNode = memo(function VpcNode({ id, data }: NodeProps<VpcFlowNode>) {
  const selected = useSelected(id);
  const { vpc } = data;
  return (
    <section
      data-selected={selected || undefined}
      aria-label={`VPC ${vpc.id}`}
      className={`h-full w-full rounded-2xl border-2 border-green-700 bg-green-50/40 px-5 pt-3 dark:border-green-500 dark:bg-green-950/20 ${selected ? 'outline-4 outline-offset-2 outline-sky-500' : ''}`}
    >
      <div className="flex items-center gap-3" style={data.igwRoom ? { paddingRight: data.igwRoom } : undefined}>
        <BgIcon glyph="vpc" className="size-10" />
        <div className="min-w-0">
          <Caption className="text-green-800 dark:text-green-300">{vpc.isDefault ? 'Default VPC' : 'VPC'}</Caption>
          <h3 className="truncate text-2xl leading-tight font-bold text-slate-900 dark:text-white">
            {data.name ? `${data.name} ` : ''}
            <span className="font-mono text-xl font-semibold">{vpc.id}</span>
            <span className="ml-3 font-mono text-xl font-medium text-slate-700 dark:text-slate-300">
              {vpc.cidrBlocks.map((c) => c.cidr).join(', ')}
            </span>
          </h3>
        </div>
      </div>
    </section>
  );
});
