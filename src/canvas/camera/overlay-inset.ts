/**
 * How much of the canvas the open drawer (right, under 1280 px) or bottom sheet (phone) covers, in pixels, so the
 * camera frames what matters in the part still seen. Zero when the panels are docked or closed.
 */
import { useLayoutEffect, useState } from 'react';
import { useShell } from '../../store/use-shell';
import { useLabStore } from '../../store/store';

interface OverlayInset {
  right: number;
  bottom: number;
}

const NONE: OverlayInset = { right: 0, bottom: 0 };

export function usePanelOverlayInset(): OverlayInset {
  const overlay = useLabStore((s) => s.overlay);
  const shell = useShell();
  const mode = overlay ? shell[overlay] : 'docked';
  const [inset, setInset] = useState<OverlayInset>(NONE);
  useLayoutEffect(() => {
    const element = overlay && mode !== 'docked' ? document.querySelector(`[data-testid="${overlay}-${mode}"]`) : null;
    const r = element?.getBoundingClientRect();
    const next = !r ? NONE : mode === 'drawer' ? { right: Math.round(r.width), bottom: 0 } : { right: 0, bottom: Math.round(r.height) };
    setInset((now) => (now.right === next.right && now.bottom === next.bottom ? now : next));
  }, [overlay, mode]);
  return inset;
}

/** Marks what floats along the canvas's top edge (the region chips, the panel buttons): the camera frames below it. */
export const TOP_OVERLAY = 'data-canvas-overlay';

/** Sent on `window` when an overlay along the top appears or goes (the region chips): what sits beside it re-places. */
export const TOP_OVERLAY_EVENT = 'canvas-top-overlay';

export function announceTopOverlay(): void {
  window.dispatchEvent(new Event(TOP_OVERLAY_EVENT));
}

/**
 * How far down from the pane's top edge the overlays along it reach (region chips, the panel buttons), in pixels;
 * 0 when there are none. Read from the page when the camera frames, after the overlays have been laid out.
 */
export function topOverlayInset(pane: Element | null | undefined): number {
  if (!pane) return 0;
  const top = pane.getBoundingClientRect().top;
  let bottom = 0;
  for (const el of Array.from(document.querySelectorAll(`[${TOP_OVERLAY}="top"]`))) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) bottom = Math.max(bottom, r.bottom - top);
  }
  return Math.ceil(bottom);
}
