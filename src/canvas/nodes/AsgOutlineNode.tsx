import { memo, useCallback, type MouseEvent } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { AutoScalingFlowNode } from '../flow-types';
import { useLabStore } from '../../store/store';
import { groupIdOfPart } from '../layout/asg-outline';
import { useSelected } from './parts';

/** What a part holds, in words: `1 of 2 here`, or an empty part's reason. */
function holds(here: number, total: number): string {
  if (total === 0) return 'no instances';
  return `${here} of ${total} here`;
}

/**
 * One part of an Auto Scaling group's outline: a dashed violet frame around the group's instances in one subnet,
 * with the group's label at its foot (the lines from a target group come down to the cards from above). The frame itself lets the pointer through (its instances and the subnet under it
 * stay clickable and draggable); the label is a button that selects the group, reachable with Tab.
 */
export const AsgOutlineNode = memo(function AsgOutlineNode({ id, data }: NodeProps<AutoScalingFlowNode>) {
  const groupId = groupIdOfPart(id);
  const selected = useSelected(groupId);
  const select = useLabStore((s) => s.select);
  const { group, here, total, part, parts, inService } = data;
  const onClick = useCallback(
    (event: MouseEvent) => {
      event.stopPropagation();
      select(groupId);
    },
    [select, groupId],
  );
  const capacity = `min ${group.minSize} / desired ${group.desiredCapacity} / max ${group.maxSize}`;
  const where = parts > 1 ? `, part ${part} of ${parts} (one per subnet)` : '';
  return (
    <section
      data-kind="auto-scaling-group"
      data-selected={selected || undefined}
      data-group={groupId}
      className={`relative h-full w-full rounded-2xl border-[3px] border-dashed border-violet-600 bg-violet-100/40 dark:border-violet-400 dark:bg-violet-900/25 ${selected ? 'ring-4 ring-sky-500 dark:ring-sky-400' : ''}`}
    >
      <button
        type="button"
        onClick={onClick}
        aria-label={`Auto Scaling group ${group.name}, ${capacity}, ${inService} in service, ${holds(here, total)}${where}`}
        title={`Auto Scaling group ${group.name}: ${capacity}\n${inService} in service · ${group.healthCheckType} health checks${where ? `\nPart ${part} of ${parts}: one outline part per subnet` : ''}`}
        className="nodrag nopan pointer-events-auto absolute right-1.5 bottom-1.5 left-1.5 cursor-pointer rounded-lg bg-white/90 px-2 py-0.5 text-left text-[15px] leading-[22px] hover:bg-violet-50 focus-visible:outline-3 focus-visible:outline-sky-500 dark:bg-slate-900/90 dark:hover:bg-violet-950"
      >
        <span className="block truncate text-violet-900 dark:text-violet-100" data-capacity>
          <b>{group.name}</b> · {capacity}
        </span>
        <span className="block truncate text-slate-700 dark:text-slate-200">
          Auto Scaling group · {holds(here, total)}
        </span>
      </button>
      {here === 0 && (
        <p className="absolute top-2.5 right-2 left-2 truncate text-center text-[15px] text-slate-600 italic dark:text-slate-300">
          {total === 0 ? `No instances (desired ${group.desiredCapacity})` : 'None in this subnet now'}
        </p>
      )}
    </section>
  );
});
