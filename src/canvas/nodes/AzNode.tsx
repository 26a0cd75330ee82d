import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { AzFlowNode } from '../to-flow';

/**
 * An Availability Zone, labelled with both of its names: the ZoneName (`us-east-1a`) is per account, the ZoneId
 * (`use1-az1`) names the same physical location in every account.
 */
export const AzNode = memo(function AzNode({ data }: NodeProps<AzFlowNode>) {
  return (
    <section
      aria-label={`Availability Zone ${data.zoneName}`}
      className="flex h-full w-full flex-col rounded-2xl border-2 border-dashed border-sky-600/80 bg-white/90 p-5 shadow-sm dark:border-sky-400/70 dark:bg-slate-900/80"
    >
      <p className="text-base font-semibold tracking-[0.14em] text-sky-800 uppercase dark:text-sky-300">
        Availability Zone
      </p>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <h3 className="text-[1.75rem] leading-tight font-bold text-slate-900 dark:text-white">{data.zoneName}</h3>
        <span
          title="Zone ID: the same physical zone in every AWS account"
          className="rounded-md bg-sky-100 px-2 py-0.5 font-mono text-base font-medium text-sky-900 dark:bg-sky-900/60 dark:text-sky-100"
        >
          {data.zoneId}
        </span>
      </div>
      {data.subnetCount === 0 && (
        <p className="m-auto text-lg text-slate-500 dark:text-slate-400">No subnets yet</p>
      )}
    </section>
  );
});
