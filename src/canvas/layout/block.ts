import type { LabFlowNode } from '../flow-types';

/**
 * A laid-out piece of the canvas, measured before it is placed: groups size themselves from their children
 * (bottom-up), then emit their nodes parents-first (top-down) once their own position is known.
 */
export interface Block {
  width: number;
  height: number;
  /** Push this block's node and its descendants. `width`/`height` stretch the block to its siblings' size. */
  emit(out: LabFlowNode[], parentId: string | undefined, x: number, y: number, width?: number, height?: number): void;
}

/**
 * Common flags: nothing is connectable or deletable. React Flow's own node dragging is off everywhere: free cards
 * (class `movable`: detached interfaces and volumes, Elastic IPs) are moved by the canvas's own drag to attach
 * (attach/use-card-drag.ts), which costs one style write per frame instead of a React render of every node.
 */
export const FIXED = { draggable: false, connectable: false, deletable: false, selectable: false } as const;
export const MOVABLE = { ...FIXED, className: 'movable' } as const;

export const isMovable = (node: { className?: string }) => node.className === 'movable';

/**
 * The block, emitting the very node objects of its last emit when asked to emit at the same place again: a block
 * reused for unchanged resources then costs the canvas nothing to re-derive (to-flow.ts keeps identical nodes).
 */
export function reusing(block: Block): Block {
  let last: { parentId: string | undefined; x: number; y: number; width?: number; height?: number; nodes: LabFlowNode[] } | undefined;
  return {
    width: block.width,
    height: block.height,
    emit(out, parentId, x, y, width, height) {
      if (last && last.parentId === parentId && last.x === x && last.y === y && last.width === width && last.height === height) {
        for (const node of last.nodes) out.push(node);
        return;
      }
      const start = out.length;
      block.emit(out, parentId, x, y, width, height);
      last = { parentId, x, y, width, height, nodes: out.slice(start) };
    },
  };
}
