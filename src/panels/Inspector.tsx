import { lazy, Suspense } from 'react';
import { useLabStore } from '../store/store';

/** The details load on first selection: they are not needed for the first screen. */
const InspectorDetails = lazy(() => import('./inspector/InspectorDetails'));

/**
 * The inspector: for the selection, its Describe output as a readable panel and its actions as buttons, each an
 * engine action (the engine accepts it or explains why not).
 */
export function Inspector() {
  const selection = useLabStore((s) => s.selection);
  const ready = useLabStore((s) => s.world !== null);
  if (!selection || !ready) return null;
  return (
    <Suspense fallback={<p className="px-4 py-3 text-base text-slate-600 dark:text-slate-400">Loading details…</p>}>
      <InspectorDetails selection={selection} />
    </Suspense>
  );
}
