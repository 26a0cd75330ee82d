import { useId, useMemo, useState } from 'react';
import type { Action, World } from '../engine';
import { drillTargets } from './drills';

/** "Drills": pick a running instance, then a failure to play out in front of the room. */
export function DrillMenu({ world, onDrill, className }: { world: World; onDrill: (actions: Action[]) => void; className: string }) {
  const ids = useId();
  const targets = useMemo(() => drillTargets(world), [world]);
  const [chosen, setChosen] = useState('');
  const target = targets.find((t) => t.id === chosen) ?? targets[0];
  return (
    <details className="relative" data-testid="presenter-drills">
      <summary className={`${className} cursor-pointer list-none`}>Drills</summary>
      <div className="absolute right-0 z-10 mt-2 w-[min(28rem,90vw)] rounded-xl border border-slate-300 bg-white p-4 text-lg shadow-2xl dark:border-slate-600 dark:bg-slate-900">
        {target ? (
          <>
            <label htmlFor={`${ids}-target`} className="mb-1 block font-semibold">
              Instance
            </label>
            <select
              id={`${ids}-target`}
              value={target.id}
              onChange={(e) => setChosen(e.target.value)}
              className="mb-3 w-full rounded-lg border border-slate-400 bg-white px-2 py-2 dark:border-slate-500 dark:bg-slate-950"
            >
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
            <ul className="space-y-2">
              {target.drills.map((drill) => (
                <li key={drill.id}>
                  <button
                    type="button"
                    className="w-full rounded-lg border border-slate-300 px-3 py-2 text-left hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-sky-500 dark:border-slate-600 dark:hover:bg-slate-800"
                    onClick={(e) => {
                      e.currentTarget.closest('details')?.removeAttribute('open');
                      onDrill(drill.actions);
                    }}
                  >
                    <span className="block font-semibold">{drill.label}</span>
                    <span className="block text-base text-slate-700 dark:text-slate-300">{drill.watch}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Drills need a running instance at this step.</p>
        )}
      </div>
    </details>
  );
}
