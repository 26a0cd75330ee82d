/**
 * What the camera frames when not everything fits at a readable size: in a guided lab, the resources the current
 * step is about (those its solution names); after an action, the resources it touched. Pure.
 */
import type { Lab, Template } from '../../labs/types';
import type { LabFlowNode } from '../flow-types';

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
 * The resources an action touched: cards and chips that are new or changed between two flows (a chip counts as its
 * card). Cards win over groups (a launch changes its subnet too); null when the whole world was replaced.
 */
export function touchedIds(before: readonly LabFlowNode[], after: readonly LabFlowNode[]): string[] | null {
  const old = new Map(before.map((n) => [n.id, n]));
  const types = new Map(after.map((n) => [n.id, n.type]));
  const leaves = new Set<string>();
  const groups = new Set<string>();
  for (const node of after) {
    if (old.get(node.id) === node) continue;
    if (LEAVES.has(node.type)) {
      const parentIsCard = node.parentId && types.get(node.parentId) === 'instance';
      leaves.add(parentIsCard ? node.parentId! : node.id);
    } else if (GROUPS.has(node.type)) groups.add(node.id);
  }
  const picked = leaves.size ? leaves : groups;
  return picked.size > MANY ? null : [...picked];
}
