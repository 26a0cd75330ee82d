/**
 * Drag to attach, for the free cards (detached interfaces and volumes, Elastic IPs); and drag to register, for an
 * instance card once its region has a target group (it goes back in place; only the registration changes).
 *
 * On the first move the engine is asked, by dry run, about every target (`judge`): targets light up or say why
 * not. While dragging, the card's own node element follows the pointer (one style write per frame: no React render,
 * so a canvas of a thousand nodes keeps its frame rate) and the target under the pointer is found from rectangles
 * taken at the start. On drop the action is dispatched: accepted, the card becomes a chip on its new instance;
 * refused, it snaps back and the store shows the explanation card. A drop on empty space inside the card's own
 * group keeps it there (a position in the layout, never in the world); anywhere else it snaps back.
 */
import { useCallback, type PointerEvent as ReactPointerEvent } from 'react';
import { useStoreApi, type InternalNode } from '@xyflow/react';
import { useLabStore } from '../../store/store';
import { isMovable } from '../layout/block';
import { positionKey, type LabFlowNode } from '../to-flow';
import { useDragStore } from '../../store/attach-drag';
import { attachCandidates, attachSource, judge } from '../../view-model/attach-targets';

interface Rect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels the pointer must travel before a press becomes a drag (a shorter press is a click: it selects). */
const THRESHOLD = 4;

function rectOf(node: InternalNode<LabFlowNode> | undefined): Rect | undefined {
  if (!node) return undefined;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  const { x, y } = node.internals.positionAbsolute;
  return { id: node.id, x, y, width, height };
}

const contains = (r: Rect, p: { x: number; y: number }) => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

/**
 * The drag's first move: the card is selected, the engine judges every target by dry run (the store lights them up),
 * and the targets' rectangles are taken once for the hit tests that follow.
 */
function judgeTargets(id: string, lookup: Map<string, InternalNode<LabFlowNode>>): Rect[] {
  const lab = useLabStore.getState();
  const source = attachSource(lab.world, id);
  if (!source || !lab.world) return [];
  const judged = judge(attachCandidates(lab.world, source), lab.dryRun);
  useDragStore.getState().startDrag(id, new Map(judged.map((j) => [j.candidate.targetId, j.verdict])));
  return judged.map((j) => rectOf(lookup.get(j.candidate.targetId))).filter((r): r is Rect => r !== undefined);
}

/** The smallest target under the point (a subnet inside a VPC wins over the VPC). */
function smallestAt(targets: readonly Rect[], point: { x: number; y: number }): Rect | undefined {
  let best: Rect | undefined;
  for (const r of targets) {
    if (contains(r, point) && (!best || r.width * r.height < best.width * best.height)) best = r;
  }
  return best;
}

/** A drop on no target: the card stays where it was dropped if its centre is still inside its own group. */
function keepInGroup(id: string, nodes: Map<string, InternalNode<LabFlowNode>>, dx: number, dy: number): void {
  const node = nodes.get(id);
  const parent = node?.parentId ? rectOf(nodes.get(node.parentId)) : undefined;
  const own = rectOf(node);
  if (!node || !own || !parent || !isMovable(node)) return;
  const centre = { x: own.x + dx + own.width / 2, y: own.y + dy + own.height / 2 };
  if (contains(parent, centre)) {
    const lab = useLabStore.getState();
    lab.setPosition(positionKey(lab.lens, id), { x: node.position.x + dx, y: node.position.y + dy });
  }
}

/** `onPointerDown` for a free card's root element (which must carry the `nodrag nopan` classes). */
export function useCardDrag(id: string) {
  const store = useStoreApi<LabFlowNode>();

  return useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0 || !event.isPrimary) return;
      const wrapper = event.currentTarget.closest<HTMLElement>('.react-flow__node');
      const rf = store.getState();
      const self = rf.nodeLookup.get(id);
      if (!wrapper || !self || !rf.domNode) return;
      const start = { x: event.clientX, y: event.clientY };
      const origin = self.internals.positionAbsolute;
      const originalTransform = wrapper.style.transform;
      const pane = rf.domNode.getBoundingClientRect();
      let targets: Rect[] = [];
      let started = false;
      let last = start;

      const toFlow = (clientX: number, clientY: number) => {
        const [tx, ty, zoom] = store.getState().transform;
        return { x: (clientX - pane.left - tx) / zoom, y: (clientY - pane.top - ty) / zoom };
      };

      const begin = () => {
        started = true;
        const lab = useLabStore.getState();
        lab.select(id);
        wrapper.classList.add('dragging');
        targets = judgeTargets(id, store.getState().nodeLookup);
      };

      const onMove = (e: PointerEvent) => {
        if (e.pointerId !== event.pointerId) return;
        last = { x: e.clientX, y: e.clientY };
        if (!started) {
          if (Math.hypot(e.clientX - start.x, e.clientY - start.y) < THRESHOLD) return;
          begin();
        }
        const zoom = store.getState().transform[2];
        wrapper.style.transform = `translate(${origin.x + (e.clientX - start.x) / zoom}px,${origin.y + (e.clientY - start.y) / zoom}px)`;
        if (!targets.length) return;
        useDragStore.getState().hover(smallestAt(targets, toFlow(e.clientX, e.clientY))?.id ?? null);
      };

      const stop = (e: PointerEvent) => {
        if (e.pointerId !== event.pointerId) return;
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', stop);
        window.removeEventListener('pointercancel', stop);
        if (!started) return;
        wrapper.classList.remove('dragging');
        wrapper.style.transform = originalTransform;
        const drag = useDragStore.getState();
        const verdict = e.type === 'pointerup' && drag.hoverId ? drag.verdicts.get(drag.hoverId) : undefined;
        drag.endDrag();
        const lab = useLabStore.getState();
        if (verdict) {
          // The engine decides; a refusal leaves the world as it was (the card is back in place) and is explained.
          lab.dispatch(verdict.action);
          return;
        }
        if (e.type !== 'pointerup') return;
        const zoom = store.getState().transform[2];
        keepInGroup(id, store.getState().nodeLookup, (last.x - start.x) / zoom, (last.y - start.y) / zoom);
      };

      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', stop);
      window.addEventListener('pointercancel', stop);
    },
    [id, store],
  );
}
