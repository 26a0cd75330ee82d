import type { ReactNode } from 'react';
import type { PanelName } from '../../store/panels-slice';
import { useLabStore } from '../../store/store';
import { PanelModeContext, useShell } from '../../store/use-shell';

const OVERLAY_CLASS = {
  drawer: 'absolute inset-y-0 right-0 z-20 flex max-w-[calc(100%-3.5rem)] shadow-2xl',
  sheet:
    'absolute inset-x-0 bottom-0 z-20 flex h-[58%] min-h-64 flex-col overflow-hidden rounded-t-2xl border-t border-slate-300 shadow-[0_-8px_24px_rgba(0,0,0,0.18)] dark:border-slate-700',
} as const;

/**
 * Shows the lab panel or the details panel where the layout puts it: docked beside the canvas, or over the canvas
 * as a drawer (under 1280 px) or a bottom sheet (phone) while it is the open overlay.
 */
export function Dock({ panel, children }: { panel: Exclude<PanelName, 'toolbar'>; children: ReactNode }) {
  const mode = useShell()[panel];
  const open = useLabStore((s) => s.overlay === panel);
  if (mode === 'docked') return <PanelModeContext value="docked">{children}</PanelModeContext>;
  if (!open) return null;
  return (
    <div className={OVERLAY_CLASS[mode]} data-testid={`${panel}-${mode}`}>
      <PanelModeContext value={mode}>{children}</PanelModeContext>
    </div>
  );
}
