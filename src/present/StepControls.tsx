import { useId, useState } from 'react';

const control =
  'inline-flex min-h-12 items-center justify-center gap-2 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base font-semibold text-slate-900 sm:px-4 sm:text-xl hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-500 disabled:opacity-40 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-50 dark:hover:bg-slate-700';

/** Previous / Next, "Step 7 of 12", a scrubber with one tick per step, and a box to jump to step N. */
export function StepControls({ index, total, goTo }: { index: number; total: number; goTo: (step: number) => void }) {
  const ids = useId();
  const [jump, setJump] = useState('');
  return (
    <div className="flex flex-wrap items-center gap-2 px-3 pb-3 sm:gap-3 sm:px-8 sm:pb-4" data-testid="presenter-controls">
      <button type="button" className={control} disabled={index <= 0} onClick={() => goTo(index - 1)} aria-keyshortcuts="ArrowLeft PageUp">
        ← Previous
      </button>
      <button type="button" className={control} disabled={index >= total} onClick={() => goTo(index + 1)} aria-keyshortcuts="ArrowRight PageDown Space">
        Next →
      </button>
      <p className="text-base font-semibold tabular-nums sm:min-w-36 sm:text-xl" aria-live="polite" data-testid="presenter-step">
        Step {index} of {total}
      </p>
      <label htmlFor={`${ids}-scrub`} className="sr-only">
        Step
      </label>
      <input
        id={`${ids}-scrub`}
        type="range"
        min={0}
        max={total}
        step={1}
        value={index}
        list={`${ids}-ticks`}
        onChange={(e) => goTo(Number(e.target.value))}
        className="h-8 min-w-0 flex-1 basis-full accent-sky-600 sm:min-w-24 sm:basis-auto"
        data-testid="presenter-scrubber"
      />
      <datalist id={`${ids}-ticks`}>
        {Array.from({ length: Math.min(total, 500) + 1 }, (_, i) => (
          <option key={i} value={i} />
        ))}
      </datalist>
      <form
        className="flex items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number.parseInt(jump, 10);
          if (Number.isFinite(n)) goTo(n);
          setJump('');
        }}
      >
        <label htmlFor={`${ids}-jump`} className="text-base sm:text-xl">
          Go to step
        </label>
        <input
          id={`${ids}-jump`}
          inputMode="numeric"
          value={jump}
          onChange={(e) => setJump(e.target.value.replace(/\D/g, '').slice(0, 5))}
          className="w-16 rounded-lg border border-slate-400 bg-white px-2 py-2 text-base sm:w-20 sm:text-xl dark:border-slate-500 dark:bg-slate-900"
        />
        <button type="submit" className={control}>
          Go
        </button>
      </form>
    </div>
  );
}
