import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { BgIcon } from '../../icons';
import type { VolumeFlowNode } from '../flow-types';
import { useCardDrag } from '../attach/use-card-drag';
import { highlight, useSelected } from './parts';

const hidden = { opacity: 0, pointerEvents: 'none' } as const;

/** An EBS volume: a chip on its instance (network lens), or a card in its AZ that can be dragged onto an instance. */
export const VolumeNode = memo(function VolumeNode({ id, data }: NodeProps<VolumeFlowNode>) {
  const selected = useSelected(id);
  const onPointerDown = useCardDrag(id);
  const { volume } = data;
  const size = `${volume.sizeGiB} GiB ${volume.volumeType}${volume.encrypted ? ' · encrypted' : ''}`;
  if (data.chip) {
    return (
      <div
        data-selected={selected || undefined}
        className={`flex h-full w-full items-center gap-1.5 rounded-md border border-green-300 bg-green-50 px-1.5 text-[15px] dark:border-green-800 dark:bg-green-950 ${highlight(selected, undefined, false)}`}
      >
        <BgIcon glyph="volume" className="size-5" />
        <span className="font-mono whitespace-nowrap text-slate-800 dark:text-slate-100">{volume.attachment?.device}</span>
        <span className="ml-auto shrink-0 whitespace-nowrap text-slate-700 dark:text-slate-300">
          {volume.sizeGiB} GiB {volume.volumeType}
        </span>
      </div>
    );
  }
  return (
    <article
      data-selected={selected || undefined}
      onPointerDown={volume.attachment ? undefined : onPointerDown}
      className={`relative flex h-full w-full items-center gap-2.5 rounded-xl border-2 border-green-600 bg-white px-3 dark:border-green-500 dark:bg-slate-800 ${volume.attachment ? '' : 'nodrag nopan cursor-grab shadow-sm'} ${highlight(selected, undefined, false)}`}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} style={hidden} />
      <BgIcon glyph="volume" className="size-8" />
      <div className="min-w-0">
        <p className="font-mono text-[15px] font-bold whitespace-nowrap text-slate-900 dark:text-white">{volume.id}</p>
        <p className="text-[15px] whitespace-nowrap text-slate-700 dark:text-slate-300">
          {size} · {volume.attachment ? volume.attachment.device : volume.state}
        </p>
      </div>
    </article>
  );
});
