import type { ReactNode } from 'react';
import type { PanelName } from '../../store/panels-slice';
import { useLabStore } from '../../store/store';
import { WIDTHS } from './shell-layout';
import { PanelModeContext, useShell, useWindowWidth } from './use-shell';

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
  const shell = useShell();
  const mode = shell[panel];
  const open = useLabStore((s) => s.overlay === panel);
  const labDocked = useLabStore((s) => s.activeLab !== null) && shell.lab === 'docked';
  const labFolded = useLabStore((s) => s.folded.lab);
  const width = useWindowWidth();
  if (mode === 'docked') return <PanelModeContext value="docked">{children}</PanelModeContext>;
  if (!open) return null;
  // A details drawer beside a docked lab panel opens over the canvas only: the lab's steps stay in view.
  const right = panel === 'details' && mode === 'drawer' && labDocked ? labPanelWidth(width, labFolded) : 0;
  return (
    <div className={OVERLAY_CLASS[mode]} style={right ? { right } : undefined} data-testid={`${panel}-${mode}`}>
      <PanelModeContext value={mode}>{children}</PanelModeContext>
    </div>
  );
}

/** The docked lab panel's width (the lab panel's own classes say the same). */
function labPanelWidth(width: number, folded: boolean): number {
  if (folded) return WIDTHS.labRail;
  return width >= 1536 ? WIDTHS.labWide : WIDTHS.lab;
}
