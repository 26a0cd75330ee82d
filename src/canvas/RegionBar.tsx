import { useShallow } from 'zustand/react/shallow';
import { useLabStore } from '../store/store';
import { regionChips } from '../view-model/regions';

const chipClass =
  'rounded-full border px-3 py-0.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600';

/**
 * The region chips, in the strip above the canvas (never over it, so nothing drawn is under them): the regions that
 * hold nothing of the learner's are not drawn as boxes; a chip shows one (and hides it again), "All regions" shows
 * every one. Regions with resources are always drawn. The chips wrap rather than scroll out of sight; on a phone the
 * "Other regions:" words are left to screen readers to make room.
 */
export function RegionBar() {
  const { world, choice, setChoice } = useLabStore(
    useShallow((s) => ({ world: s.world, choice: s.regionChoice, setChoice: s.setRegionChoice })),
  );
  const chips = regionChips(world, choice);
  const foldable = chips.filter((c) => !c.holds);
  if (foldable.length === 0) return null;
  const toggle = (name: string) => {
    if (choice === 'all') return setChoice(foldable.filter((c) => c.name !== name).map((c) => c.name));
    setChoice(choice.includes(name) ? choice.filter((n) => n !== name) : [...choice, name]);
  };
  const allShown = foldable.every((c) => c.drawn);
  return (
    <nav aria-label="Regions" className="flex min-w-0 flex-wrap items-center gap-1.5 whitespace-nowrap text-slate-800 dark:text-slate-100">
      <span className="shrink-0 pr-0.5 text-sm text-slate-600 max-sm:sr-only dark:text-slate-300">Other regions:</span>
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
  );
}
