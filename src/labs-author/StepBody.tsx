import type { World } from '../engine';
import { AUTHORED_LIMITS } from '../labs/authoring';
import type { HistoryEntry } from '../labs/types';
import { DEFAULT_GOAL, type DraftStep } from './draft';
import { GoalBuilder } from './GoalBuilder';
import { button, field, hint, label, smallButton } from './ui';
import { removeAt, replaceAt } from './list-edit';

type StepPatch = (patch: Partial<Omit<DraftStep, 'key'>>) => void;

interface Canvas {
  world: World | null;
  history: readonly HistoryEntry[];
  start: World | null;
}

/** The hints of a step, shown one at a time; the last nearly gives the answer. */
function StepHints({ step, update }: { step: DraftStep; update: StepPatch }) {
  return (
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
  );
}

/** The goals of a step, each from the builder with a live preview. */
function StepGoals({ step, update, world, history, start }: { step: DraftStep; update: StepPatch } & Canvas) {
  return (
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
  );
}

/** The editor of an open step: title, instruction, hints, why and goals. */
export function StepBody({
  id,
  fieldId,
  step,
  update,
  world,
  history,
  start,
}: { id: string; fieldId: string; step: DraftStep; update: StepPatch } & Canvas) {
  return (
    <div id={id} className="flex flex-col gap-4 border-t border-slate-200 px-4 py-4 dark:border-slate-700">
      <div>
        <label htmlFor={`${fieldId}-title`} className={label}>
          Step title
        </label>
        <input id={`${fieldId}-title`} className={field} value={step.title} maxLength={AUTHORED_LIMITS.stepTitle} placeholder="e.g. Stop the web server" onChange={(e) => update({ title: e.target.value })} />
      </div>
      <div>
        <label htmlFor={`${fieldId}-instruction`} className={label}>
          Instruction <span className="font-normal text-slate-600 dark:text-slate-400">(what to do, in plain words)</span>
        </label>
        <textarea id={`${fieldId}-instruction`} className={`${field} min-h-20`} rows={3} value={step.instruction} maxLength={AUTHORED_LIMITS.instruction} onChange={(e) => update({ instruction: e.target.value })} />
      </div>
      <StepHints step={step} update={update} />
      <div>
        <label htmlFor={`${fieldId}-why`} className={label}>
          Why <span className="font-normal text-slate-600 dark:text-slate-400">(shown when the step is done: why AWS behaves this way)</span>
        </label>
        <textarea id={`${fieldId}-why`} className={`${field} min-h-20`} rows={3} value={step.why} maxLength={AUTHORED_LIMITS.why} onChange={(e) => update({ why: e.target.value })} />
      </div>
      <StepGoals step={step} update={update} world={world} history={history} start={start} />
    </div>
  );
}
