import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { BgIcon } from '../../icons';
import type { HostFlowNode } from '../flow-types';
import { highlight, useSelected } from './parts';

/** A physical EC2 host (physical lens): a shared-tenancy server, or a Dedicated Host you allocated. */
export const HostNode = memo(function HostNode({ id, data }: NodeProps<HostFlowNode>) {
  const selected = useSelected(id);
  const dedicated = data.dedicated;
  return (
    <section
      data-selected={selected || undefined}
      className={`h-full w-full rounded-xl border-2 border-orange-300 bg-orange-50/80 px-3 pt-2 dark:border-orange-800 dark:bg-orange-950/40 ${highlight(selected, undefined, false)}`}
    >
      <div className="flex items-center gap-2">
        <BgIcon glyph="host" className="size-8" />
        <div className="min-w-0">
          <p className="truncate font-mono text-[15px] font-bold text-slate-900 dark:text-white">{data.hostId}</p>
          <p className="truncate text-[15px] text-slate-700 dark:text-slate-300">
            {dedicated
              ? `Dedicated Host · ${dedicated.instanceType ?? `${dedicated.instanceFamily} family`}`
              : 'EC2 host · shared tenancy'}
          </p>
        </div>
      </div>
    </section>
  );
});
