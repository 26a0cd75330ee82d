import { useId, type KeyboardEvent } from 'react';
import { ariaKeyShortcuts, formatKbd, isMacPlatform } from '../commands/keys';
import { PANEL_KEYS } from '../commands/registry';
import { CloseIcon, DetailsIcon, SidebarIcon } from '../ui/icons';
import { usePanelMode } from '../store/use-shell';
import { useLabStore } from '../store/store';
import type { SidePanel as Panel } from '../store/ui-slice';
import { Inspector } from './Inspector';
import { Timeline } from './Timeline';
import { TreeView } from './TreeView';

const TABS: { value: Panel; label: string }[] = [
  { value: 'inspector', label: 'Inspector' },
  { value: 'tree', label: 'Tree' },
];

const mac = isMacPlatform();
const iconButton =
  'inline-flex size-9 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-300 dark:hover:bg-slate-800';

/** The details panel folded to a narrow rail: one button brings it back. */
function FoldedRail() {
  const setFolded = useLabStore((s) => s.setFolded);
  return (
    <aside aria-label="Details" className="flex w-12 shrink-0 flex-col items-center border-l border-slate-200 bg-white py-2 dark:border-slate-800 dark:bg-slate-900">
      <button
        type="button"
        className={iconButton}
        onClick={() => setFolded('details', false)}
        aria-label="Show the details panel"
        title={`Show the details panel: inspector, tree and timeline (${formatKbd(PANEL_KEYS.details, mac)})`}
        aria-keyshortcuts={ariaKeyShortcuts(PANEL_KEYS.details, mac)}
      >
        <DetailsIcon />
      </button>
    </aside>
  );
}

/** Folds the docked panel; closes the drawer or sheet. */
function HideButton() {
  const mode = usePanelMode();
  const setFolded = useLabStore((s) => s.setFolded);
  const setOverlay = useLabStore((s) => s.setOverlay);
  const docked = mode === 'docked';
  return (
    <button
      type="button"
      className={`${iconButton} mb-1 ml-auto self-center`}
      onClick={() => (docked ? setFolded('details', true) : setOverlay(null))}
      aria-label={docked ? 'Fold the details panel' : 'Close the details panel'}
      title={`${docked ? 'Fold' : 'Close'} the details panel (${formatKbd(PANEL_KEYS.details, mac)})`}
      aria-keyshortcuts={ariaKeyShortcuts(PANEL_KEYS.details, mac)}
    >
      {docked ? <SidebarIcon flip /> : <CloseIcon />}
    </button>
  );
}

/** The right-hand side: the inspector or the tree view (tabs), and the timeline below. */
export function SidePanel() {
  const mode = usePanelMode();
  const folded = useLabStore((s) => s.folded.details);
  if (mode === 'docked' && folded) return <FoldedRail />;
  return <DetailsPanel />;
}

function DetailsPanel() {
  const mode = usePanelMode();
  const panel = useLabStore((s) => s.sidePanel);
  const setPanel = useLabStore((s) => s.setSidePanel);
  const timelineOpen = useLabStore((s) => s.timelineOpen);
  const base = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const i = TABS.findIndex((t) => t.value === panel);
    const next = TABS[(i + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setPanel(next.value);
    document.getElementById(`${base}-tab-${next.value}`)?.focus();
  };

  return (
    <aside
      aria-label="Details"
      data-testid="details-panel"
      className={`flex shrink-0 flex-col border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 ${mode === 'sheet' ? 'h-full w-full' : 'w-80 max-w-full border-l'}`}
    >
      <div className="flex shrink-0 items-end border-b border-slate-200 px-2 pt-2 dark:border-slate-800">
      <div role="tablist" aria-label="Details view" className="flex gap-1" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.value}
            id={`${base}-tab-${tab.value}`}
            type="button"
            role="tab"
            aria-selected={panel === tab.value}
            aria-controls={`${base}-panel`}
            tabIndex={panel === tab.value ? 0 : -1}
            onClick={() => setPanel(tab.value)}
            className={`-mb-px rounded-t-lg border-b-2 px-3 py-1.5 text-base font-medium focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 ${
              panel === tab.value
                ? 'border-sky-600 text-slate-900 dark:border-sky-400 dark:text-white'
                : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white'
            }`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <HideButton />
      </div>
      <div
        id={`${base}-panel`}
        role="tabpanel"
        aria-labelledby={`${base}-tab-${panel}`}
        className={`min-h-0 overflow-y-auto ${timelineOpen ? 'flex-[3_1_0%]' : 'flex-1'}`}
      >
        {panel === 'inspector' ? <InspectorOrHint /> : <TreeView />}
      </div>
      <div className={`flex min-h-0 flex-col border-t border-slate-200 dark:border-slate-800 ${timelineOpen ? 'flex-[2_1_0%]' : ''}`}>
        <Timeline />
      </div>
    </aside>
  );
}

function InspectorOrHint() {
  const selection = useLabStore((s) => s.selection);
  return (
    <>
      <Inspector />
      {selection === null && (
        <p className="px-4 py-3 text-base text-slate-600 dark:text-slate-400">
          Select something on the canvas to see its details here.
        </p>
      )}
    </>
  );
}
