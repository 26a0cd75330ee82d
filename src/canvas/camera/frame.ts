/**
 * Where the camera goes, in pure arithmetic: frame a rectangle of the canvas in the pane so that node text stays
 * readable (the zoom never goes below `minZoom`). When the rectangle does not fit at that zoom, the camera shows its
 * top-left part (where a group's title is) and centres it across when it fits across.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Pane {
  width: number;
  height: number;
}

/** Room kept free around what is framed (the zoom buttons, the minimap, the empty-canvas hint). */
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface View {
  x: number;
  y: number;
  zoom: number;
}

/** Left: the zoom buttons (nothing floats along the top: the region chips have their own strip above the pane). */
export const PADDING: Padding = { top: 24, bottom: 40, left: 56, right: 32 };

/** The smallest rectangle holding every one given (undefined for none). */
export function union(rects: readonly Rect[]): Rect | undefined {
  if (!rects.length) return undefined;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The zoom at which `rect` just fits the pane (inside the padding). */
function fitZoom(rect: Rect, pane: Pane, padding: Padding = PADDING): number {
  const w = Math.max(1, pane.width - padding.left - padding.right);
  const h = Math.max(1, pane.height - padding.top - padding.bottom);
  return Math.min(w / Math.max(1, rect.width), h / Math.max(1, rect.height));
}

/**
 * The view that shows `rect` as large as fits between `minZoom` and `maxZoom`: centred when it fits; otherwise at
 * `minZoom`, centred along an axis where it fits and aligned to its left/top edge along one where it does not.
 */
export function frameView(rect: Rect, pane: Pane, minZoom: number, maxZoom: number, padding: Padding = PADDING): View {
  const zoom = Math.min(Math.max(fitZoom(rect, pane, padding), minZoom), Math.max(minZoom, maxZoom));
  const availW = pane.width - padding.left - padding.right;
  const availH = pane.height - padding.top - padding.bottom;
  const x =
    rect.width * zoom <= availW
      ? padding.left + (availW - rect.width * zoom) / 2 - rect.x * zoom
      : padding.left - rect.x * zoom;
  const y =
    rect.height * zoom <= availH
      ? padding.top + (availH - rect.height * zoom) / 2 - rect.y * zoom
      : padding.top - rect.y * zoom;
  return { x, y, zoom };
}

/** Is `rect` wholly on screen in this view? */
export function isVisible(rect: Rect, view: View, pane: Pane): boolean {
  const left = rect.x * view.zoom + view.x;
  const top = rect.y * view.zoom + view.y;
  return left >= 0 && top >= 0 && left + rect.width * view.zoom <= pane.width && top + rect.height * view.zoom <= pane.height;
}

/**
 * Bring `rect` on screen with the least change: keep the zoom when it is readable and the rectangle fits at it
 * (a pan to centre it), else frame it.
 */
export function revealView(rect: Rect, view: View, pane: Pane, minZoom: number, maxZoom: number, padding: Padding = PADDING): View {
  if (view.zoom >= minZoom && fitZoom(rect, pane, padding) >= view.zoom) {
    const availW = pane.width - padding.left - padding.right;
    const availH = pane.height - padding.top - padding.bottom;
    return {
      zoom: view.zoom,
      x: padding.left + (availW - rect.width * view.zoom) / 2 - rect.x * view.zoom,
      y: padding.top + (availH - rect.height * view.zoom) / 2 - rect.y * view.zoom,
    };
  }
  return frameView(rect, pane, minZoom, maxZoom, padding);
}

/** How much of a group's top-left corner is its heading (icon, caption such as "Default VPC", name), canvas px. */
const HEADING_WIDTH = 360;

/** How much smaller than `focus` alone a framing with headings may make the cards (0.85: at most 15 % smaller). */
const HEADING_SHRINK = 0.85;

/** A group above what is framed; `zone`: an Availability Zone the focus sits in (its name says where things are). */
export type GroupRect = Rect & { zone?: boolean };

/**
 * What to frame for `focus` (what a lab step is about): it with the top-left headings of the groups above it
 * (`groups`, nearest first: its subnet, its VPC, its AZ, its region), each added when the whole still fits at
 * `minZoom` and at no less than 85 % of the zoom `focus` alone gets — so the caption just above what matters
 * ("Default VPC") is on screen, not cut at the top edge, and the cards stay large. The heading of an Availability
 * Zone the focus sits in is added whenever the whole still fits readable (at `minZoom`): where things are matters more
 * than a larger card.
 */
export function withHeadings(focus: Rect, groups: readonly GroupRect[], pane: Pane, minZoom: number, maxZoom: number, padding: Padding = PADDING): Rect {
  const floor = Math.max(minZoom, HEADING_SHRINK * Math.min(fitZoom(focus, pane, padding), maxZoom));
  let rect = focus;
  for (const group of groups) {
    const next = union([rect, { x: group.x, y: group.y, width: Math.min(group.width, HEADING_WIDTH), height: 1 }])!;
    if (fitZoom(next, pane, padding) >= (group.zone ? minZoom : floor)) rect = next;
  }
  return rect;
}

/** Does any part of `rect` that this view puts on screen sit under `box` (pane pixels)? */
export function isUnder(rect: Rect, view: View, pane: Pane, box: Rect): boolean {
  const left = Math.max(0, rect.x * view.zoom + view.x);
  const top = Math.max(0, rect.y * view.zoom + view.y);
  const right = Math.min(pane.width, (rect.x + rect.width) * view.zoom + view.x);
  const bottom = Math.min(pane.height, (rect.y + rect.height) * view.zoom + view.y);
  return left < right && top < bottom && left < box.x + box.width && box.x < right && top < box.y + box.height && box.y < bottom;
}

/** Room kept between what is framed and the box in the corner, pane px. */
const CORNER_GAP = 8;

/**
 * The padding that frames `rect` clear of `corner`, a box in the pane's bottom-right corner (the minimap): `padding`
 * when the framing leaves nothing of `rect` under it; else grown on the right (to the box's left edge) or at the
 * bottom (to its top), whichever framing is clear of the box and shows `rect` larger. When neither can be clear
 * (`rect` runs past the pane either way at the readable zoom), `padding`.
 */
export function clearOfCorner(rect: Rect, pane: Pane, minZoom: number, maxZoom: number, padding: Padding, corner: Rect | undefined): Padding {
  if (!corner) return padding;
  const clear = (p: Padding) => !isUnder(rect, frameView(rect, pane, minZoom, maxZoom, p), pane, corner);
  if (clear(padding)) return padding;
  const candidates = [
    { ...padding, right: Math.max(padding.right, pane.width - corner.x + CORNER_GAP) },
    { ...padding, bottom: Math.max(padding.bottom, pane.height - corner.y + CORNER_GAP) },
  ].filter(clear);
  if (!candidates.length) return padding;
  return candidates.reduce((best, p) => (fitZoom(rect, pane, p) > fitZoom(rect, pane, best) ? p : best));
}

/** How tall a group's heading is at most (a region's or an Availability Zone's title block), canvas px. */
const HEADING_HEIGHT = 112;

/** The heading bands of the groups above `focus` (from each group's top to its first cards, at most HEADING_HEIGHT). */
export function headingBands(focus: Rect, groups: readonly Rect[]): Rect[] {
  return groups.filter((g) => g.y < focus.y).map((g) => ({ x: g.x, y: g.y, width: g.width, height: Math.min(HEADING_HEIGHT, focus.y - g.y) }));
}

/**
 * `view` moved up or down so that no line of words (`lines`: the headings above `focus`, the captions at the foot of
 * the zones) is cut by the top of the view (`top`: the pane's top edge, or the bottom of what is pinned along it) or by
 * `bottom` (where the pane stops being seen): a line half on screen reads as broken. A heading cut at the top is shown
 * whole when `focus` still ends inside the padding, else left above the edge; a caption cut at the bottom is left below
 * it when `focus` stays as much on screen as it was, else shown whole. `focus` keeps its top on screen; when no move
 * leaves fewer lines cut, `view` stays.
 */
export function uncutLines(view: View, focus: Rect, lines: readonly Rect[], pane: Pane, bottom: number, padding: Padding = PADDING, top = 0): View {
  const z = view.zoom;
  const seen = (r: Rect) => r.x * z + view.x < pane.width && (r.x + r.width) * z + view.x > 0;
  const cutTop = (r: Rect, y: number) => r.y * z + y < top && (r.y + r.height) * z + y > top;
  const cutBottom = (r: Rect, y: number) => r.y * z + y < bottom && (r.y + r.height) * z + y > bottom;
  const cuts = (y: number) => lines.filter((r) => seen(r) && (cutTop(r, y) || cutBottom(r, y))).length;
  const focusBottom = (y: number) => (focus.y + focus.height) * z + y;
  const wholeBefore = focusBottom(view.y) <= bottom;
  let y = view.y;
  for (let tries = 0; tries < 4 && cuts(y) > 0; tries++) {
    const line = lines.find((r) => seen(r) && (cutTop(r, y) || cutBottom(r, y)))!;
    const start = line.y * z + y;
    const end = (line.y + line.height) * z + y;
    const moves = cutTop(line, y)
      ? [...(focusBottom(y + top - start) <= pane.height - padding.bottom ? [top - start] : []), top - end]
      : [bottom - start, bottom - end].filter((d) => d < 0 || !wholeBefore || focusBottom(y + d) <= bottom);
    const best = moves.filter((d) => focus.y * z + y + d >= top - 1e-6).find((d) => cuts(y + d) < cuts(y));
    if (best === undefined) break;
    y += best;
  }
  return y === view.y ? view : { ...view, y };
}
