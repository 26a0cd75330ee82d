/**
 * Where each panel goes at a given window width. Wide screens (≥ 1280 px) dock the panels beside the canvas as long
 * as the canvas keeps at least half the width; under 1280 px the lab panel and the details panel become drawers over
 * the canvas, and on a phone (< 768 px) bottom sheets, with the toolbar in the header's menu.
 */
type Screen = 'phone' | 'tablet' | 'wide';
export type PanelMode = 'docked' | 'drawer' | 'sheet';
type ToolbarMode = 'full' | 'rail' | 'menu';

const PHONE_MAX = 767;
const WIDE_MIN = 1280;

/** Docked widths in pixels (the Tailwind classes of each panel say the same). */
export const WIDTHS = {
  toolbar: 224,
  toolbarRail: 56,
  lab: 336,
  labWide: 400,
  labRail: 64,
  details: 320,
  detailsRail: 48,
} as const;

export interface ShellLayout {
  screen: Screen;
  toolbar: ToolbarMode;
  lab: PanelMode;
  details: PanelMode;
}

export function screenFor(width: number): Screen {
  if (width <= PHONE_MAX) return 'phone';
  return width < WIDE_MIN ? 'tablet' : 'wide';
}

interface ShellInput {
  labOpen: boolean;
  folded: { toolbar: boolean; details: boolean; lab: boolean };
}

export function shellLayout(width: number, { labOpen, folded }: ShellInput): ShellLayout {
  const screen = screenFor(width);
  if (screen === 'phone') return { screen, toolbar: 'menu', lab: 'sheet', details: 'sheet' };
  if (screen === 'tablet') return { screen, toolbar: 'rail', lab: 'drawer', details: 'drawer' };
  const toolbar = folded.toolbar ? 'rail' : 'full';
  const toolbarWidth = folded.toolbar ? WIDTHS.toolbarRail : WIDTHS.toolbar;
  const labWidth = !labOpen ? 0 : folded.lab ? WIDTHS.labRail : width >= 1536 ? WIDTHS.labWide : WIDTHS.lab;
  const detailsWidth = folded.details ? WIDTHS.detailsRail : WIDTHS.details;
  // The details panel docks only if the canvas still keeps half the window; otherwise it is a drawer.
  const details = width - toolbarWidth - labWidth - detailsWidth >= width / 2 ? 'docked' : 'drawer';
  return { screen, toolbar, lab: 'docked', details };
}
