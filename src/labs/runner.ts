/**
 * Replaying lab actions: refs resolved from earlier responses, results summarised as history entries. Pure.
 */
import { apply, createWorld, summarize, type Action, type Result, type World } from '../engine';
import type { Bindings } from './bindings';
import { readPath } from './paths';
import type { HistoryEntry, Lab, LabAction, LabDefinition, Template } from './types';

export type { Bindings };

function isRef(value: unknown): value is { ref: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { ref?: unknown }).ref === 'string'
  );
}

/** Replace every `{ ref }` in a template by its bound value. An unknown ref is an authoring error: it throws. */
export function resolveTemplate(template: Template, bindings: Bindings): unknown {
  if (isRef(template)) {
    if (!Object.hasOwn(bindings, template.ref)) throw new Error(`Lab ref '${template.ref}' is not bound by an earlier action.`);
    return bindings[template.ref];
  }
  if (Array.isArray(template)) return template.map((item) => resolveTemplate(item, bindings));
  if (template !== null && typeof template === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(template)) out[key] = resolveTemplate(value, bindings);
    return out;
  }
  return template;
}

/** The engine action a lab action stands for, with its refs resolved. */
export function resolveAction(action: LabAction, bindings: Bindings): Action {
  return {
    type: action.type,
    ...(action.params ? { params: resolveTemplate(action.params, bindings) as Record<string, unknown> } : {}),
    ...(action.region ? { region: action.region } : {}),
    ...(action.account ? { account: action.account } : {}),
  };
}

/** What the history keeps of one applied action (the engine's one summarize). */
export { summarize };

/** New bindings after an accepted action: each `as` name read from the response. Refused actions bind nothing. */
export function bind(action: LabAction, result: Result, bindings: Bindings): Bindings {
  if (!action.as || !result.ok) return bindings;
  const next: Record<string, unknown> = { ...bindings };
  for (const [name, path] of Object.entries(action.as)) if (name !== '__proto__') next[name] = readPath(result.response, path);
  return next;
}

export interface Applied {
  action: LabAction;
  result: Result;
  entry: HistoryEntry;
}

export interface Run {
  world: World;
  bindings: Bindings;
  history: HistoryEntry[];
  applied: Applied[];
}

/** Apply lab actions one after the other (a refused action leaves the world as it was, as in the app). */
export function runActions(world: World, actions: readonly LabAction[], bindings: Bindings = {}): Run {
  let current = world;
  let bound = bindings;
  const history: HistoryEntry[] = [];
  const applied: Applied[] = [];
  for (const action of actions) {
    const resolved = resolveAction(action, bound);
    const result = apply(current, resolved);
    const entry = summarize(resolved, result);
    history.push(entry);
    applied.push({ action, result, entry });
    bound = bind(action, result, bound);
    current = result.world;
  }
  return { world: current, bindings: bound, history, applied };
}

/** The world a lab starts from, with the names its start bound (the start is not part of the learner's history). */
export function startLab(lab: Pick<Lab, 'start'>): Run {
  const world = createWorld({
    ...(lab.start.seed !== undefined ? { seed: lab.start.seed } : {}),
    ...(lab.start.defaultVpc ? { defaultVpc: true } : {}),
  });
  return runActions(world, lab.start.actions);
}

/**
 * The lab's start, then the solutions of its first `steps` steps (all by default): a "skip to step" or "show me"
 * starting point. The history holds the solution's actions only, as if the learner had sent them.
 */
export function replaySolution(lab: Pick<Lab, 'start' | 'steps'>, steps = lab.steps.length): Run {
  const start = startLab(lab);
  return runActions(start.world, lab.steps.slice(0, steps).flatMap((step) => step.solution), start.bindings);
}

/** Derives the flat solution from the steps. */
export function defineLab(definition: LabDefinition): Lab {
  return {
    ...definition,
    solution: definition.steps.flatMap((step) => step.solution.map((action) => ({ ...action, step: step.id }))),
  };
}
