/**
 * The canvas camera: it never settles where node text is smaller than the text-size setting allows (11 px at
 * Normal). It fits everything when everything fits at that size; otherwise it frames what matters — the current
 * lab step's resources, else the top-left of the drawing — and after an action it brings what the action touched
 * on screen. Moves are animated unless the learner prefers reduced motion. Once the learner pans or zooms, growth
 * of the world no longer re-frames (an action's result off screen still comes into view). "Fit all" shows
 * everything, however small.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { readableZoom } from '../../store/text-size';
import { useLabStore } from '../../store/store';
import type { AzNodeData, LabFlowNode, Lens } from '../flow-types';
import { usePanelOverlayInset } from './overlay-inset';
import { clearOfCorner, frameView, isUnder, isVisible, PADDING, revealView, headingBands, uncutLines, union, withHeadings, type GroupRect, type Padding, type Pane, type Rect, type View } from './frame';
import { nodeRects, nodesById, touchedIds } from './focus';
import { RULER_HEIGHT } from './pinned-zones';

/**
 * For this long after a new world was framed at once, re-framing for the pane's size (the lab panel that came with a
 * lab's start, a drawer) is at once too: the learner has not seen the first framing yet, and a lab link is readable
 * without waiting for a camera flight.
 */
const FRESH_MS = 1000;

/** Closest a fit may zoom in (Normal); a larger text setting raises it to its readable zoom. */
const FIT_MAX_ZOOM = 1;

/** How tall the caption at a zone column's foot is, canvas px (16 px words and their line). */
const FOOT_HEIGHT = 24;

/** How long the camera's flight to what an action touched (or a lab step is about) takes. */
const FLIGHT_MS = 300;

/** Where the camera is flying to, and until when (performance.now()). */
interface Flight {
  view: View;
  until: number;
}

function reducedMotion(): boolean {
  return typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The minimap's box in pane pixels while it shows: not on a narrow canvas (it is hidden there), nor under an open
 * drawer (`drawer`: how much of the pane's right the drawer covers). Read from the page when the camera frames.
 */
function minimapBox(pane: HTMLElement | null, drawer: number): Rect | undefined {
  const element = pane?.querySelector('.react-flow__minimap');
  if (!pane || !element) return undefined;
  const r = element.getBoundingClientRect();
  const origin = pane.getBoundingClientRect();
  if (!r.width || !r.height || r.left - origin.left >= origin.width - drawer) return undefined;
  return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
}

interface MinimapCache {
  key: string;
  element: Element | null;
  box: Rect | undefined;
}

/**
 * minimapBox, read again only when the pane's size, the drawer or the text size changed, or the minimap came or
 * went: reading a box forces the browser to lay the page out in the middle of a commit, which every action would
 * otherwise pay (the camera's effect runs on each one).
 */
function cachedMinimapBox(cache: { current: MinimapCache | null }, pane: HTMLElement | null, drawer: number, key: string): Rect | undefined {
  const element = pane?.querySelector('.react-flow__minimap') ?? null;
  const was = cache.current;
  if (was && was.key === key && was.element === element) return was.box;
  const box = minimapBox(pane, drawer);
  cache.current = { key, element, box };
  return box;
}

/** "Detached EBS volumes" at the foot of each zone column: a line of words the camera does not cut in half. */
function zoneFeet(nodes: readonly LabFlowNode[]): Rect[] {
  const zones = nodes.filter((n) => n.type === 'az');
  return nodeRects(nodes, zones.map((n) => n.id)).flatMap((r, i) => {
    const data = zones[i]!.data as AzNodeData;
    return data.roomy || data.lens !== 'network' || data.volumesTop === undefined ? [] : [{ x: r.x, y: r.y + data.volumesTop, width: r.width, height: FOOT_HEIGHT }];
  });
}

/**
 * The groups whose headings sit above the given nodes, nearest first: the groups they are in (subnet, VPC, region)
 * and the Availability Zone drawn behind them (in the network lens an AZ column is not their parent).
 */
function groupRectsAbove(nodes: readonly LabFlowNode[], ids: readonly string[], focus: Rect): GroupRect[] {
  const byId = nodesById(nodes);
  const groups = new Set<string>();
  for (const id of ids) {
    for (let p = byId.get(id)?.parentId; p && !groups.has(p); p = byId.get(p)?.parentId) groups.add(p);
  }
  const zones = nodes.filter((n) => n.type === 'az' && !groups.has(n.id)).map((n) => n.id);
  const across = (r: Rect) => r.x < focus.x + focus.width && focus.x < r.x + r.width;
  const rects: GroupRect[] = [...nodeRects(nodes, [...groups]), ...nodeRects(nodes, zones).filter(across).map((r) => ({ ...r, zone: true }))];
  return rects.filter((r) => r.y <= focus.y).sort((a, b) => b.y - a.y);
}

/**
 * The camera's moves: `move` flies (FLIGHT_MS, none under reduced motion), `jump` is at once, `jumpFresh` jumps to a
 * new world (and what follows at once for FRESH_MS); `heading` is where the camera is going (where it is when still).
 */
function useCameraMoves(flow: ReturnType<typeof useReactFlow>) {
  const flight = useRef<Flight | null>(null);
  const freshUntil = useRef(0);
  // A straight pan (and zoom) from here to there: d3's default "smooth" path zooms out to travel, and on the
  // 1,000-resource canvas a zoomed-out frame mid-flight mounts hundreds of cards at once.
  const move = useCallback(
    (view: View) => {
      const duration = reducedMotion() ? 0 : FLIGHT_MS;
      flight.current = duration ? { view, until: performance.now() + duration } : null;
      void flow.setViewport(view, { duration, interpolate: 'linear' });
    },
    [flow],
  );
  const jump = useCallback(
    (view: View) => {
      flight.current = null;
      void flow.setViewport(view, { duration: 0 });
    },
    [flow],
  );
  const jumpFresh = useCallback(
    (view: View) => {
      freshUntil.current = performance.now() + FRESH_MS;
      jump(view);
    },
    [jump],
  );
  const heading = useCallback(
    (): View => (flight.current && performance.now() < flight.current.until ? flight.current.view : flow.getViewport()),
    [flow],
  );
  /** The learner took the camera (or "Fit all" did): no flight of ours is under way. */
  const forgetFlight = useCallback(() => void (flight.current = null), []);
  return { move, jump, jumpFresh, freshUntil, heading, forgetFlight };
}

/** "Fit all" (F, the corner button): everything however small, where `fitAllView` says; the learner's own move. */
function useFitAll(flow: ReturnType<typeof useReactFlow>, fitAllView: RefObject<(() => View) | null>, userMoved: RefObject<boolean>, forgetFlight: () => void) {
  const fitAllRequest = useLabStore((s) => s.fitAllRequest);
  useEffect(() => {
    if (!fitAllRequest) return;
    userMoved.current = true;
    forgetFlight();
    const duration = reducedMotion() ? 0 : 300;
    const view = fitAllView.current?.();
    void (view ? flow.setViewport(view, { duration }) : flow.fitView({ padding: 0.05, maxZoom: FIT_MAX_ZOOM, duration }));
  }, [fitAllRequest, flow, fitAllView, userMoved, forgetFlight]);
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
  const opened = useLabStore((s) => s.documentsOpened);
  const minZoom = readableZoom(textSize);
  const userMoved = useRef(false);
  const seen = useRef<Seen | null>(null);
  const focusKey = focusIds.join(' ');
  // A drawer or bottom sheet over the canvas: what is framed stays clear of it.
  const overlay = usePanelOverlayInset();
  const inset = `${overlay.right} ${overlay.bottom}`;

  const { move, jump, jumpFresh, freshUntil, heading, forgetFlight } = useCameraMoves(flow);
  /** Where "Fit all" goes for the nodes and pane last framed. */
  const fitAllView = useRef<(() => View) | null>(null);
  const minimap = useRef<MinimapCache | null>(null);

  // A layout effect: a new world is painted already framed, not first under the old camera and moved a frame later.
  useLayoutEffect(() => {
    if (!width || !height || !nodes.length) return;
    const before = seen.current;
    seen.current = { nodes, lens, focusKey, minZoom, width, height, inset, opened };
    const [right, bottom] = inset.split(' ').map(Number) as [number, number];
    const padding: Padding = { ...PADDING, right: PADDING.right + right, bottom: PADDING.bottom + bottom };
    const pane: Pane = { width, height };
    // The minimap in the bottom-right corner: what is framed is framed clear of it.
    const corner = cachedMinimapBox(minimap, domNode, right, `${width} ${height} ${right} ${textSize}`);
    /** The part of the pane no drawer or sheet covers (what "on screen" means), and not under the minimap. */
    const clearPane: Pane = { width: width - right, height: height - bottom };
    const isClear = (rect: Rect, view: View) => isVisible(rect, view, clearPane) && !(corner && isUnder(rect, view, pane, corner));
    const maxZoom = Math.max(FIT_MAX_ZOOM, minZoom);
    const all = union(nodeRects(nodes, 'roots'))!;
    // "Fit all": everything however small (2.5 % of the pane kept round it), clear of the minimap too
    const edge = { top: 0.025 * height, bottom: 0.025 * height, left: 0.025 * width, right: 0.025 * width };
    fitAllView.current = () => frameView(all, pane, 0, FIT_MAX_ZOOM, clearOfCorner(all, pane, 0, FIT_MAX_ZOOM, edge, corner));
    const focusRect = union(nodeRects(nodes, focusIds));
    // with the headings above it (its subnet's, its VPC's…) when they fit readable
    const above = focusRect ? groupRectsAbove(nodes, focusIds, focusRect) : [];
    const focus = focusRect && withHeadings(focusRect, above, pane, minZoom, maxZoom, padding);
    /** `view` of what matters with no heading above it, nor a zone's foot, half cut by the pane's edges. */
    const uncut = (view: View, rect: Rect) =>
      uncutLines(view, rect, [...headingBands(rect, above), ...zoneFeet(nodes)], { width: width - right, height }, height - bottom, clearOf(rect, minZoom), RULER_HEIGHT);
    const clearOf = (rect: Rect, low: number) => clearOfCorner(rect, pane, low, maxZoom, padding, corner);
    const frame = (rect: Rect, low: number) => frameView(rect, pane, low, maxZoom, clearOf(rect, low));
    const reveal = (rect: Rect, view: View) => revealView(rect, view, pane, minZoom, maxZoom, clearOf(rect, minZoom));
    /** Everything when it fits readable; else what matters, else the drawing's top-left. */
    const home = () => {
      if (frame(all, 0).zoom >= minZoom || !focus) return frame(all, minZoom);
      return uncut(frame(focus, minZoom), focus);
    };
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
    // Mid-flight, judge by where the camera is going: an action on the card it flies to does not restart the flight.
    const view = heading();
    const readable = view.zoom >= minZoom - 1e-6;
    const allFits = frame(all, 0).zoom >= minZoom;
    if (before.focusKey !== focusKey && focus) {
      // A new lab step (or a new lab): what it is about comes on screen, readable.
      if (readable && isClear(focus, view)) return;
      return move(allFits ? home() : uncut(reveal(focus, view), focus));
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
  }, [nodes, lens, focusKey, focusIds, minZoom, textSize, width, height, inset, opened, domNode, flow, move, jump, jumpFresh, heading, freshUntil]);

  useFitAll(flow, fitAllView, userMoved, forgetFlight);

  /** React Flow's onMoveStart: a move with an event is the learner's own. */
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) {
      userMoved.current = true;
      forgetFlight();
    }
  }, [forgetFlight]);
  return onMoveStart;
}
