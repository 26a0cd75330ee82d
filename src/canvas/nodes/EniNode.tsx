import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { EniIcon } from '../../icons';
import type { EniFlowNode } from '../flow-types';
import { DropBadge, highlight, useDrop, useSelected } from './parts';

/**
 * A network interface. Attached: a chip on its instance (device index, private IP, public IP). Detached: a card in
 * its subnet that can be dragged onto an instance (or press A for the same list of targets).
 */
export const EniNode = memo(function EniNode({ id, data, dragging }: NodeProps<EniFlowNode>) {
  const selected = useSelected(id);
  const { verdict, hovered } = useDrop(id);
  const { eni } = data;
  const ring = highlight(selected, verdict, hovered);
  if (data.deviceIndex !== undefined) {
    return (
      <div
        data-selected={selected || undefined}
        className={`relative flex h-full w-full items-center gap-1.5 rounded-md border border-violet-300 bg-violet-50 px-1.5 text-[15px] dark:border-violet-700 dark:bg-violet-950 ${ring}`}
      >
        <DropBadge verdict={verdict} hovered={hovered} />
        <span className="rounded bg-violet-700 px-1 font-mono text-[14px] font-bold text-white">eth{data.deviceIndex}</span>
        <span className="truncate font-mono text-[14px] text-slate-800 dark:text-slate-100">{data.privateIp}</span>
        {data.publicIp && (
          <span className="ml-auto truncate font-mono text-[14px] font-semibold text-violet-900 dark:text-violet-200">
            {data.publicIp}
          </span>
        )}
      </div>
    );
  }
  return (
    <article
      data-selected={selected || undefined}
      className={`relative flex h-full w-full items-center gap-2.5 rounded-xl border-2 border-violet-400 bg-white px-3 dark:border-violet-500 dark:bg-slate-800 ${dragging ? 'cursor-grabbing shadow-xl' : 'cursor-grab shadow-sm'} ${ring}`}
    >
      <DropBadge verdict={verdict} hovered={hovered} />
      <EniIcon className="size-8 shrink-0" />
      <div className="min-w-0">
        <p className="truncate font-mono text-[15px] font-bold text-slate-900 dark:text-white">{eni.id}</p>
        <p className="truncate text-[15px] text-slate-700 dark:text-slate-300">
          <span className="font-mono">{data.privateIp}</span>
          {data.publicIp ? <span className="font-mono"> · {data.publicIp}</span> : ' · detached'}
        </p>
      </div>
    </article>
  );
});
