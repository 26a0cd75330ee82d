import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { BgIcon } from '../../icons';
import type { AzFlowNode } from '../flow-types';
import { Caption, useSelected } from './parts';

/**
 * An Availability Zone, labelled with both of its names: the ZoneName (`us-east-1a`) is per account, the ZoneId
 * (`use1-az1`) names the same physical location in every account. In the network lens it holds the zone's detached
 * EBS volumes (EBS lives in the zone, not in a VPC) at the foot of its column, which the VPCs cross; in the physical
 * lens its hosts and storage.
 */
export const AzNode = memo(function AzNode({ id, data }: NodeProps<AzFlowNode>) {
  const selected = useSelected(id);
  const note =
    data.lens === 'physical'
      ? data.roomy
        ? 'No instances here yet'
        : null
      : data.roomy && data.subnetCount === 0
        ? 'No subnets yet'
        : null;
  return (
    <section
      data-selected={selected || undefined}
      aria-label={`Availability Zone ${data.zoneName}`}
      className={`relative flex h-full w-full flex-col rounded-2xl border-2 border-dashed ${data.failed ? 'border-rose-600 bg-rose-50/90 dark:border-rose-400 dark:bg-rose-950/60' : 'border-sky-600/80 bg-white/90 dark:border-sky-400/70 dark:bg-slate-900/80'} p-5 shadow-sm ${selected ? 'outline-4 outline-offset-2 outline-sky-500' : ''}`}
    >
      <div className="flex items-center gap-3">
        <BgIcon glyph="zone" className="size-10" />
        <div className="min-w-0 flex-1">
          <Caption className="text-sky-800 dark:text-sky-300">Availability Zone</Caption>
          <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
            <h3 className="text-[28px] leading-tight font-bold text-slate-900 dark:text-white">{data.zoneName}</h3>
            {data.failed && (
              <span data-zone-failed className="rounded-md bg-rose-700 px-2 py-0.5 text-base font-semibold text-white">
                Zone down
              </span>
            )}
            <span
              title="Zone ID: the same physical zone in every AWS account"
              className="rounded-md bg-sky-100 px-2 py-0.5 font-mono text-base font-medium text-sky-900 dark:bg-sky-900/60 dark:text-sky-100"
            >
              {data.zoneId}
            </span>
          </div>
        </div>
      </div>
      {!data.roomy && data.lens === 'network' && data.volumesTop !== undefined && (
        <p style={{ top: data.volumesTop }} className="absolute left-5 text-[16px] text-slate-700 dark:text-slate-300">
          Detached EBS volumes{data.volumeCount === 0 ? ': none' : ''}
        </p>
      )}
      {note && <p className="m-auto text-lg text-slate-600 dark:text-slate-400">{note}</p>}
    </section>
  );
});
