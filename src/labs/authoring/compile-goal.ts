/**
 * A goal spec becomes a `Goal` of the lab format: the test, and the sentence the lab panel shows, written from the
 * spec in plain words ("An instance in us-east-1b whose state is running"). History goals reuse the goal library's
 * `refusalSeen` and `actionSeen`. Pure.
 */
import type { World } from '../../engine';
import type { CollectionKey } from '../../engine/model/world';
import { actionSeen, goal, refusalSeen } from '../goals';
import type { Goal } from '../types';
import { compileLibraryGoal, describeLibrarySpec } from './compile-library-goal';
import { VALUELESS, type Condition, type GoalScope, type GoalSpec, type LeafGoalSpec, type ResourceGoalSpec } from './goal-spec';
import { collectionDef, placementOf, propertyDef, readProperty, resourcesOf } from './properties';

/** A resource's display name for labels (its Name tag), by id; the id alone when it has none. */
type NameOf = (id: string) => string | undefined;

/** Name tags of the world's VPCs and subnets, for scope labels ("in subnet web (subnet-0a…)"). */
export function namesIn(world: World): NameOf {
  return (id) => {
    const resource = world.vpcs.get(id) ?? world.subnets.get(id);
    return resource?.tags.find((t) => t.Key === 'Name')?.Value;
  };
}

// ── evaluating ───────────────────────────────────────────────────────────────────────────────────────────────────

function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function same(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number') return typeof actual === 'number' && actual === expected;
  if (typeof expected === 'boolean') return (actual === true) === expected;
  return typeof actual === 'string' && actual === expected;
}

/** Whether a property's value meets a condition. */
function meets(actual: unknown, condition: Condition): boolean {
  const expected = condition.value;
  switch (condition.op) {
    case 'exists':
      return isSet(actual);
    case 'missing':
      return !isSet(actual);
    case 'eq':
      return same(actual, expected);
    case 'neq':
      return !same(actual, expected);
    case 'contains':
      if (Array.isArray(actual)) return actual.some((item) => same(item, expected));
      return typeof actual === 'string' && typeof expected === 'string' && actual.includes(expected);
    case 'gte':
      return typeof actual === 'number' && typeof expected === 'number' && actual >= expected;
    case 'lte':
      return typeof actual === 'number' && typeof expected === 'number' && actual <= expected;
    default:
      return false;
  }
}

function inScope(key: CollectionKey, resource: unknown, world: World, scope: GoalScope | undefined): boolean {
  if (!scope) return true;
  const placed = placementOf(key, resource, world);
  if (scope.region !== undefined && placed.region !== scope.region) return false;
  if (scope.az !== undefined && placed.az !== scope.az) return false;
  if (scope.vpcId !== undefined && placed.vpcId !== scope.vpcId) return false;
  if (scope.subnetId !== undefined && placed.subnetId !== scope.subnetId) return false;
  return true;
}

/** Resources of the spec's kind, in its scope, meeting every condition. */
export function matching(spec: ResourceGoalSpec, world: World): unknown[] {
  const properties = spec.where.map((c) => propertyDef(spec.collection, c.path));
  return resourcesOf(world, spec.collection).filter((resource) => {
    if (!inScope(spec.collection, resource, world, spec.scope)) return false;
    return spec.where.every((condition, i) => {
      const property = properties[i];
      return property !== undefined && meets(readProperty(property, resource, world), condition);
    });
  });
}

/** The spec's count rule: at least `min` (default 1), at most `max`. */
export function countMet(spec: ResourceGoalSpec, n: number): boolean {
  const { min, max } = spec.count ?? {};
  if (max !== undefined && n > max) return false;
  return n >= (min ?? (max !== undefined ? 0 : 1));
}

// ── labels ───────────────────────────────────────────────────────────────────────────────────────────────────────

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

function nounPhrase(spec: ResourceGoalSpec): { text: string; plural: boolean } {
  const def = collectionDef(spec.collection);
  const noun = def?.noun ?? spec.collection;
  const plural = def?.plural ?? `${noun}s`;
  const { min, max } = spec.count ?? {};
  const many = (n: number) => (n === 1 ? noun : plural);
  if (max === 0) return { text: `no ${noun}`, plural: false };
  if (max !== undefined && (min ?? 0) === 0) return { text: `at most ${max} ${many(max)}`, plural: max !== 1 };
  if (max !== undefined && min !== undefined && min === max) return { text: `exactly ${min} ${many(min)}`, plural: min !== 1 };
  if (max !== undefined && min !== undefined) return { text: `between ${min} and ${max} ${plural}`, plural: true };
  if (min !== undefined && min > 1) return { text: `at least ${min} ${plural}`, plural: true };
  return { text: `${article(noun)} ${noun}`, plural: false };
}

function named(id: string, nameOf: NameOf | undefined): string {
  const name = nameOf?.(id);
  return name ? `${name} (${id})` : id;
}

function scopePhrase(scope: GoalScope | undefined, nameOf: NameOf | undefined): string[] {
  if (!scope) return [];
  const out: string[] = [];
  if (scope.subnetId) out.push(`in subnet ${named(scope.subnetId, nameOf)}`);
  else if (scope.az) out.push(`in ${scope.az}`);
  if (scope.subnetId && scope.az) out.push(`in ${scope.az}`);
  if (scope.vpcId && !scope.subnetId) out.push(`in VPC ${named(scope.vpcId, nameOf)}`);
  if (scope.region && !scope.az && !scope.subnetId) out.push(`in ${scope.region}`);
  return out;
}

function quote(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

function pluralVerb(phrase: string, plural: boolean): string {
  if (!plural) return phrase;
  return phrase.replace(/^is /, 'are ').replace(/^has /, 'have ').replace(/^gives /, 'give ').replace(/^routes /, 'route ');
}

/** One condition in words: "whose state is running", "that is encrypted". */
export function describeCondition(collection: string, condition: Condition, plural = false): string {
  const property = propertyDef(collection, condition.path);
  const label = property?.label ?? condition.path;
  if (property?.type === 'boolean' && (condition.op === 'eq' || condition.op === 'neq') && typeof condition.value === 'boolean') {
    const truth = condition.op === 'eq' ? condition.value : !condition.value;
    const phrase = truth ? property.yes : property.no;
    if (phrase) return `that ${pluralVerb(phrase, plural)}`;
    return `whose ${label} is ${truth ? 'on' : 'off'}`;
  }
  const value = VALUELESS.has(condition.op) ? '' : quote(condition.value);
  switch (condition.op) {
    case 'eq':
      return `whose ${label} is ${value}`;
    case 'neq':
      return `whose ${label} is not ${value}`;
    case 'exists':
      if (property?.type === 'list') return `whose ${label} are not empty`;
      return property?.some ? `that ${plural ? 'have' : 'has'} ${property.some}` : `whose ${label} is set`;
    case 'missing':
      if (property?.type === 'list') return `whose ${label} are empty`;
      return property?.some ? `that ${plural ? 'have' : 'has'} no ${label}` : `whose ${label} is not set`;
    case 'contains':
      return property?.type === 'list' ? `whose ${label} include ${value}` : `whose ${label} contains “${value}”`;
    case 'gte':
      return `whose ${label} is at least ${value}`;
    case 'lte':
      return `whose ${label} is at most ${value}`;
    default:
      return `whose ${label} ${condition.op} ${value}`;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The sentence the lab panel shows for a goal spec. */
export function describeGoalSpec(spec: GoalSpec, nameOf?: NameOf): string {
  if ('label' in spec && spec.label) return spec.label;
  if (spec.kind === 'refused') {
    return `You saw ${spec.actionType ?? 'an action'} refused with ${spec.code ?? `rule ${spec.rule}`}`;
  }
  if (spec.kind === 'action') {
    return `You sent ${spec.type} and AWS accepted it${spec.event ? ` (with a '${spec.event}' event${spec.eventTo ? ` to ${spec.eventTo}` : ''})` : ''}`;
  }
  if (spec.kind === 'all') return spec.label;
  if (spec.kind !== 'resource') return describeLibrarySpec(spec);
  const noun = nounPhrase(spec);
  const conditions = spec.where.map((c) => describeCondition(spec.collection, c, noun.plural));
  return capitalise([noun.text, ...scopePhrase(spec.scope, nameOf), conditions.join(' and ')].filter(Boolean).join(' '));
}

// ── compiling ────────────────────────────────────────────────────────────────────────────────────────────────────

/** The goal a spec stands for. The spec is assumed sound (checkGoalSpec); an unknown property never matches. */
export function compileGoal(spec: GoalSpec, nameOf?: NameOf): Goal {
  const label = describeGoalSpec(spec, nameOf);
  if (spec.kind === 'all') {
    const goals = spec.goals.map((inner: LeafGoalSpec) => compileGoal(inner, nameOf));
    return goal(label, (ctx) => goals.every((g) => g.test(ctx)));
  }
  if (spec.kind === 'refused') {
    return refusalSeen({ ...(spec.code ? { code: spec.code } : {}), ...(spec.rule ? { rule: spec.rule } : {}), ...(spec.actionType ? { type: spec.actionType } : {}), label });
  }
  if (spec.kind === 'action') {
    const { event, eventTo } = spec;
    if (!event) return actionSeen(spec.type, { label });
    return actionSeen(spec.type, { label, where: (h) => h.events.some((e) => e.type === event && (eventTo === undefined || e.to === eventTo)) });
  }
  if (spec.kind !== 'resource') return compileLibraryGoal(spec);
  return goal(label, ({ world }) => countMet(spec, matching(spec, world).length));
}
