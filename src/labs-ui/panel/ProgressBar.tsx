import type { LabProgress } from '../../labs/types';

/** Goals met and goals in all, over every step. */
function goalCount(p: LabProgress): { met: number; total: number } {
  let met = 0;
  let total = 0;
  for (const step of p.steps) {
    total += step.goals.length;
    met += step.goals.filter((g) => g.met).length;
  }
  return { met, total };
}

/** The live goal count and the bar under the lab's title. */
export function ProgressBar({ p }: { p: LabProgress }) {
  const { met, total } = goalCount(p);
  const pct = total === 0 ? 100 : Math.round((met / total) * 100);
  const label = `${met} of ${total} goals`;
  return (
    <div className="mt-3">
      <div className="flex items-baseline justify-between gap-2 text-base">
        <span className="font-semibold text-slate-900 dark:text-white" data-testid="lab-goal-count">
          {label}
        </span>
        <span className="text-slate-600 dark:text-slate-400">
          {p.complete ? 'All steps done' : `Step ${p.current + 1} of ${p.total}`}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Goals met"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={met}
        aria-valuetext={label}
        className="mt-1.5 h-3 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-500 ${p.complete ? 'bg-emerald-600 dark:bg-emerald-500' : 'bg-sky-600 dark:bg-sky-400'}`}
          style={{ width: `${pct}%` }}
        />
      </div>
    </div>
  );
}
