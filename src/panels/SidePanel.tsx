import { useId, type KeyboardEvent } from 'react';
import { useLabStore } from '../store/store';
import type { SidePanel as Panel } from '../store/ui-slice';
import { Inspector } from './Inspector';
import { Timeline } from './Timeline';
import { TreeView } from './TreeView';

const TABS: { value: Panel; label: string }[] = [
  { value: 'inspector', label: 'Inspector' },
  { value: 'tree', label: 'Tree' },
];

/** The right-hand side: the inspector or the tree view (tabs), and the timeline below. */
export function SidePanel() {
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
      className="flex w-80 shrink-0 flex-col border-l border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <div role="tablist" aria-label="Details view" className="flex shrink-0 gap-1 border-b border-slate-200 px-2 pt-2 dark:border-slate-800" onKeyDown={onKeyDown}>
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
