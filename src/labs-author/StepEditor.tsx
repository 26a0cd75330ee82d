import { useId } from 'react';
import type { World } from '../engine';
import { AUTHORED_LIMITS } from '../labs/authoring';
import type { HistoryEntry } from '../labs/types';
import { DEFAULT_GOAL, useDraft, type DraftStep } from './draft';
import { GoalBuilder } from './GoalBuilder';
import { previewGoal } from './goal-preview';
import { button, field, hint, label, smallButton } from './ui';
import { removeAt, replaceAt } from './list-edit';

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

      {open && (
        <div id={`${id}-body`} className="flex flex-col gap-4 border-t border-slate-200 px-4 py-4 dark:border-slate-700">
          <div>
            <label htmlFor={`${id}-title`} className={label}>
              Step title
            </label>
            <input id={`${id}-title`} className={field} value={step.title} maxLength={AUTHORED_LIMITS.stepTitle} placeholder="e.g. Stop the web server" onChange={(e) => update({ title: e.target.value })} />
          </div>
          <div>
            <label htmlFor={`${id}-instruction`} className={label}>
              Instruction <span className="font-normal text-slate-600 dark:text-slate-400">(what to do, in plain words)</span>
            </label>
            <textarea id={`${id}-instruction`} className={`${field} min-h-20`} rows={3} value={step.instruction} maxLength={AUTHORED_LIMITS.instruction} onChange={(e) => update({ instruction: e.target.value })} />
          </div>
          <fieldset className="flex flex-col gap-2">
            <legend className={label}>
              Hints <span className="font-normal text-slate-600 dark:text-slate-400">(shown one at a time; the last nearly gives the answer)</span>
            </legend>
            {step.hints.map((h, i) => (
              <div key={i} className="flex gap-2">
                <input
                  aria-label={`Hint ${i + 1}`}
                  className={field}
                  value={h}
                  maxLength={AUTHORED_LIMITS.hint}
                  onChange={(e) => update({ hints: replaceAt(step.hints, i, e.target.value) })}
                />
                <button type="button" className={smallButton} onClick={() => update({ hints: removeAt(step.hints, i) })} aria-label={`Remove hint ${i + 1}`}>
                  Remove
                </button>
              </div>
            ))}
            <div>
              <button type="button" className={smallButton} disabled={step.hints.length >= AUTHORED_LIMITS.hints} onClick={() => update({ hints: [...step.hints, ''] })}>
                + Add a hint
              </button>
            </div>
          </fieldset>
          <div>
            <label htmlFor={`${id}-why`} className={label}>
              Why <span className="font-normal text-slate-600 dark:text-slate-400">(shown when the step is done: why AWS behaves this way)</span>
            </label>
            <textarea id={`${id}-why`} className={`${field} min-h-20`} rows={3} value={step.why} maxLength={AUTHORED_LIMITS.why} onChange={(e) => update({ why: e.target.value })} />
          </div>
          <div className="flex flex-col gap-3">
            <h3 className="text-lg font-bold">Goals</h3>
            <p className={hint}>The step is done when every goal is met. The preview checks each goal against the canvas now.</p>
            {step.goals.map((goal, i) => (
              <GoalBuilder
                key={i}
                spec={goal}
                index={i}
                world={world}
                history={history}
                start={start}
                onChange={(spec) => update({ goals: replaceAt(step.goals, i, spec) })}
                onRemove={() => update({ goals: removeAt(step.goals, i) })}
              />
            ))}
            <div>
              <button
                type="button"
                className={button}
                disabled={step.goals.length >= AUTHORED_LIMITS.goals}
                onClick={() => update({ goals: [...step.goals, structuredClone(DEFAULT_GOAL)] })}
              >
                + Add a goal
              </button>
            </div>
          </div>
        </div>
      )}
    </li>
  );
}
