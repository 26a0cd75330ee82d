/**
 * The canvas's minimap: where the view is on the whole drawing. Drawn like React Flow's `MiniMap` (same classes and
 * colours, drag to pan, wheel to zoom), but from the canvas's own nodes: one SVG path per colour, rebuilt only when
 * the nodes change. React Flow's minimap subscribes one selector per node to its store, so on the 1,000-resource
 * canvas every store update (each camera frame, each action) ran ~1,000 selectors and repainted ~1,000 rectangles.
 */
import { memo, useCallback, useMemo, useRef, type PointerEvent, type WheelEvent } from 'react';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { LabFlowNode } from './flow-types';
import { union, type Rect } from './camera/frame';

/** A node's colour in the minimap; transparent ones are left out. */
type MinimapColor = (node: LabFlowNode) => string;

interface Drawing {
  /** One path per colour: every node of that colour as a rectangle. */
  paths: { color: string; d: string }[];
  bounds: Rect | undefined;
  count: number;
}

/** Absolute rectangles of the nodes (parents' positions added), as paths by colour. */
function drawing(nodes: readonly LabFlowNode[], color: MinimapColor): Drawing {
  const at = new Map<string, { x: number; y: number }>();
  const paths = new Map<string, string[]>();
  const rects: Rect[] = [];
  for (const node of nodes) {
    // parents come before their children (to-flow.ts), so a parent's place is known
    const parent = node.parentId ? at.get(node.parentId) : undefined;
    const x = node.position.x + (parent?.x ?? 0);
    const y = node.position.y + (parent?.y ?? 0);
    at.set(node.id, { x, y });
    const width = node.width ?? 0;
    const height = node.height ?? 0;
    rects.push({ x, y, width, height });
    const fill = color(node);
    if (fill === 'transparent' || !width || !height) continue;
    const list = paths.get(fill) ?? [];
    list.push(`M${x},${y}h${width}v${height}h${-width}z`);
    paths.set(fill, list);
  }
  return { paths: [...paths].map(([fill, d]) => ({ color: fill, d: d.join('') })), bounds: union(rects), count: nodes.length };
}

/** Do two node lists draw the same minimap (same nodes, places, sizes and colours)? A renamed card does. */
function sameDrawing(a: readonly LabFlowNode[], b: readonly LabFlowNode[], color: MinimapColor): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.parentId !== y.parentId || x.width !== y.width || x.height !== y.height) return false;
    if (x.position.x !== y.position.x || x.position.y !== y.position.y || color(x) !== color(y)) return false;
  }
  return true;
}

let last: { nodes: readonly LabFlowNode[]; color: MinimapColor; drawing: Drawing } | undefined;

/**
 * The drawing of these nodes: the last one when only what the minimap does not show changed (an action on a card
 * changes its node, rarely its place), so the paths of ~1,000 rectangles are neither rebuilt nor handed to the DOM.
 */
function drawingOf(nodes: readonly LabFlowNode[], color: MinimapColor): Drawing {
  if (!last || last.color !== color || !sameDrawing(last.nodes, nodes, color)) last = { nodes, color, drawing: drawing(nodes, color) };
  last.nodes = nodes;
  return last.drawing;
}

const NodePaths = memo(function NodePaths({ paths }: { paths: Drawing['paths'] }) {
  return paths.map((p) => <path key={p.color} className="react-flow__minimap-node" d={p.d} style={{ fill: p.color }} />);
});

const tx = (s: ReactFlowState) => s.transform[0];
const ty = (s: ReactFlowState) => s.transform[1];
const tzoom = (s: ReactFlowState) => s.transform[2];
const paneWidth = (s: ReactFlowState) => s.width;
const paneHeight = (s: ReactFlowState) => s.height;

/** `offsetScale` of React Flow's minimap: room around the drawing, in minimap pixels. */
const OFFSET = 5;

interface Props {
  nodes: readonly LabFlowNode[];
  color: MinimapColor;
  width: number;
  height: number;
  ariaLabel: string;
  className?: string;
}

export function MiniMap({ nodes, color, width: elementWidth, height: elementHeight, ariaLabel, className }: Props) {
  const flow = useReactFlow();
  const x0 = useStore(tx);
  const y0 = useStore(ty);
  const zoom = useStore(tzoom);
  const paneW = useStore(paneWidth);
  const paneH = useStore(paneHeight);
  const { paths, bounds, count } = useMemo(() => drawingOf(nodes, color), [nodes, color]);
  const view: Rect = { x: -x0 / zoom, y: -y0 / zoom, width: paneW / zoom, height: paneH / zoom };
  const box = union(bounds ? [bounds, view] : [view])!;
  const viewScale = Math.max(box.width / elementWidth, box.height / elementHeight);
  const viewWidth = viewScale * elementWidth;
  const viewHeight = viewScale * elementHeight;
  const offset = OFFSET * viewScale;
  const x = box.x - (viewWidth - box.width) / 2 - offset;
  const y = box.y - (viewHeight - box.height) / 2 - offset;
  const w = viewWidth + offset * 2;
  const h = viewHeight + offset * 2;
  const drag = useRef<{ x: number; y: number } | null>(null);
  const scale = useRef(viewScale);
  scale.current = viewScale;

  const onPointerDown = useCallback((e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, y: e.clientY };
  }, []);
  const onPointerMove = useCallback(
    (e: PointerEvent<SVGSVGElement>) => {
      if (!drag.current) return;
      const { x: vx, y: vy, zoom: z } = flow.getViewport();
      const dx = e.clientX - drag.current.x;
      const dy = e.clientY - drag.current.y;
      drag.current = { x: e.clientX, y: e.clientY };
      // the view rectangle follows the pointer: a minimap pixel is `scale` canvas units
      void flow.setViewport({ x: vx - dx * scale.current * z, y: vy - dy * scale.current * z, zoom: z });
    },
    [flow],
  );
  const onPointerUp = useCallback(() => void (drag.current = null), []);
  const onWheel = useCallback(
    (e: WheelEvent<SVGSVGElement>) => {
      const factor = Math.pow(2, -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002));
      void flow.zoomTo(flow.getZoom() * factor);
    },
    [flow],
  );

  return (
    <Panel position="bottom-right" className={`react-flow__minimap ${className ?? ''}`} style={{ width: elementWidth, height: elementHeight }} data-nodes={count}>
      <svg
        width={elementWidth}
        height={elementHeight}
        viewBox={`${x} ${y} ${w} ${h}`}
        className="react-flow__minimap-svg"
        shapeRendering="crispEdges"
        role="img"
        aria-label={ariaLabel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onWheel={onWheel}
      >
        <NodePaths paths={paths} />
        <path
          className="react-flow__minimap-mask"
          d={`M${x - offset},${y - offset}h${w + offset * 2}v${h + offset * 2}h${-w - offset * 2}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}
