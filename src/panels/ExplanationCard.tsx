import { useId } from 'react';
import { BookIcon, CloseIcon } from '../ui/icons';
import { actionLabel } from '../commands/labels';
import type { Refusal } from '../store/ui-slice';
import { courseHref } from '../view-model/course-links';
import { scopeLabel } from './narrate';

/**
 * Why AWS said no: the error code exactly as the API returns it, the message naming the ids, the concept in plain
 * words, the fix, the scope the action would have crossed, and where the course explains it.
 */
export function ExplanationCard({
  refusal,
  onDismiss,
  className = '',
}: {
  refusal: Refusal;
  onDismiss: () => void;
  className?: string;
}) {
  const { error, action } = refusal;
  const titleId = useId();
  const scope = error.scope ? scopeLabel(error.scope) : undefined;
  return (
    <section
      role="alert"
      aria-labelledby={titleId}
      data-testid="explanation-card"
      className={`rounded-xl border-2 border-rose-300 bg-white text-base text-slate-800 shadow-lg dark:border-rose-800 dark:bg-slate-900 dark:text-slate-100 ${className}`}
    >
      <header className="flex items-start justify-between gap-3 border-b border-rose-200 bg-rose-50 px-4 py-3 dark:border-rose-900 dark:bg-rose-950/60">
        <div className="min-w-0">
          <p id={titleId} className="text-sm font-semibold tracking-wide text-rose-800 uppercase dark:text-rose-300">
            AWS refused: {actionLabel(action.type)}
          </p>
          <p className="mt-0.5 font-mono text-xl font-bold break-all text-rose-700 dark:text-rose-300">{error.code}</p>
        </div>
        <button
          type="button"
          onClick={onDismiss}
          aria-label="Dismiss explanation"
          title="Dismiss (Esc)"
          className="shrink-0 rounded-md p-1.5 text-rose-800 hover:bg-rose-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-rose-200 dark:hover:bg-rose-900"
        >
          <CloseIcon />
        </button>
      </header>
      <div className="space-y-2.5 px-4 py-3">
        <p className="font-medium">{error.message}</p>
        {scope && (
          <p className="flex flex-wrap items-center gap-2" data-testid="refusal-scope">
            <span className="text-slate-600 dark:text-slate-400">
              {scope.from && scope.to ? `${scope.kind} crossed:` : `${scope.kind}:`}
            </span>
            {scope.from && <span className="rounded bg-slate-100 px-1.5 font-mono dark:bg-slate-800">{scope.from}</span>}
            {scope.from && scope.to && <span aria-label="to">→</span>}
            {scope.to && <span className="rounded bg-slate-100 px-1.5 font-mono dark:bg-slate-800">{scope.to}</span>}
          </p>
        )}
        <div>
          <h3 className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">Why</h3>
          <p>{error.concept}</p>
        </div>
        <div>
          <h3 className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">Fix</h3>
          <p>{error.fix}</p>
        </div>
        {error.section && (
          <a
            href={courseHref(error.section)}
            className="inline-flex items-center gap-1.5 font-medium text-sky-700 underline underline-offset-2 hover:text-sky-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300 dark:hover:text-sky-100"
          >
            <BookIcon className="size-4" />
            Course: {error.section}
          </a>
        )}
      </div>
    </section>
  );
}
