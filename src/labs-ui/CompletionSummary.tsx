import { useId, useMemo } from 'react';
import { BookIcon } from '../ui/icons';
import type { HistoryEntry, Lab } from '../labs/types';
import { courseHref } from '../view-model/course-links';
import { ArrowRightIcon, TrophyIcon } from './icons';
import { Questions } from './Questions';
import { button, eyebrow, focusRing, primaryButton } from '../ui/styles';
import { formatDuration, summarizeLab } from './summary';

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

      <section aria-labelledby={`${headingId}-refusals`} className="space-y-2">
        <h3 id={`${headingId}-refusals`} className={eyebrow}>
          Refusals you met
        </h3>
        {summary.refusals.length === 0 ? (
          <p className="text-base text-slate-700 dark:text-slate-300">None: AWS accepted every action you sent.</p>
        ) : (
          <ul className="space-y-2" data-testid="lab-summary-refusals">
            {summary.refusals.map((r) => (
              <li
                key={`${r.code}|${r.rule ?? ''}`}
                className="rounded-xl border border-rose-200 bg-white px-4 py-3 text-base dark:border-rose-900 dark:bg-slate-900"
              >
                <p className="flex flex-wrap items-baseline gap-x-2">
                  <code className="font-mono text-lg font-bold break-all text-rose-800 dark:text-rose-300">{r.code}</code>
                  {r.count > 1 && <span className="text-slate-600 dark:text-slate-400">× {r.count}</span>}
                  {r.staged && (
                    <span className="rounded-full bg-sky-100 px-2 py-0.5 text-sm font-semibold text-sky-900 dark:bg-sky-900/70 dark:text-sky-100">
                      part of the lab
                    </span>
                  )}
                </p>
                {r.entry && (
                  <>
                    <p className="mt-0.5 font-semibold text-slate-900 dark:text-white">{r.entry.title}</p>
                    <p className="mt-0.5 text-slate-700 dark:text-slate-300">{r.entry.concept}</p>
                    <a href={courseHref(r.entry.section)} className={`mt-1 inline-flex items-center gap-1.5 font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100 ${focusRing}`}>
                      <BookIcon className="size-4" />
                      Teaches: {r.entry.section}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

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
