import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { BgIcon } from '../../icons';
import type { InstanceFlowNode } from '../flow-types';
import { CHECK_LABEL, CHECK_MARK, parseChecksKey, type CheckValue } from '../../view-model/status-checks';
import { useCardDrag } from '../attach/use-card-drag';
import { useLabStore } from '../../store/store';
import { DropBadge, STATE_STYLE, highlight, useDrop, useSelected } from './parts';

const hidden = { opacity: 0, pointerEvents: 'none' } as const;

const CHECK_STYLE: Record<CheckValue, string> = {
  ok: 'text-emerald-800 dark:text-emerald-300',
  impaired: 'rounded bg-rose-700 px-1 font-semibold text-white',
  initializing: 'text-amber-800 dark:text-amber-300',
  'not-applicable': 'text-slate-500 dark:text-slate-400',
};

/** The three status checks, coloured; an impaired one stands out (the inspector says what it means). */
function CheckRow({ checks }: { checks: string }) {
  const parsed = parseChecksKey(checks);
  return (
    <p className="flex items-center gap-2 whitespace-nowrap text-[14px]" aria-label={`Status checks: ${parsed.map((c) => `${CHECK_LABEL[c.name]} ${c.value}`).join(', ')}`}>
      {parsed.map((c) => (
        <span key={c.name} data-check={c.name} data-value={c.value} className={CHECK_STYLE[c.value]} title={`${CHECK_LABEL[c.name]} status check: ${c.value}`}>
          {CHECK_MARK[c.value]} {c.name === 'ebs' ? 'EBS' : CHECK_LABEL[c.name]}
        </span>
      ))}
    </p>
  );
}

/**
 * An instance card: state (coloured: running green, stopped grey, pending/stopping amber, terminated faded), type,
 * private and public IPv4. Its interfaces (and in the network lens its volumes) are chip nodes drawn inside it.
 */
export const InstanceNode = memo(function InstanceNode({ id, data }: NodeProps<InstanceFlowNode>) {
  const selected = useSelected(id);
  const { verdict, hovered } = useDrop(id);
  const { instance } = data;
  const style = STATE_STYLE[instance.state] ?? STATE_STYLE.stopped!;
  // Once the region has a target group, an instance card can be dragged onto one to register it.
  const onPointerDown = useCardDrag(id);
  const registrable = useLabStore((s) => (s.world?.targetGroups.size ?? 0) > 0) && data.lens === 'network' && instance.state !== 'terminated';
  return (
    <article
      data-selected={selected || undefined}
      data-state={instance.state}
      onPointerDown={registrable ? onPointerDown : undefined}
      className={`relative h-full w-full rounded-xl border border-l-[6px] border-slate-300 bg-white shadow-sm dark:border-slate-600 dark:bg-slate-800 ${style.bar} ${style.card} ${highlight(selected, verdict, hovered)} ${registrable ? 'nodrag nopan cursor-grab' : ''}`}
    >
      <DropBadge verdict={verdict} />
      <div className="py-2 pr-2.5 pl-2.5 text-[15px] leading-[22px]">
        <div className="flex items-center gap-2">
          <BgIcon glyph="instance" className="size-7" />
          {data.name ? (
            <p className="min-w-0 flex-1 truncate text-[17px] font-bold text-slate-900 dark:text-white" title={`Name tag: ${data.name}`}>
              {data.name}
            </p>
          ) : (
            <p className="min-w-0 flex-1 font-mono font-bold whitespace-nowrap text-slate-900 dark:text-white">{instance.id}</p>
          )}
        </div>
        {data.name && <p className="-mt-0.5 font-mono text-[14px] leading-5 whitespace-nowrap text-slate-600 dark:text-slate-300">{instance.id}</p>}
        <p className="mt-0.5 flex items-center gap-2 whitespace-nowrap text-slate-700 dark:text-slate-200">
          <span className={`rounded-full px-2 font-semibold ${style.pill}`}>{instance.state}</span>
          <span className="font-mono font-semibold">{instance.instanceType}</span>
        </p>
        <p className="whitespace-nowrap text-slate-700 dark:text-slate-200">
          Private <span className="font-mono">{data.privateIp ?? '—'}</span>
        </p>
        <p className="whitespace-nowrap text-slate-700 dark:text-slate-200">
          {data.publicIp ? (
            <>
              Public <span className="font-mono font-semibold text-slate-900 dark:text-white">{data.publicIp}</span>
              {data.elastic && (
                <span className="ml-1.5 rounded bg-violet-100 px-1 text-[14px] font-semibold text-violet-900 dark:bg-violet-900 dark:text-violet-100">
                  EIP
                </span>
              )}
            </>
          ) : (
            <span className="text-slate-600 dark:text-slate-400">No public IPv4</span>
          )}
        </p>
        <CheckRow checks={data.checks} />
      </div>
      {data.lens === 'physical' && <Handle type="source" position={Position.Bottom} isConnectable={false} style={hidden} />}
      {data.lens === 'network' && <Handle type="target" position={Position.Top} isConnectable={false} style={hidden} />}
    </article>
  );
});
