/**
 * The canvas is derived from the world, never stored (DESIGN.md example 6). `toFlow(world, lens, positions)` gives
 * React Flow its nodes, parents before children, with every group's size computed here (not `expandParent`).
 *
 * Pure in value: the same arguments give equal nodes. Memoised in identity: a node whose resource object, place
 * and size did not change is the very object of the previous call, so React Flow (which compares node objects)
 * and the memo-ised node components skip it. Moving a box changes `positions` only, never the world.
 */
import type { Edge } from '@xyflow/react';
import type { World } from '../engine';
import { HOME_REGION, REGIONS } from '../engine/regions';
import { engineNow } from '../store/engine-module';
import type { Position } from '../store/layout-slice';
import type { Flow, Instance, LabFlowNode, Lens } from './flow-types';
import { isMovable } from './layout/block';
import { forgetCards } from './layout/cards';
import { forgetSubnets, networkFlow } from './layout/network-lens';
import { AUTO_REGIONS, type RegionChoice } from '../view-model/regions';
import { nodeLabel } from './node-label';
import { physicalLens, type HostReader } from './layout/physical-lens';

export * from './flow-types';
export { SIZE as LAYOUT } from './layout/sizes';

type Positions = Readonly<Record<string, Position>>;
const NO_POSITIONS: Positions = Object.freeze({});

/** True while the learner has built nothing in the home region (the canvas shows a hint). */
export function homeRegionIsEmpty(world: World | null): boolean {
  return !world || !world.vpcs.values().some((vpc) => vpc.region === world.homeRegion);
}

/** Key of a node's learner-set position: lenses lay out differently, so each keeps its own. */
export function positionKey(lens: Lens, id: string): string {
  return lens === 'network' ? id : `${lens}:${id}`;
}

/** `sim:HostOf` through the engine (loaded by the time a world exists). */
const engineHostOf: HostReader = (world: World, instance: Instance) => {
  const engine = engineNow();
  const answer = engine?.describe(world, 'sim:HostOf', { InstanceId: instance.id }, instance.region) as
    | { HostId?: string }
    | undefined;
  return answer?.HostId;
};

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => a[k] === b[k]);
}

/**
 * Same node in every respect React Flow or a node component looks at. `position` and `ariaLabel` stand for b's own:
 * the derivation compares a fresh node, at the place the learner set and with its label, without copying it.
 */
function sameNode(
  a: LabFlowNode,
  b: LabFlowNode,
  position: Position = b.position,
  ariaLabel: string | undefined = b.ariaLabel,
): boolean {
  return (
    a.id === b.id &&
    a.type === b.type &&
    a.parentId === b.parentId &&
    a.position.x === position.x &&
    a.position.y === position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.zIndex === b.zIndex &&
    a.className === b.className &&
    a.ariaLabel === ariaLabel &&
    sameData(a.data, b.data)
  );
}

function sameEdge(a: Edge, b: Edge): boolean {
  return a.id === b.id && a.source === b.source && a.target === b.target && a.className === b.className && a.label === b.label;
}

/** A node handed to React Flow, with the derived node and the learner-set place it was made from. */
interface Kept {
  from: LabFlowNode;
  placed: Position | undefined;
  node: LabFlowNode;
}

interface Memo {
  world: World | null;
  positions: Positions;
  regions: RegionChoice;
  flow: Flow;
  nodes: Map<string, Kept>;
  edges: Map<string, Edge>;
}

const memos: Partial<Record<Lens, Memo>> = {};

/** Fresh nodes for a world, before positions and identity reuse. */
function derive(world: World | null, lens: Lens, regions: RegionChoice): { nodes: LabFlowNode[]; edges: Edge[] } {
  const fallback = REGIONS[HOME_REGION]!;
  if (lens === 'physical') return physicalLens(world, fallback, engineHostOf, regions);
  return networkFlow(world, fallback, regions);
}

/** `regions`: the regions opened from their chips besides those drawn anyway (see layout/regions.ts). */
export function toFlow(
  world: World | null,
  lens: Lens = 'network',
  positions: Positions = NO_POSITIONS,
  regions: RegionChoice = AUTO_REGIONS,
): Flow {
  const memo = memos[lens];
  if (memo && memo.world === world && memo.positions === positions && memo.regions === regions) return memo.flow;
  const fresh = derive(world, lens, regions);
  const kept = new Map<string, Kept>();
  const nodes = fresh.nodes.map((node) => {
    const placed = isMovable(node) ? positions[positionKey(lens, node.id)] : undefined;
    const before = memo?.nodes.get(node.id);
    // The layout reuses the very node objects of unchanged cards (layout/block.ts `reusing`): nothing to compare.
    if (before && before.from === node && before.placed === placed) {
      kept.set(node.id, before);
      return before.node;
    }
    const previous = before?.node;
    // The spoken label is a function of the node's kind and data: an unchanged node keeps the one it had.
    const ariaLabel = previous && previous.type === node.type && sameData(previous.data, node.data) ? previous.ariaLabel : nodeLabel(node);
    // Compare before building: on a thousand-node canvas most nodes are unchanged, and copying each one only to
    // throw the copy away was most of the cost of a small world change.
    const made: LabFlowNode =
      previous && sameNode(previous, node, placed ?? node.position, ariaLabel)
        ? previous
        : ({
            ...node,
            ariaLabel,
            // The size React Flow would measure (every node's size is set here): a changed node keeps its measured
            // handles instead of being observed and measured again, which cost a layout and a store update per action.
            measured: { width: node.width, height: node.height },
            ...(placed ? { position: { x: placed.x, y: placed.y } } : {}),
          } as LabFlowNode);
    kept.set(node.id, { from: node, placed, node: made });
    return made;
  });
  const freshEdges = fresh.edges.map((edge) => {
    const previous = memo?.edges.get(edge.id);
    return previous && sameEdge(previous, edge) ? previous : edge;
  });
  const same = <T>(a: readonly T[] | undefined, b: readonly T[]) => !!a && a.length === b.length && b.every((x, i) => x === a[i]);
  // Unchanged edges keep their array, so React Flow is not handed "new" edges (a store update every node hears).
  const edges = same(memo?.flow.edges, freshEdges) ? memo!.flow.edges : freshEdges;
  const sameAsBefore = memo && same(memo.flow.nodes, nodes) && edges === memo.flow.edges;
  const flow: Flow = sameAsBefore ? memo.flow : { nodes, edges };
  memos[lens] = {
    world,
    positions,
    regions,
    flow,
    nodes: kept,
    edges: sameAsBefore ? memo.edges : new Map(edges.map((e) => [e.id, e])),
  };
  return flow;
}

/** Forget the memo and the layout's reused cards (tests that compare identity start from a clean slate). */
export function resetFlowMemo(): void {
  delete memos.network;
  delete memos.physical;
  forgetCards();
  forgetSubnets();
}
