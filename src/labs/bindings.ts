/**
 * The names a lab's solution uses for resources (`web`, `snap`, `eip`…), found for a learner who did some steps
 * themselves: "Show solution" then plays the remaining steps on *their* resources, and the store keeps the lab
state's refs in step with them (a share link then carries them). Pure, and free of the engine.
 *
 * Each done step's solution action that binds names (`as`) is matched to the learner's history: the last accepted
 * action of the same type whose response has the bound path. A name not found there, bound by a read, is asked
 * again with `read` (a dry run: nothing is committed).
 */
import type { Result } from '../engine';
import { ownValue, readPath } from './paths';
import type { HistoryEntry, Lab, LabAction } from './types';

export type Bindings = Readonly<Record<string, unknown>>;

/**
 * A dry run of a read with its refs resolved from `bindings`: its result, or undefined when a ref is unknown, the
 * action would change the world (not a read) or it fails.
 */
export type ReadFn = (action: LabAction, bindings: Bindings) => Result | undefined;

function fromHistory(action: LabAction, path: string, history: readonly HistoryEntry[]): unknown {
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i]!;
    if (!entry.ok || entry.action.type !== action.type) continue;
    const value = readPath(entry.response, path);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Bindings for playing the rest of a lab: `known` (the start's, and refs kept in the lab state) plus the names bound
 * by the solutions of the steps in `done`, recovered from the learner's history or by asking again.
 */
export function recoverBindings(
  lab: Pick<Lab, 'steps'>,
  done: ReadonlySet<string>,
  history: readonly HistoryEntry[],
  known: Bindings,
  read?: ReadFn,
): Record<string, unknown> {
  const bindings: Record<string, unknown> = { ...known };
  for (const step of lab.steps) {
    if (!done.has(step.id)) continue;
    for (const action of step.solution) {
      if (!action.as) continue;
      // The reference run rebinds these names here (a name may be reused: `app` the subnet, then `app` the
      // instance), so what the learner made wins over what was known before.
      const names = Object.entries(action.as).filter(([name]) => name !== '__proto__');
      const found = new Set<string>();
      for (const [name, path] of names) {
        const value = fromHistory(action, path, history);
        if (value !== undefined) {
          bindings[name] = value;
          found.add(name);
        }
      }
      const missing = names.filter(([name]) => !found.has(name));
      if (!read || missing.length === 0) continue;
      const result = read(action, bindings);
      if (!result?.ok) continue;
      for (const [name, path] of missing) {
        const value = readPath(result.response, path);
        if (value !== undefined) bindings[name] = value;
      }
    }
  }
  return bindings;
}

/** The refs a template needs that `bindings` does not have (an empty list: the action can be resolved). */
export function missingRefs(action: LabAction, bindings: Bindings): string[] {
  const missing = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const keys = Object.keys(value);
    const ref = (value as { ref?: unknown }).ref;
    if (keys.length === 1 && typeof ref === 'string') {
      if (ownValue(bindings, ref) === undefined) missing.add(ref);
      return;
    }
    Object.values(value).forEach(walk);
  };
  walk(action.params);
  return [...missing];
}
