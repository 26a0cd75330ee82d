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
    const measure = () => {
      const r = element?.getBoundingClientRect();
      const next = !r ? NONE : mode === 'drawer' ? { right: Math.round(r.width), bottom: 0 } : { right: 0, bottom: Math.round(r.height) };
      setInset((now) => (now.right === next.right && now.bottom === next.bottom ? now : next));
    };
    measure();
    // the sheet's height follows the page's (a banner above the canvas comes or goes): measured again
    const observer = element && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(measure) : undefined;
    if (element) observer?.observe(element);
    return () => observer?.disconnect();
  }, [overlay, mode]);
  return inset;
}

/**
 * Marks what floats along the canvas's top edge (`top`: the region chips, the panel buttons) or its bottom edge
 * (`bottom`: the panel buttons on a phone): the camera frames clear of it.
 */
export const TOP_OVERLAY = 'data-canvas-overlay';

/** Sent on `window` when an overlay along the top appears or goes (the region chips): what sits beside it re-places. */
export const TOP_OVERLAY_EVENT = 'canvas-top-overlay';

export function announceTopOverlay(): void {
  window.dispatchEvent(new Event(TOP_OVERLAY_EVENT));
}

/** The boxes of the overlays along the pane's top edge (region chips, the panel buttons), in pane pixels. */
export function topOverlayRects(pane: Element | null | undefined): { x: number; y: number; width: number; height: number }[] {
  if (!pane) return [];
  const origin = pane.getBoundingClientRect();
  const rects = [];
  for (const el of Array.from(document.querySelectorAll(`[${TOP_OVERLAY}="top"]`))) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) rects.push({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height });
  }
  return rects;
}

/**
 * How far down from the pane's top edge the overlays along it reach (region chips, the panel buttons), in pixels;
 * 0 when there are none. Read from the page when the camera frames, after the overlays have been laid out.
 */
export function topOverlayInset(rects: readonly { y: number; height: number }[]): number {
  return Math.ceil(Math.max(0, ...rects.map((r) => r.y + r.height)));
}

/** How much room the overlays along the pane's bottom edge take (their height and their margin), in pixels. */
export function bottomOverlayReserve(): number {
  let reserve = 0;
  for (const el of Array.from(document.querySelectorAll(`[${TOP_OVERLAY}="bottom"]`))) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) reserve = Math.max(reserve, Math.ceil(r.height) + 20);
  }
  return reserve;
}

/**
 * A number that changes when the overlays along the top come, go or change size (the region chips wrap onto a
 * second line, "All regions" becomes "Only mine"): the camera frames again below them.
 */
export function useTopOverlayVersion(): number {
  const [version, setVersion] = useState(0);
  useLayoutEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(bump);
    const watch = () => {
      observer?.disconnect();
      for (const el of Array.from(document.querySelectorAll(`[${TOP_OVERLAY}]`))) observer?.observe(el);
    };
    watch();
    window.addEventListener(TOP_OVERLAY_EVENT, watch);
    return () => {
      observer?.disconnect();
      window.removeEventListener(TOP_OVERLAY_EVENT, watch);
    };
  }, []);
  return version;
}
