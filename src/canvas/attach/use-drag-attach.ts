/**
 * Drag to attach. On drag start the engine is asked, by dry run, about every target (`judge`); targets light up or
 * say why not. While dragging, the target under the pointer is found from the targets' rectangles. On drop the
 * action is dispatched: accepted, the card becomes a chip on its new instance; refused, it snaps back and the store
 * shows the explanation card. A drop on empty space inside the card's own group keeps it there (a position in the
 * layout, never in the world); anywhere else it snaps back.
 */
import { useCallback, useRef, useState } from 'react';
import { useReactFlow, type InternalNode, type Node, type NodeChange, type OnNodeDrag } from '@xyflow/react';
import { useLabStore } from '../../store/store';
import { positionKey, type LabFlowNode } from '../to-flow';
import { useDragStore } from './drag-store';
import { attachCandidates, attachSource, judge } from './targets';

interface Rect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DragOverride {
  id: string;
  position: { x: number; y: number };
}

function rectOf(node: InternalNode | undefined): Rect | undefined {
  if (!node) return undefined;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  const { x, y } = node.internals.positionAbsolute;
  return { id: node.id, x, y, width, height };
}

const contains = (r: Rect, p: { x: number; y: number }) => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

export function useDragAttach() {
  const flow = useReactFlow<LabFlowNode>();
  const [override, setOverride] = useState<DragOverride | null>(null);
  const targets = useRef<Rect[]>([]);

  const onNodesChange = useCallback((changes: NodeChange<LabFlowNode>[]) => {
    for (const change of changes) {
      if (change.type === 'position' && change.position && change.dragging) {
        setOverride({ id: change.id, position: change.position });
      }
    }
  }, []);

  const onNodeDragStart: OnNodeDrag<LabFlowNode> = useCallback(
    (_event, node) => {
      const lab = useLabStore.getState();
      lab.select(node.id);
      const source = attachSource(lab.world, node.id);
      if (!source || !lab.world) return;
      const judged = judge(attachCandidates(lab.world, source), lab.dryRun);
      useDragStore.getState().startDrag(node.id, new Map(judged.map((j) => [j.candidate.targetId, j.verdict])));
      targets.current = judged
        .map((j) => rectOf(flow.getInternalNode(j.candidate.targetId)))
        .filter((r): r is Rect => r !== undefined);
    },
    [flow],
  );

  const onNodeDrag: OnNodeDrag<LabFlowNode> = useCallback(
    (event) => {
      if (!targets.current.length) return;
      const pointer = 'touches' in event ? event.touches[0] : event;
      if (!pointer) return;
      const point = flow.screenToFlowPosition({ x: pointer.clientX, y: pointer.clientY });
      let best: Rect | undefined;
      for (const r of targets.current) {
        if (contains(r, point) && (!best || r.width * r.height < best.width * best.height)) best = r;
      }
      useDragStore.getState().hover(best?.id ?? null);
    },
    [flow],
  );

  const onNodeDragStop: OnNodeDrag<LabFlowNode> = useCallback(
    (_event, node: Node) => {
      const drag = useDragStore.getState();
      const lab = useLabStore.getState();
      const verdict = drag.hoverId ? drag.verdicts.get(drag.hoverId) : undefined;
      drag.endDrag();
      targets.current = [];
      setOverride(null);
      if (verdict) {
        // The engine decides; a refusal leaves the world as it was (the card snaps back) and shows the explanation.
        lab.dispatch(verdict.action);
        return;
      }
      const self = rectOf(flow.getInternalNode(node.id));
      const parent = node.parentId ? rectOf(flow.getInternalNode(node.parentId)) : undefined;
      if (self && parent && contains(parent, { x: self.x + self.width / 2, y: self.y + self.height / 2 })) {
        lab.setPosition(positionKey(lab.lens, node.id), node.position);
      }
    },
    [flow],
  );

  return { override, onNodesChange, onNodeDragStart, onNodeDrag, onNodeDragStop };
}
