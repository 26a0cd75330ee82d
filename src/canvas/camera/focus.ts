/**
 * What the camera frames when not everything fits at a readable size: in a guided lab, the resources the current
 * step is about (those its solution names); after an action, the resources it touched. Pure.
 */
import type { World } from '../../engine';
import type { Lab, Template } from '../../labs/types';
import type { LabFlowNode } from '../flow-types';
import type { Rect } from './frame';

const LEAVES = new Set(['instance', 'eni', 'volume', 'eip', 'shelfItem']);
const GROUPS = new Set(['subnet', 'vpc']);
/** More changed than this: a new world (a lab's start, an opened link), not one action's doing. */
const MANY = 40;

function refsIn(value: Template | undefined, out: string[]): void {
  if (Array.isArray(value)) {
    for (const v of value) refsIn(v, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const ref = (value as { ref?: unknown }).ref;
  if (typeof ref === 'string' && Object.keys(value).length === 1) {
    out.push(ref);
    return;
  }
  for (const v of Object.values(value)) refsIn(v, out);
}

/**
 * Ids of the resources the lab's step `step` is about: the names its solution uses, resolved through the lab's
 * refs. A step that only creates (its names are not bound yet) falls back to the next step naming something known,
 * then to every resource the lab's start named.
 */
export function labFocusIds(lab: Pick<Lab, 'steps'>, step: number, refs: Readonly<Record<string, string>>): string[] {
  const resolve = (names: string[]) => [...new Set(names.map((n) => refs[n]).filter((id): id is string => !!id))];
  for (let i = Math.max(0, step); i < lab.steps.length; i++) {
    const names: string[] = [];
    for (const action of lab.steps[i]!.solution) refsIn(action.params, names);
    const ids = resolve(names);
    if (ids.length) return ids;
  }
  return resolve(Object.keys(refs));
}

/**
 * What a step about a load balancer, a target group or an Auto Scaling group is really about includes the servers
 * behind it: the load balancer's target groups, the groups feeding them, and their instances (a drill that fails a
 * zone under the web tier must show the web servers, not only the load balancer above them).
 */
export function withServers(world: World, ids: readonly string[]): string[] {
  const out = new Set(ids);
  const tgs = new Set<string>();
  const addGroup = (id: string) => {
    const group = world.autoScalingGroups.get(id);
    if (!group) return;
    out.add(group.id);
    for (const member of group.instances) out.add(member.instanceId);
    for (const arn of group.targetGroupArns) tgs.add(arn);
  };
  for (const id of ids) {
    if (world.loadBalancers.has(id)) {
      for (const l of world.listeners.values()) {
        if (l.loadBalancerArn !== id) continue;
        tgs.add(l.targetGroupArn);
        for (const r of l.rules ?? []) tgs.add(r.targetGroupArn);
      }
    }
    if (world.targetGroups.has(id)) tgs.add(id);
    addGroup(id);
  }
  for (const group of world.autoScalingGroups.values()) if (group.targetGroupArns.some((arn) => tgs.has(arn))) addGroup(group.id);
  for (const arn of tgs) {
    const tg = world.targetGroups.get(arn);
    if (!tg) continue;
    out.add(arn);
    for (const target of tg.targets) if (world.instances.has(target.id)) out.add(target.id);
  }
  return [...out];
}

const indexes = new WeakMap<readonly LabFlowNode[], ReadonlyMap<string, LabFlowNode>>();

/** The nodes by id, built once per nodes array (the camera asks for the same one on every change, twice). */
export function nodesById(nodes: readonly LabFlowNode[]): ReadonlyMap<string, LabFlowNode> {
  let byId = indexes.get(nodes);
  if (!byId) indexes.set(nodes, (byId = new Map(nodes.map((n) => [n.id, n]))));
  return byId;
}

/** Canvas rectangles of the given nodes (absolute: parents' positions added), or of the roots. */
export function nodeRects(nodes: readonly LabFlowNode[], ids: readonly string[] | 'roots'): Rect[] {
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
 * The resources an action touched: cards and chips that are new or changed between two flows (a chip counts as its
 * card). Cards win over groups (a launch changes its subnet too); null when the whole world was replaced.
 */
export function touchedIds(before: readonly LabFlowNode[], after: readonly LabFlowNode[]): string[] | null {
  const old = nodesById(before);
  const now = nodesById(after);
  const leaves = new Set<string>();
  const groups = new Set<string>();
  for (const node of after) {
    if (old.get(node.id) === node) continue;
    if (LEAVES.has(node.type)) {
      const parentIsCard = node.parentId && now.get(node.parentId)?.type === 'instance';
      leaves.add(parentIsCard ? node.parentId! : node.id);
    } else if (GROUPS.has(node.type)) groups.add(node.id);
  }
  const picked = leaves.size ? leaves : groups;
  return picked.size > MANY ? null : [...picked];
}
