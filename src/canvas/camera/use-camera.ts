/**
 * The canvas camera: it never settles where node text is smaller than the text-size setting allows (11 px at
 * Normal). It fits everything when everything fits at that size; otherwise it frames what matters — the current
 * lab step's resources, else the top-left of the drawing — and after an action it brings what the action touched
 * on screen. Moves are animated unless the learner prefers reduced motion. Once the learner pans or zooms, growth
 * of the world no longer re-frames (an action's result off screen still comes into view). "Fit all" shows
 * everything, however small.
 */
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { readableZoom } from '../../store/text-size';
import { useLabStore } from '../../store/store';
import type { LabFlowNode, Lens } from '../flow-types';
import { topOverlayInset, usePanelOverlayInset } from './overlay-inset';
import { frameView, isVisible, PADDING, revealView, union, withHeadings, type Padding, type Pane, type Rect, type View } from './frame';
import { nodesById, touchedIds } from './focus';

/**
 * For this long after a new world was framed at once, re-framing for the pane's size (the lab panel that came with a
 * lab's start, a drawer) is at once too: the learner has not seen the first framing yet, and a lab link is readable
 * without waiting for a camera flight.
 */
const FRESH_MS = 1000;

/** Closest a fit may zoom in (Normal); a larger text setting raises it to its readable zoom. */
const FIT_MAX_ZOOM = 1;

function reducedMotion(): boolean {
  return typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Canvas rectangles of the given nodes (absolute: parents' positions added). */
function nodeRects(nodes: readonly LabFlowNode[], ids: readonly string[] | 'roots'): Rect[] {
  const byId = nodesById(nodes);
  const picked = ids === 'roots' ? nodes.filter((n) => !n.parentId) : ids.map((id) => byId.get(id)).filter((n) => n !== undefined);
  return picked.map((node) => {
    let x = node.position.x;
    let y = node.position.y;
    for (let p = node.parentId ? byId.get(node.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
      x += p.position.x;
      y += p.position.y;
    }
    return { x, y, width: node.width ?? 0, height: node.height ?? 0 };
  });
}

/**
 * The groups whose headings sit above the given nodes, nearest first: the groups they are in (subnet, VPC, region)
 * and the Availability Zone drawn behind them (in the network lens an AZ column is not their parent).
 */
function groupRectsAbove(nodes: readonly LabFlowNode[], ids: readonly string[], focus: Rect): Rect[] {
  const byId = nodesById(nodes);
  const groups = new Set<string>();
  for (const id of ids) {
    for (let p = byId.get(id)?.parentId; p && !groups.has(p); p = byId.get(p)?.parentId) groups.add(p);
  }
  const centre = focus.x + focus.width / 2;
  const zones = nodes.filter((n) => n.type === 'az' && !groups.has(n.id)).map((n) => n.id);
  const rects = [...nodeRects(nodes, [...groups]), ...nodeRects(nodes, zones).filter((r) => r.x <= centre && centre <= r.x + r.width)];
  return rects.filter((r) => r.y <= focus.y).sort((a, b) => b.y - a.y);
}

interface Seen {
  nodes: readonly LabFlowNode[];
  lens: Lens;
  focusKey: string;
  minZoom: number;
  width: number;
  height: number;
  inset: string;
  opened: number;
}

export function useReadableCamera(nodes: readonly LabFlowNode[], lens: Lens, focusIds: readonly string[]) {
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const domNode = useStore((s) => s.domNode);
  const textSize = useLabStore((s) => s.textSize);
  const fitAllRequest = useLabStore((s) => s.fitAllRequest);
  const opened = useLabStore((s) => s.documentsOpened);
  const minZoom = readableZoom(textSize);
  const userMoved = useRef(false);
  const seen = useRef<Seen | null>(null);
  const freshUntil = useRef(0);
  const focusKey = focusIds.join(' ');
  // A drawer or bottom sheet over the canvas: what is framed stays clear of it.
  const overlay = usePanelOverlayInset();
  const inset = `${overlay.right} ${overlay.bottom}`;

  const move = useCallback(
    (view: View) => void flow.setViewport(view, { duration: reducedMotion() ? 0 : 300 }),
    [flow],
  );
  const jump = useCallback((view: View) => void flow.setViewport(view, { duration: 0 }), [flow]);
  /** A new world shown framed at once; what follows at once for FRESH_MS. */
  const jumpFresh = useCallback(
    (view: View) => {
      freshUntil.current = performance.now() + FRESH_MS;
      jump(view);
    },
    [jump],
  );

  // A layout effect: a new world is painted already framed, not first under the old camera and moved a frame later.
  useLayoutEffect(() => {
    if (!width || !height || !nodes.length) return;
    const before = seen.current;
    seen.current = { nodes, lens, focusKey, minZoom, width, height, inset, opened };
    const [right, bottom] = inset.split(' ').map(Number) as [number, number];
    // The region chips and panel buttons along the top: what is framed starts below them, never under them.
    const top = topOverlayInset(domNode);
    const padding: Padding = { ...PADDING, top: Math.max(PADDING.top, top + 8), right: PADDING.right + right, bottom: PADDING.bottom + bottom };
    const pane: Pane = { width, height };
    /** The part of the pane no drawer, sheet or top overlay covers (what "on screen" means). */
    const clearPane: Pane = { width: width - right, height: height - bottom - top };
    const isClear = (rect: Rect, view: View) => isVisible(rect, { ...view, y: view.y - top }, clearPane);
    const maxZoom = Math.max(FIT_MAX_ZOOM, minZoom);
    const all = union(nodeRects(nodes, 'roots'))!;
    const focusRect = union(nodeRects(nodes, focusIds));
    // with the headings above it (its subnet's, its VPC's…) when they fit readable
    const focus = focusRect && withHeadings(focusRect, groupRectsAbove(nodes, focusIds, focusRect), pane, minZoom, maxZoom, padding);
    const frame = (rect: Rect, low: number) => frameView(rect, pane, low, maxZoom, padding);
    const reveal = (rect: Rect, view: View) => revealView(rect, view, pane, minZoom, maxZoom, padding);
    /** Everything when it fits readable; else what matters, else the drawing's top-left. */
    const home = () => frame(frame(all, 0).zoom >= minZoom ? all : (focus ?? all), minZoom);
    if (!before || before.lens !== lens || before.minZoom !== minZoom) {
      userMoved.current = false;
      // The first frame is shown framed at once: nothing for the learner (or a readable check) to wait for.
      return (before ? move : jumpFresh)(home());
    }
    // An opened document (a lab's start, a link, a file) is a new world however few cards changed.
    const touched = before.opened !== opened ? null : before.nodes !== nodes ? touchedIds(before.nodes, nodes) : undefined;
    if (touched === null) {
      // A new world (a lab's start, an opened link, a restart): framed at once, not flown to from the old one.
      if (!userMoved.current || (before.focusKey !== focusKey && focus)) jumpFresh(home());
      return;
    }
    const view = flow.getViewport();
    const readable = view.zoom >= minZoom - 1e-6;
    const allFits = frame(all, 0).zoom >= minZoom;
    if (before.focusKey !== focusKey && focus) {
      // A new lab step (or a new lab): what it is about comes on screen, readable.
      if (readable && isClear(focus, view)) return;
      return move(allFits ? home() : reveal(focus, view));
    }
    if (touched) {
      const rect = union(nodeRects(nodes, touched));
      if (rect && (!readable || !isClear(rect, view))) return move(reveal(rect, view));
      // Nothing of the learner's changed (a region shown or hidden, a card removed): back to the home framing.
      if (!userMoved.current && (touched.length === 0 || (allFits && !isClear(all, view)))) move(home());
      return;
    }
    if ((before.width !== width || before.height !== height || before.inset !== inset) && !userMoved.current) {
      (performance.now() < freshUntil.current ? jump : move)(home());
    }
  }, [nodes, lens, focusKey, focusIds, minZoom, width, height, inset, opened, domNode, flow, move, jump, jumpFresh]);

  useEffect(() => {
    if (!fitAllRequest) return;
    userMoved.current = true;
    void flow.fitView({ padding: 0.05, maxZoom: FIT_MAX_ZOOM, duration: reducedMotion() ? 0 : 300 });
  }, [fitAllRequest, flow]);

  /** React Flow's onMoveStart: a move with an event is the learner's own. */
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) userMoved.current = true;
  }, []);
  return onMoveStart;
}
