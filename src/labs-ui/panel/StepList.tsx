import { useId } from 'react';
import type { Lab, LabProgress, LabStep, StepProgress } from '../../labs/types';
import { BulbIcon, CheckIcon } from '../icons';
import { button, focusRing } from '../../ui/styles';

type StepState = 'done' | 'current' | 'todo';

function StepMarker({ state, number }: { state: StepState; number: number }) {
  if (state === 'done') {
    return (
      <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-emerald-600 text-white dark:bg-emerald-500 dark:text-slate-950">
        <CheckIcon className="size-4.5" />
      </span>
    );
  }
  return (
    <span
      className={`flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-bold ${
        state === 'current'
          ? 'bg-sky-700 text-white ring-4 ring-sky-200 dark:bg-sky-400 dark:text-slate-950 dark:ring-sky-900'
          : 'border-2 border-slate-300 text-slate-600 dark:border-slate-600 dark:text-slate-400'
      }`}
    >
      {number}
    </span>
  );
}

function Hints({ step, shown, onMore }: { step: LabStep; shown: number; onMore: () => void }) {
  if (step.hints.length === 0) return null;
  return (
    <div className="mt-3 space-y-2">
      {step.hints.slice(0, shown).map((hint, i) => (
        <p
          key={i}
          data-testid="lab-hint"
          className="flex gap-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-base text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-50"
        >
          <BulbIcon className="mt-0.5 size-5 shrink-0 text-amber-700 dark:text-amber-300" />
          <span>
            <span className="sr-only">Hint {i + 1}: </span>
            {hint}
          </span>
        </p>
      ))}
      {shown < step.hints.length && (
        <button type="button" className={`${button} py-1.5`} onClick={onMore}>
          <BulbIcon className="size-5 text-amber-600 dark:text-amber-300" />
          Show hint {shown + 1} of {step.hints.length}
        </button>
      )}
    </div>
  );
}

function Why({ text, highlight }: { text: string; highlight: boolean }) {
  if (!text.trim()) return null;
  return (
    <div
      data-testid={highlight ? 'lab-why' : undefined}
      className={`mt-2 rounded-lg border px-3 py-2 text-base ${
        highlight
          ? 'border-emerald-400 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-50'
          : 'border-slate-200 bg-slate-50 text-slate-800 dark:border-slate-700 dark:bg-slate-800/60 dark:text-slate-200'
      }`}
    >
      <p className="text-sm font-semibold tracking-wide uppercase opacity-80">Why</p>
      <p className="mt-0.5">{text}</p>
    </div>
  );
}

function Goals({ goals }: { goals: StepProgress['goals'] }) {
  return (
    <ul className="mt-2.5 space-y-1.5" aria-label="Goals of this step" data-testid="lab-goals">
      {goals.map((g, gi) => (
        <li key={gi} className="flex items-start gap-2 text-base" data-met={g.met}>
          <span
            className={`mt-0.5 flex size-5 shrink-0 items-center justify-center rounded ${
              g.met ? 'bg-emerald-600 text-white dark:bg-emerald-500 dark:text-slate-950' : 'border-2 border-slate-500 dark:border-slate-400'
            }`}
          >
            {g.met && <CheckIcon className="size-3.5" />}
          </span>
          <span className={g.met ? 'text-slate-700 dark:text-slate-300' : 'text-slate-900 dark:text-slate-100'}>
            <span className="sr-only">{g.met ? 'Met: ' : 'Not met yet: '}</span>
            {g.label}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A done step's "why": shown open just after the step is done, folded behind "Why?" after that. */
function DoneWhy({ step, justDone }: { step: LabStep; justDone: boolean }) {
  if (justDone) return <Why text={step.why} highlight />;
  return (
    <details className="group mt-1">
      <summary className={`cursor-pointer rounded text-base text-sky-800 underline decoration-dotted underline-offset-4 dark:text-sky-300 ${focusRing}`}>
        Why?
      </summary>
      <Why text={step.why} highlight={false} />
    </details>
  );
}

interface StepItemProps {
  step: LabStep;
  index: number;
  state: StepState;
  progress: StepProgress | undefined;
  justDone: boolean;
  hints: number;
  onHint: () => void;
}

function StepItem({ step, index, state, progress, justDone, hints, onHint }: StepItemProps) {
  return (
    <li
      data-testid="lab-step"
      data-state={state}
      aria-current={state === 'current' ? 'step' : undefined}
      className={`rounded-xl px-3 py-2.5 ${state === 'current' ? 'bg-sky-50 ring-1 ring-sky-200 dark:bg-sky-950/40 dark:ring-sky-900' : ''}`}
    >
      <div className="flex items-start gap-3">
        <StepMarker state={state} number={index + 1} />
        <div className="min-w-0 flex-1">
          <p
            className={`pt-0.5 text-base leading-snug font-semibold ${
              state === 'todo' ? 'text-slate-600 dark:text-slate-400' : 'text-slate-900 dark:text-white'
            }`}
          >
            <span className="sr-only">{state === 'done' ? 'Done: ' : state === 'current' ? 'Now: ' : 'Later: '}</span>
            {step.title}
          </p>
          {state === 'current' && (
            <>
              <p className="mt-1.5 text-base [overflow-wrap:anywhere] text-slate-800 dark:text-slate-200" data-testid="lab-instruction">
                {step.instruction}
              </p>
              <Goals goals={progress?.goals ?? []} />
              <Hints step={step} shown={hints} onMore={onHint} />
            </>
          )}
          {state === 'done' && <DoneWhy step={step} justDone={justDone} />}
        </div>
      </div>
    </li>
  );
}

/** The lab's steps with checkmarks; the current one with its instruction, goals and hints; the "why" of each done. */
export function Steps({
  lab,
  p,
  justDone,
  hints,
  onHint,
}: {
  lab: Lab;
  p: LabProgress;
  justDone: string | null;
  hints: Record<string, number>;
  onHint: (stepId: string) => void;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="sr-only">
        Steps
      </h3>
      <ol className="space-y-1" data-testid="lab-steps">
        {lab.steps.map((step, i) => {
          const sp = p.steps[i];
          return (
            <StepItem
              key={step.id}
              step={step}
              index={i}
              state={sp?.done ? 'done' : i === p.current ? 'current' : 'todo'}
              progress={sp}
              justDone={justDone === step.id}
              hints={hints[step.id] ?? 0}
              onHint={() => onHint(step.id)}
            />
          );
        })}
      </ol>
    </section>
  );
}
