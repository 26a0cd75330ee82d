import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { BgIcon, type GlyphName } from '../../icons';
import type { ShelfItemFlowNode, ShelfItemKind } from '../flow-types';
import { highlight, useSelected } from './parts';

const ICONS: Record<ShelfItemKind, GlyphName> = { snapshot: 'snapshot', image: 'ami', kms: 'kms', igw: 'igw' };

/** A regional resource on the shelf (snapshot, AMI, KMS key, detached gateway), or the gateway on its VPC's edge. */
export const ShelfItemNode = memo(function ShelfItemNode({ id, data }: NodeProps<ShelfItemFlowNode>) {
  const selected = useSelected(id);
  return (
    <article
      data-selected={selected || undefined}
      className={`flex h-full w-full items-center gap-2.5 rounded-xl border border-slate-300 bg-white px-3 shadow-sm dark:border-slate-600 dark:bg-slate-800 ${highlight(selected, undefined, false)}`}
    >
      <BgIcon glyph={ICONS[data.kind]} className="size-8" />
      <div className="min-w-0">
        <p className="truncate font-mono text-[15px] font-bold text-slate-900 dark:text-white">{data.title}</p>
        <p className="truncate text-[15px] text-slate-700 dark:text-slate-300">{data.detail}</p>
      </div>
    </article>
  );
});
