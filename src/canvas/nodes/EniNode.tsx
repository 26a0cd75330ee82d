import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { BgIcon } from '../../icons';
import type { EniFlowNode } from '../flow-types';
import { useCardDrag } from '../attach/use-card-drag';
import { DropBadge, highlight, useDrop, useSelected } from './parts';

/**
 * A network interface. Attached: a chip on its instance (device index, private IP, public IP). Detached: a card in
 * its subnet that can be dragged onto an instance (or press A for the same list of targets).
 */
export const EniNode = memo(function EniNode({ id, data }: NodeProps<EniFlowNode>) {
  const selected = useSelected(id);
  const onPointerDown = useCardDrag(id);
  const { verdict, hovered } = useDrop(id);
  const { eni } = data;
  const ring = highlight(selected, verdict, hovered);
  if (data.deviceIndex !== undefined) {
    return (
      <div
        data-selected={selected || undefined}
        className={`relative flex h-full w-full items-center gap-1.5 rounded-md border border-violet-300 bg-violet-50 px-1.5 text-[15px] dark:border-violet-700 dark:bg-violet-950 ${ring}`}
      >
        <DropBadge verdict={verdict} />
        <span className="rounded bg-violet-700 px-1 font-mono text-[14px] font-bold text-white">eth{data.deviceIndex}</span>
        <span className="font-mono text-[14px] whitespace-nowrap text-slate-800 dark:text-slate-100">{data.privateIp}</span>
        {data.publicIp && (
          <span className="ml-auto font-mono text-[14px] font-semibold whitespace-nowrap text-violet-900 dark:text-violet-200">
            {data.publicIp}
          </span>
        )}
      </div>
    );
  }
  // The interface an AWS service owns (an EC2 Instance Connect Endpoint's): it names its owner and is not dragged.
  const owner = eni.managedBy;
  return (
    <article
      data-selected={selected || undefined}
      title={owner ? `${eni.id}: the network interface of EC2 Instance Connect Endpoint ${owner}` : undefined}
      onPointerDown={owner ? undefined : onPointerDown}
      className={`nodrag nopan relative flex h-full w-full items-center gap-2.5 rounded-xl border-2 border-violet-400 bg-white px-3 shadow-sm dark:border-violet-500 dark:bg-slate-800 ${owner ? '' : 'cursor-grab'} ${ring}`}
    >
      <DropBadge verdict={verdict} />
      <BgIcon glyph="eni" className="size-8" />
      <div className="min-w-0">
        <p className="font-mono text-[15px] font-bold whitespace-nowrap text-slate-900 dark:text-white">{owner ?? eni.id}</p>
        <p className="text-[15px] whitespace-nowrap text-slate-700 dark:text-slate-300">
          <span className="font-mono">{data.privateIp}</span>
          {owner ? ' · endpoint' : data.publicIp ? <span className="font-mono"> · {data.publicIp}</span> : ' · detached'}
        </p>
      </div>
    </article>
  );
});
