/**
 * Where the Availability Zones' names are pinned along the canvas's top edge, in pure arithmetic: when a zone's heading
 * has gone above the top (a lab step's tier framed readable leaves no room for it), a thin ruler along the top names
 * each zone over its column, so the zone a step talks about ("Lose us-east-1a") is always named on screen.
 */
import type { Pane, Rect, View } from './frame';

/** How tall the ruler is, pane px: the camera leaves no line of words cut by its bottom edge. */
export const RULER_HEIGHT = 24;

/** Where a zone's name ends below its top, canvas px (border, padding, the caption, the name's line). */
const NAME_BOTTOM = 80;

/** Less of a column than this on screen (pane px) gets no name: it would not fit. */
const MIN_WIDTH = 72;

export interface ZoneRect extends Rect {
  name: string;
}

interface PinnedZone {
  name: string;
  /** Pane px: the part of the zone's column on screen, under the ruler. */
  left: number;
  width: number;
}

/**
 * The zones whose names to pin in `view`: empty while every zone on screen shows its own heading. Otherwise each zone
 * whose column runs on below the ruler and whose name's line is above the ruler's bottom, over its column's visible
 * part (`pane.width`: the part of the pane no drawer covers).
 */
export function pinnedZones(zones: readonly ZoneRect[], view: View, pane: Pane): PinnedZone[] {
  const z = view.zoom;
  const out: PinnedZone[] = [];
  for (const zone of zones) {
    const nameBottom = (zone.y + NAME_BOTTOM) * z + view.y;
    const columnBottom = (zone.y + zone.height) * z + view.y;
    if (nameBottom >= RULER_HEIGHT || columnBottom <= 2 * RULER_HEIGHT) continue;
    const left = Math.max(0, zone.x * z + view.x);
    const right = Math.min(pane.width, (zone.x + zone.width) * z + view.x);
    if (right - left >= MIN_WIDTH) out.push({ name: zone.name, left, width: right - left });
  }
  return out;
}

/** Less than this past an edge (pane px) is not "more of the drawing". */
const SLACK = 4;

/** How far the drawing (`all`) runs past the left and right edges of what is seen (pane px, 0 when it does not). */
export function offScreen(all: Rect | undefined, view: View, pane: Pane): { left: number; right: number } {
  if (!all) return { left: 0, right: 0 };
  const left = -(all.x * view.zoom + view.x);
  const right = (all.x + all.width) * view.zoom + view.x - pane.width;
  return { left: left > SLACK ? left : 0, right: right > SLACK ? right : 0 };
}

/**
 * How far "More" pans to show what runs `past` an edge (pane px): all of it (and `margin`) when that is less than
 * most of the pane, else most of the pane — what was at the far edge stays in sight.
 */
export function moreStep(past: number, paneWidth: number, margin: number): number {
  return Math.min(past + margin, Math.round(0.75 * paneWidth));
}
