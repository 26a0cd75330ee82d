import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { RegionFlowNode } from '../to-flow';

/** A Region: the large outer group. Its Availability Zones are child nodes drawn inside it. */
export const RegionNode = memo(function RegionNode({ data }: NodeProps<RegionFlowNode>) {
  return (
    <section
      aria-label={`Region ${data.name}`}
      className="h-full w-full rounded-3xl border-2 border-dashed border-teal-600/70 bg-teal-50/60 px-7 pt-5 dark:border-teal-400/70 dark:bg-teal-950/40"
    >
      <div className="flex items-end justify-between gap-4">
        <div>
          <p className="text-base font-semibold tracking-[0.14em] text-teal-800 uppercase dark:text-teal-300">Region</p>
          <h2 className="text-[2.25rem] leading-tight font-bold text-slate-900 dark:text-white">{data.name}</h2>
        </div>
        <p className="pb-1 text-lg text-slate-600 dark:text-slate-300">
          {data.zoneCount} Availability Zones
        </p>
      </div>
    </section>
  );
});
