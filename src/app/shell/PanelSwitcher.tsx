import { useEffect, type ReactNode } from 'react';
import { DetailsIcon } from '../../ui/icons';
import { useLabStore } from '../../store/store';
import { useShell } from '../../store/use-shell';

const pill =
  'inline-flex items-center gap-1.5 rounded-full border border-sky-700 bg-sky-50 px-3 py-0.5 text-sm font-semibold text-sky-950 hover:bg-sky-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-50 dark:hover:bg-sky-900';

function FlaskIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M9 3h6M10 3v6.5L4.8 18.2A1.8 1.8 0 0 0 6.3 21h11.4a1.8 1.8 0 0 0 1.5-2.8L14 9.5V3" />
    </svg>
  );
}

/**
 * In the strip above the canvas (at its right end), when the lab panel or the details panel is a drawer or a bottom
 * sheet: the buttons that open them (one at a time: opening one closes the other).
 * A lab that starts opens its panel at once (its first step is what the learner needs).
 */
export function PanelSwitcher() {
  const shell = useShell();
  const overlay = useLabStore((s) => s.overlay);
  const setOverlay = useLabStore((s) => s.setOverlay);
  const labStartedAt = useLabStore((s) => s.activeLab?.startedAt);
  const labOverlay = shell.lab !== 'docked';
  useEffect(() => {
    if (labStartedAt !== undefined && labOverlay) useLabStore.getState().setOverlay('lab');
    if (labStartedAt === undefined && useLabStore.getState().overlay === 'lab') useLabStore.getState().setOverlay(null);
  }, [labStartedAt, labOverlay]);
  // A panel that docks again is no longer an overlay.
  useEffect(() => {
    if (overlay && shell[overlay] === 'docked') setOverlay(null);
  }, [overlay, shell, setOverlay]);

  const buttons: { panel: 'lab' | 'details'; label: string; icon: ReactNode }[] = [];
  if (labStartedAt !== undefined && labOverlay) buttons.push({ panel: 'lab', label: 'Lab steps', icon: <FlaskIcon /> });
  if (shell.details !== 'docked') buttons.push({ panel: 'details', label: 'Details', icon: <DetailsIcon className="size-4" /> });
  const shown = buttons.filter((b) => b.panel !== overlay);
  if (shown.length === 0) return null;
  return (
    <div role="group" aria-label="Panels" className="ml-auto flex flex-wrap gap-1.5">
      {shown.map((b) => (
        <button
          key={b.panel}
          type="button"
          className={pill}
          aria-expanded={false}
          onClick={() => setOverlay(b.panel)}
        >
          {b.icon}
          {b.label}
        </button>
      ))}
    </div>
  );
}
