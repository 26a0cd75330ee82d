import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { BgIcon } from '../../icons';
import type { RegionFlowNode } from '../flow-types';
import { Caption, useSelected } from './parts';

/** A Region: the large outer group. Everything else on the canvas is drawn inside it. */
export const RegionNode = memo(function RegionNode({ id, data }: NodeProps<RegionFlowNode>) {
  const selected = useSelected(id);
  return (
    <section
      data-selected={selected || undefined}
      aria-label={`Region ${data.name}`}
      className={`h-full w-full rounded-3xl border-2 border-dashed border-teal-600/70 bg-teal-50/60 px-7 pt-5 dark:border-teal-400/70 dark:bg-teal-950/40 ${selected ? 'outline-4 outline-sky-500' : ''}`}
    >
      <div className="flex items-end justify-between gap-4">
        <div className="flex items-center gap-4">
          <BgIcon glyph="region" className="size-12" />
          <div>
            <Caption className="text-teal-800 dark:text-teal-300">Region{data.home ? '' : ' · another region'}</Caption>
            <h2 className="text-[36px] leading-tight font-bold text-slate-900 dark:text-white">{data.name}</h2>
          </div>
        </div>
        <p className="pb-1 text-lg text-slate-600 dark:text-slate-300">
          {data.lens === 'physical' ? 'Physical view: EC2 hosts in ' : ''}
          {data.zoneCount} Availability Zones
        </p>
      </div>
    </section>
  );
});
