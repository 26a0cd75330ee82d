import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { BgIcon } from '../../icons';
import type { SubnetFlowNode } from '../flow-types';
import { useSelected } from './parts';

/** A subnet: one AZ, one CIDR block; its instances and detached interfaces are drawn inside. */
export const SubnetNode = memo(function SubnetNode({ id, data }: NodeProps<SubnetFlowNode>) {
  const selected = useSelected(id);
  const { subnet } = data;
  return (
    <section
      data-selected={selected || undefined}
      aria-label={`Subnet ${subnet.id}`}
      className={`flex h-full w-full flex-col rounded-xl border border-sky-300 bg-sky-50 px-3 pt-2 dark:border-sky-800 dark:bg-sky-950/60 ${selected ? 'ring-4 ring-sky-500' : ''}`}
    >
      <div className="flex items-start gap-2.5">
        <BgIcon glyph="subnet" className="mt-0.5 size-8" />
        <div className="min-w-0">
          <p className="truncate text-base font-bold text-slate-900 dark:text-white">
            {data.name ? `${data.name} · ` : ''}
            <span className="font-mono">{subnet.id}</span>
          </p>
          <p className="truncate text-base text-slate-700 dark:text-slate-300">
            <span className="font-mono">{subnet.cidr}</span>
            {subnet.mapPublicIpOnLaunch ? ' · public IPv4 on launch' : ' · no public IPv4 on launch'}
          </p>
        </div>
      </div>
      {data.empty && <p className="m-auto pb-2 text-base text-slate-600 dark:text-slate-400">No instances</p>}
    </section>
  );
});
