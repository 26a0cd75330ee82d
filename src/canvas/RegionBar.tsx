import { useLayoutEffect } from 'react';
import { Panel } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { useLabStore } from '../store/store';
import { regionChips } from '../view-model/regions';
import { announceTopOverlay } from './camera/overlay-inset';

const chipClass =
  'rounded-full border px-3 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600';

/**
 * The canvas's region chips: the regions that hold nothing of the learner's are not drawn as boxes; a chip shows
 * one (and hides it again), "All regions" shows every one. Regions with resources are always drawn. The chips wrap
 * rather than scroll out of sight; on a phone the "Other regions:" words are left to screen readers to make room.
 */
export function RegionBar() {
  const { world, choice, setChoice } = useLabStore(
    useShallow((s) => ({ world: s.world, choice: s.regionChoice, setChoice: s.setRegionChoice })),
  );
  const chips = regionChips(world, choice);
  const foldable = chips.filter((c) => !c.holds);
  const shown = foldable.length > 0;
  // React Flow draws its panels once the pane is measured: the panel buttons placed beside us place again.
  useLayoutEffect(() => {
    if (!shown) return;
    announceTopOverlay();
    return () => queueMicrotask(announceTopOverlay); // once the chips are gone from the page
  }, [shown]);
  if (!shown) return null;
  const toggle = (name: string) => {
    if (choice === 'all') return setChoice(foldable.filter((c) => c.name !== name).map((c) => c.name));
    setChoice(choice.includes(name) ? choice.filter((n) => n !== name) : [...choice, name]);
  };
  const allShown = foldable.every((c) => c.drawn);
  return (
    <Panel position="top-left" className="!m-2">
      <nav
        aria-label="Regions"
        data-canvas-overlay="top"
        className="flex max-w-[calc(100cqw-1rem)] flex-wrap items-center whitespace-nowrap gap-1.5 rounded-xl border border-slate-200 bg-white/95 px-2 py-1.5 text-slate-800 shadow-sm dark:border-slate-700 dark:bg-slate-900/95 dark:text-slate-100"
      >
        <span className="shrink-0 px-1 text-sm text-slate-600 max-sm:sr-only dark:text-slate-300">Other regions:</span>
        {foldable.map((chip) => (
          <button
            key={chip.name}
            type="button"
            aria-pressed={chip.drawn}
            title={chip.drawn ? `Hide ${chip.name} (nothing of yours there)` : `Show ${chip.name} (nothing of yours there yet)`}
            onClick={() => toggle(chip.name)}
            className={`${chipClass} ${chip.drawn ? 'border-teal-600 bg-teal-50 text-teal-900 dark:border-teal-400 dark:bg-teal-950 dark:text-teal-100' : 'border-slate-300 bg-white hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700'}`}
          >
            {chip.name}
          </button>
        ))}
        <button
          type="button"
          onClick={() => setChoice(allShown ? [] : 'all')}
          className={`${chipClass} border-slate-300 bg-white hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700`}
        >
          {allShown ? 'Only mine' : 'All regions'}
        </button>
      </nav>
    </Panel>
  );
}
