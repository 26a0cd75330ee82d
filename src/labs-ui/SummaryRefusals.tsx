import { BookIcon } from '../ui/icons';
import { courseHref } from '../view-model/course-links';
import { eyebrow, focusRing } from '../ui/styles';
import type { RefusalMet } from './summary';

/** The refusals the learner met in a lab, each with what it teaches and the course section. */
export function SummaryRefusals({ headingId, refusals }: { headingId: string; refusals: readonly RefusalMet[] }) {
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className={eyebrow}>
        Refusals you met
      </h3>
      {refusals.length === 0 ? (
        <p className="text-base text-slate-700 dark:text-slate-300">None: AWS accepted every action you sent.</p>
      ) : (
        <ul className="space-y-2" data-testid="lab-summary-refusals">
          {refusals.map((r) => (
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
  );
}
