import { useId } from 'react';
import type { World } from '../engine';
import type { HistoryEntry } from '../labs/types';
import { useDraft, type DraftStep } from './draft';
import { previewGoal } from './goal-preview';
import { StepBody } from './StepBody';
import { hint, smallButton } from './ui';

/** One step in the list: a summary row, and its editor when open. */
export function StepEditor({
  step,
  index,
  count,
  world,
  history,
  start,
}: {
  step: DraftStep;
  index: number;
  count: number;
  world: World | null;
  history: readonly HistoryEntry[];
  start: World | null;
}) {
  const id = useId();
  const open = useDraft((s) => s.openStep === step.key);
  const { updateStep, removeStep, moveStep, setOpenStep } = useDraft.getState();
  const update = (patch: Partial<Omit<DraftStep, 'key'>>) => updateStep(step.key, patch);
  const met = step.goals.filter((g) => previewGoal(g, world, history).met).length;
  const name = `Step ${index + 1}`;

  return (
    <li className="rounded-xl border border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-900" data-testid="author-step">
      <div className="flex flex-wrap items-center gap-2 px-3 py-2">
        <button
          type="button"
          className="flex min-w-0 flex-1 items-center gap-2 rounded-md px-1 py-1 text-left focus-visible:outline-2 focus-visible:outline-sky-600"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpenStep(open ? null : step.key)}
        >
          <span aria-hidden className="text-slate-500">
            {open ? '▾' : '▸'}
          </span>
          <span className="font-bold">{name}</span>
          <span className="truncate">{step.title || <span className={hint}>(no title yet)</span>}</span>
          <span className={`${hint} ml-auto shrink-0`}>
            {step.goals.length} goal{step.goals.length === 1 ? '' : 's'}, {met} met now
          </span>
        </button>
        <div className="flex shrink-0 gap-1">
          <button type="button" className={smallButton} disabled={index === 0} onClick={() => moveStep(step.key, -1)} aria-label={`Move ${name} up`}>
            ↑
          </button>
          <button type="button" className={smallButton} disabled={index === count - 1} onClick={() => moveStep(step.key, 1)} aria-label={`Move ${name} down`}>
            ↓
          </button>
          <button type="button" className={smallButton} onClick={() => removeStep(step.key)} aria-label={`Remove ${name}`}>
            Remove
          </button>
        </div>
      </div>

      {open && <StepBody id={`${id}-body`} fieldId={id} step={step} update={update} world={world} history={history} start={start} />}
    </li>
  );
}
