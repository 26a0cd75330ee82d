import type { Edge } from '@xyflow/react';
import type { LabFlowNode } from '../../canvas/flow-types';
import { cardText, type CardText } from './card-text';

/** A rectangle in canvas coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One node placed absolutely, with what it says and how deep it sits (groups before the cards inside them). */
export interface SceneBox extends Rect {
  id: string;
  type: string;
  /** Groups (region, VPC, AZ, subnet…) hold other boxes; their text sits in a header line. */
  group: boolean;
  depth: number;
  text: CardText;
}

interface SceneLink {
  id: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
}

export interface Scene {
  boxes: SceneBox[];
  links: SceneLink[];
  /** Everything drawn; an empty world gives an empty rectangle at the origin. */
  bounds: Rect;
}

const GROUP_TYPES = new Set(['region', 'shelf', 'vpc', 'zoneColumn', 'az', 'subnet', 'autoScalingGroup', 'host', 'bay']);
const DEFAULT_SIZE = { width: 160, height: 60 };

function sizeOf(node: LabFlowNode): { width: number; height: number } {
  const width = node.width ?? node.measured?.width ?? DEFAULT_SIZE.width;
  const height = node.height ?? node.measured?.height ?? DEFAULT_SIZE.height;
  return { width, height };
}

const center = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/**
 * The canvas as plain boxes and lines in one coordinate space: React Flow positions children relative to their
 * parent (parents come first in the list), so each node's absolute place is its parent's plus its own.
 */
export function sceneOf(nodes: readonly LabFlowNode[], edges: readonly Edge[] = []): Scene {
  const placed = new Map<string, SceneBox>();
  const boxes: SceneBox[] = [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    if (node.hidden) continue;
    const parent = node.parentId ? placed.get(node.parentId) : undefined;
    if (node.parentId && !parent) continue; // a child of a hidden node is not drawn either
    const { width, height } = sizeOf(node);
    const box: SceneBox = {
      id: node.id,
      type: node.type ?? 'node',
      group: GROUP_TYPES.has(node.type ?? ''),
      depth: parent ? parent.depth + 1 : 0,
      x: (parent?.x ?? 0) + node.position.x,
      y: (parent?.y ?? 0) + node.position.y,
      width,
      height,
      text: cardText(node),
    };
    placed.set(node.id, box);
    boxes.push(box);
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + width);
    maxY = Math.max(maxY, box.y + height);
  }
  const links: SceneLink[] = [];
  for (const edge of edges) {
    const a = placed.get(edge.source);
    const b = placed.get(edge.target);
    if (a && b && !edge.hidden) links.push({ id: edge.id, from: center(a), to: center(b) });
  }
  const bounds = boxes.length ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : { x: 0, y: 0, width: 0, height: 0 };
  return { boxes, links, bounds };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
