import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { BgIcon } from '../../icons';
import type { EipFlowNode } from '../flow-types';
import { useCardDrag } from '../attach/use-card-drag';
import { highlight, useSelected } from './parts';

/** An Elastic IP on the region's shelf: a public IPv4 you keep until you release it. Drag it onto an instance or interface. */
export const EipNode = memo(function EipNode({ id, data }: NodeProps<EipFlowNode>) {
  const selected = useSelected(id);
  const onPointerDown = useCardDrag(id);
  const { eip } = data;
  return (
    <article
      data-selected={selected || undefined}
      onPointerDown={onPointerDown}
      className={`nodrag nopan flex h-full w-full cursor-grab items-center gap-2.5 rounded-xl border-2 border-violet-500 bg-white px-3 shadow-sm dark:bg-slate-800 ${highlight(selected, undefined, false)}`}
    >
      <BgIcon glyph="eip" className="size-8" />
      <div className="min-w-0">
        <p className="truncate font-mono text-base font-bold text-slate-900 dark:text-white">{eip.publicIp}</p>
        <p className="truncate text-[15px] text-slate-700 dark:text-slate-300">
          {data.target ? (
            <>
              → <span className="font-mono">{data.target}</span>
            </>
          ) : (
            'Elastic IP · not associated'
          )}
        </p>
      </div>
    </article>
  );
});
