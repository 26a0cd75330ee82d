/**
 * The presenter's nodes for one step: the canvas's own nodes of the world after the step, marked with what the
 * step changed (fade in, flash), plus the cards the step removed, kept for one fade-out where their group still is.
 */
import { toFlow } from '../canvas/to-flow';
import type { Flow, LabFlowNode } from '../canvas/flow-types';
import type { World } from '../engine';
import type { Lens } from '../store/layout-slice';
import type { WorldChanges } from './presentation';

const NO_POSITIONS = {};

function mark(node: LabFlowNode, className: string): LabFlowNode {
  return { ...node, className: [node.className, className].filter(Boolean).join(' ') } as LabFlowNode;
}

/** The nodes to draw for the world `after`, coming from `before` by `changes`. */
export function stageFlow(before: World | null, after: World, changes: WorldChanges, lens: Lens): Flow & { focus: string[] } {
  // toFlow keeps one memo per lens for the main canvas; these worlds are the presenter's own, so work on copies
  const now = toFlow(after, lens, NO_POSITIONS);
  const added = new Set(changes.added);
  const changed = new Set(changes.changed);
  const nodes = now.nodes.map((node) => (added.has(node.id) ? mark(node, 'present-added') : changed.has(node.id) ? mark(node, 'present-changed') : node));
  const focus = now.nodes.filter((n) => added.has(n.id) || changed.has(n.id)).map((n) => n.id);
  if (before && changes.removed.length) {
    const present = new Set(now.nodes.map((n) => n.id));
    const removed = new Set(changes.removed);
    for (const node of toFlow(before, lens, NO_POSITIONS).nodes) {
      if (removed.has(node.id) && (!node.parentId || present.has(node.parentId))) nodes.push(mark(node, 'present-removed'));
    }
    // after the change, the cards it touched: where they were, when nothing new appeared
    if (!focus.length) focus.push(...changes.removed.filter((id) => present.has(id)));
  }
  return { nodes, edges: now.edges, focus };
}
