import { useMemo } from 'react';
import type { DraftStart } from './draft';
import { button, card, hint } from './ui';
import { resourceCounts } from './world-options';

/** The start of the lab: what the learner starts from, and a button to capture the canvas as it is now. */
export function StartCard({ ids, start, disabled, onCapture }: { ids: string; start: DraftStart | null; disabled: boolean; onCapture: () => void }) {
  const counts = useMemo(() => (start ? resourceCounts(start.world) : []), [start]);
  return (
    <section className={card} aria-labelledby={`${ids}-start`} data-testid="author-start">
      <h3 id={`${ids}-start`} className="text-lg font-bold">
        Start
      </h3>
      {start === null ? (
        <p className="text-base">Capturing the canvas…</p>
      ) : (
        <>
          <p className="text-base">
            {start.origin === 'canvas'
              ? 'The learner starts from the canvas as it was when you began this lab (or last captured it):'
              : 'The learner starts from the world of the imported lab file:'}
          </p>
          <ul className="mt-2 flex flex-wrap gap-2" data-testid="author-start-counts">
            {counts.length === 0 && <li className={hint}>an empty region (no resources of yours)</li>}
            {counts.map((c) => (
              <li key={c.label} className="rounded-full bg-white px-2.5 py-0.5 text-base ring-1 ring-slate-300 dark:bg-slate-800 dark:ring-slate-600">
                {c.count} {c.label}
              </li>
            ))}
          </ul>
          {start.problem && (
            <p role="alert" className="mt-2 font-medium text-red-800 dark:text-red-300">
              {start.problem}
            </p>
          )}
        </>
      )}
      <button type="button" className={`${button} mt-3`} disabled={disabled} onClick={onCapture}>
        Use the canvas as it is now
      </button>
    </section>
  );
}
