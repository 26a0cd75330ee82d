import { useEffect, type ReactNode } from 'react';
import { DetailsIcon } from '../../ui/icons';
import { useLabStore } from '../../store/store';
import { useShell } from '../../store/use-shell';

const pill =
  'inline-flex min-h-11 items-center gap-2 rounded-full border border-slate-300 bg-white px-4 py-2 text-base font-semibold text-slate-800 shadow-md hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

function FlaskIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M9 3h6M10 3v6.5L4.8 18.2A1.8 1.8 0 0 0 6.3 21h11.4a1.8 1.8 0 0 0 1.5-2.8L14 9.5V3" />
    </svg>
  );
}

/**
 * Over the canvas, when the lab panel or the details panel is a drawer or a bottom sheet: the buttons that open them
 * (one at a time: opening one closes the other).
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
  if (shell.details !== 'docked') buttons.push({ panel: 'details', label: 'Details', icon: <DetailsIcon /> });
  const shown = buttons.filter((b) => b.panel !== overlay);
  if (shown.length === 0) return null;
  // A drawer covers the right: the buttons then sit at the left (a bottom sheet leaves the top right free); both
  // below the region chips along the canvas's top.
  const side = shell.screen === 'phone' ? 'right-3 items-end' : 'left-3 items-start';
  return (
    <div role="group" aria-label="Panels" className={`pointer-events-none absolute top-16 z-10 flex flex-col gap-2 ${side}`}>
      {shown.map((b) => (
        <button
          key={b.panel}
          type="button"
          className={`${pill} pointer-events-auto`}
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
