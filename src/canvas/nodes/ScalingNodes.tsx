import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { LoadBalancerFlowNode, TargetGroupFlowNode, TargetHealthLine } from '../flow-types';
import { SCALING, parseHealthKey } from '../layout/scaling-band';
import { Caption, DropBadge, highlight, useDrop, useSelected } from './parts';

const hidden = { opacity: 0, pointerEvents: 'none' } as const;

const HEALTH_PILL: Record<TargetHealthLine['state'], string> = {
  healthy: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/70 dark:text-emerald-100',
  unhealthy: 'bg-rose-700 text-white',
  initial: 'bg-amber-100 text-amber-900 dark:bg-amber-900/70 dark:text-amber-100',
  draining: 'bg-amber-100 text-amber-900 dark:bg-amber-900/70 dark:text-amber-100',
  unused: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
};

/** A load balancer: a wide card across the AZ columns it is enabled in, with its DNS name, scheme and listeners. */
export const LoadBalancerNode = memo(function LoadBalancerNode({ id, data }: NodeProps<LoadBalancerFlowNode>) {
  const selected = useSelected(id);
  const { lb } = data;
  const kind = lb.type === 'application' ? 'Application Load Balancer' : 'Network Load Balancer';
  return (
    <article
      data-selected={selected || undefined}
      data-kind="load-balancer"
      className={`flex h-full w-full flex-col rounded-xl border-2 border-sky-700 bg-white px-4 py-2 text-[15px] leading-[22px] shadow-sm dark:border-sky-400 dark:bg-slate-800 ${highlight(selected, undefined, false)}`}
    >
      <Caption className="text-sky-800 dark:text-sky-300">
        {kind} · {lb.scheme}
      </Caption>
      <p className="truncate text-[18px] font-bold text-slate-900 dark:text-white">
        {lb.name} <span className={`ml-1 rounded-full px-2 text-[15px] font-semibold ${data.state === 'active' ? HEALTH_PILL.healthy : HEALTH_PILL.initial}`}>{data.state}</span>
      </p>
      <p className="truncate font-mono text-slate-700 dark:text-slate-200" title={lb.dnsName}>
        {lb.dnsName}
      </p>
      <p className="truncate text-slate-700 dark:text-slate-200">Zones: {lb.subnets.map((s) => s.az).join(', ')}</p>
      <p className="truncate text-slate-700 dark:text-slate-200" title={data.listeners}>
        {data.listeners ? `Listeners: ${data.listeners.split('\n').join(' · ')}` : 'No listener: it forwards nothing yet'}
      </p>
      <Handle type="source" position={Position.Bottom} isConnectable={false} style={hidden} />
    </article>
  );
});

function TargetLine({ line }: { line: TargetHealthLine }) {
  const why = [line.reason, line.description].filter(Boolean).join(': ');
  return (
    <li className="flex items-center gap-2 whitespace-nowrap" title={why ? `${line.id} ${line.state} — ${why}` : `${line.id} ${line.state}`} data-target={line.id} data-health={line.state}>
      <span className="font-mono">{line.id}</span>
      <span className={`rounded-full px-2 font-semibold ${HEALTH_PILL[line.state]}`}>{line.state}</span>
      {line.reason && <span className="truncate text-[14px] text-slate-600 dark:text-slate-300">{line.reason}</span>}
    </li>
  );
}

/** A target group: its targets and their health (the reason on hover and in the inspector); instances drop here to register. */
export const TargetGroupNode = memo(function TargetGroupNode({ id, data }: NodeProps<TargetGroupFlowNode>) {
  const selected = useSelected(id);
  const { verdict, hovered } = useDrop(id);
  const { tg } = data;
  const lines = parseHealthKey(data.health);
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.state, (counts.get(l.state) ?? 0) + 1);
  const summary = lines.length ? [...counts].map(([state, n]) => `${n} ${state}`).join(' · ') : 'No targets registered';
  return (
    <article
      data-selected={selected || undefined}
      data-kind="target-group"
      className={`relative flex h-full w-full flex-col rounded-xl border-2 border-teal-700 bg-white px-3 py-2 text-[15px] leading-[22px] shadow-sm dark:border-teal-400 dark:bg-slate-800 ${highlight(selected, verdict, hovered)}`}
    >
      <DropBadge verdict={verdict} okText="✓ can register" />
      <Handle type="target" position={Position.Top} isConnectable={false} style={hidden} />
      <Caption className="text-teal-800 dark:text-teal-300">Target group · {tg.protocol}:{tg.port}</Caption>
      <p className="truncate text-[18px] font-bold text-slate-900 dark:text-white">{tg.name}</p>
      <p className="truncate text-slate-700 dark:text-slate-200">{data.usedBy ? `From ${data.usedBy} · ${summary}` : `No load balancer · ${summary}`}</p>
      <ul className="mt-1 space-y-0.5 text-slate-800 dark:text-slate-100">
        {lines.slice(0, SCALING.tgLines).map((l) => (
          <TargetLine key={l.id} line={l} />
        ))}
        {lines.length > SCALING.tgLines && <li>and {lines.length - SCALING.tgLines} more</li>}
      </ul>
      <Handle type="source" position={Position.Bottom} isConnectable={false} style={hidden} />
    </article>
  );
});
