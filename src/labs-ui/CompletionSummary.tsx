import { useId, useMemo } from 'react';
import type { HistoryEntry, Lab } from '../labs/types';
import { ArrowRightIcon, TrophyIcon } from './icons';
import { Questions } from './Questions';
import { button, primaryButton } from '../ui/styles';
import { formatDuration, summarizeLab } from './summary';
import { SummaryRefusals } from './SummaryRefusals';

/**
 * The end of a lab: time taken, actions used against the reference solution, the refusals met and what each one
 * teaches, the questions, and the way on.
 */
export function CompletionSummary({
  lab,
  history,
  startedAt,
  finishedAt,
  solutionShown,
  next,
  onNext,
  onAllLabs,
}: {
  lab: Lab;
  history: readonly HistoryEntry[];
  startedAt: number;
  finishedAt: number;
  solutionShown: boolean;
  next: Lab | undefined;
  onNext: () => void;
  onAllLabs: () => void;
}) {
  const headingId = useId();
  const summary = useMemo(() => summarizeLab(lab, history, startedAt, finishedAt), [lab, history, startedAt, finishedAt]);
  const fewer = summary.actions <= summary.reference;
  return (
    <section aria-labelledby={headingId} data-testid="lab-summary" className="space-y-4">
      <div className="rounded-xl border-2 border-emerald-400 bg-emerald-50 px-4 py-3 dark:border-emerald-700 dark:bg-emerald-950/60">
        <h3 id={headingId} className="flex items-center gap-2 text-xl font-bold text-emerald-900 dark:text-emerald-100">
          <TrophyIcon className="size-6 shrink-0" />
          Lab complete
        </h3>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-base text-emerald-950 dark:text-emerald-50">
          <dt className="font-medium text-emerald-800 dark:text-emerald-300">Time</dt>
          <dd data-testid="lab-summary-time">{formatDuration(summary.durationMs)}</dd>
          <dt className="font-medium text-emerald-800 dark:text-emerald-300">Actions</dt>
          <dd data-testid="lab-summary-actions">
            {summary.actions} sent
            {summary.reference > 0 && <> · the reference solution takes {summary.reference}</>}
            {summary.reference > 0 && fewer && summary.actions > 0 && !solutionShown ? ' — nicely done' : ''}
          </dd>
          {solutionShown && (
            <>
              <dt className="font-medium text-emerald-800 dark:text-emerald-300">Solution</dt>
              <dd>shown — try the lab again on your own later</dd>
            </>
          )}
        </dl>
      </div>

      <SummaryRefusals headingId={`${headingId}-refusals`} refusals={summary.refusals} />

      {lab.questions && <Questions questions={lab.questions} />}

      <div className="flex flex-wrap gap-2 pt-1">
        {next && (
          <button type="button" className={primaryButton} onClick={onNext} data-testid="lab-next">
            Next lab: {next.title}
            <ArrowRightIcon className="size-5 shrink-0" />
          </button>
        )}
        <button type="button" className={button} onClick={onAllLabs}>
          All labs
        </button>
      </div>
    </section>
  );
}
