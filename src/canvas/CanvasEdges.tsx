/**
 * What the canvas's top edge says about what is not on screen: the names of the Availability Zones whose headings
 * went above it (a ruler over their columns), and "More →" / "← More" where the drawing runs on past the right or left
 * edge (the first screen at 1280 px cuts the third zone by design, at a readable zoom). Both sit in the band the camera
 * keeps free along the top, so neither covers a card's words; they are gone when nothing is off screen that way.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import type { AzNodeData, LabFlowNode } from './flow-types';
import { PADDING, union } from './camera/frame';
import { nodeRects } from './camera/focus';
import { usePanelOverlayInset } from './camera/overlay-inset';
import { moreStep, offScreen, pinnedZones, RULER_HEIGHT, type ZoneRect } from './camera/pinned-zones';

type Side = 'left' | 'right';

/** Room a "More" button takes at its end of the ruler, pane px. */
const CUE_ROOM = 88;

function reducedMotion(): boolean {
  return typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function Arrow({ side }: { side: Side }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
      <path d={side === 'right' ? 'M3 8h10M9 4l4 4-4 4' : 'M13 8H3M7 4 3 8l4 4'} />
    </svg>
  );
}

const cueClass =
  'absolute top-0 z-[6] flex items-center gap-1 border border-t-0 border-sky-700/70 bg-sky-50/95 px-2.5 text-[13px] font-semibold text-sky-900 shadow-sm hover:bg-sky-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-sky-400/70 dark:bg-sky-950/95 dark:text-sky-100 dark:hover:bg-sky-900';

/** The canvas's top edge; `onMoveStart` tells the camera that the learner moved it (it then stops re-framing). */
export function CanvasEdges({ nodes, onMoveStart }: { nodes: readonly LabFlowNode[]; onMoveStart: (event: MouseEvent | null) => void }) {
  const [x, y, zoom] = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const drawer = usePanelOverlayInset().right;
  const flow = useReactFlow();
  const { zones, all } = useMemo(() => {
    const azs = nodes.filter((n) => n.type === 'az');
    const rects: ZoneRect[] = nodeRects(nodes, azs.map((n) => n.id)).map((r, i) => ({ ...r, name: (azs[i]!.data as AzNodeData).zoneName }));
    return { zones: rects, all: union(nodeRects(nodes, 'roots')) };
  }, [nodes]);
  const view = { x, y, zoom };
  const seen = { width: width - drawer, height };
  const past = width && height ? offScreen(all, view, seen) : { left: 0, right: 0 };
  const pinned = width && height ? pinnedZones(zones, view, seen) : [];
  const buttons = { left: useRef<HTMLButtonElement>(null), right: useRef<HTMLButtonElement>(null) };
  /** After the last "More" one way, focus goes to the other one (the pressed button is gone). */
  const handoff = useRef<Side | null>(null);
  useEffect(() => {
    const to = handoff.current;
    if (to && past[to]) {
      handoff.current = null;
      (to === 'left' ? buttons.left : buttons.right).current?.focus();
    }
  });

  const more = (side: Side) => {
    const step = moreStep(past[side], seen.width, side === 'right' ? PADDING.right : PADDING.left);
    if (step >= past[side] && document.activeElement === (side === 'right' ? buttons.right : buttons.left).current) {
      handoff.current = side === 'right' ? 'left' : 'right';
    }
    onMoveStart(new MouseEvent('mousedown'));
    void flow.setViewport({ x: x + (side === 'right' ? -step : step), y, zoom }, { duration: reducedMotion() ? 0 : 300 });
  };

  return (
    <>
      {pinned.length > 0 && (
        <div
          aria-hidden="true"
          data-testid="zone-ruler"
          style={{ height: RULER_HEIGHT }}
          className="pointer-events-none absolute inset-x-0 top-0 z-[5] overflow-hidden border-b border-sky-600/40 bg-white dark:border-sky-400/40 dark:bg-slate-900"
        >
          {pinned.map((zone) => {
            const left = Math.max(zone.left, past.left ? CUE_ROOM : 0);
            const right = Math.min(zone.left + zone.width, past.right ? seen.width - CUE_ROOM : Infinity);
            return right - left < 56 ? null : (
              <span
                key={zone.name}
                style={{ left, width: right - left }}
                className="absolute top-0 flex h-full items-center gap-1.5 overflow-hidden border-l-2 border-dashed border-sky-600/80 px-2 text-[13px] font-semibold text-sky-900 dark:border-sky-400/70 dark:text-sky-100"
              >
                <span className="text-[11px] tracking-[0.12em] text-sky-800 uppercase dark:text-sky-300">AZ</span>
                <span className="truncate">{zone.name}</span>
              </span>
            );
          })}
        </div>
      )}
      {past.left > 0 && (
        <button ref={buttons.left} type="button" onClick={() => more('left')} aria-label="More of the diagram to the left" title="More of the diagram to the left (F fits all)" style={{ height: RULER_HEIGHT, left: 0 }} className={`${cueClass} rounded-br-lg border-l-0`}>
          <Arrow side="left" />
          More
        </button>
      )}
      {past.right > 0 && (
        <button ref={buttons.right} type="button" onClick={() => more('right')} aria-label="More of the diagram to the right" title="More of the diagram to the right (F fits all)" style={{ height: RULER_HEIGHT, right: drawer }} className={`${cueClass} rounded-bl-lg border-r-0`}>
          More
          <Arrow side="right" />
        </button>
      )}
    </>
  );
}
