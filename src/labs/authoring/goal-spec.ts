/**
 * Goals as data. A catalogue lab's goals are functions; an authored lab travels as JSON, so its goals are specs
 * that compile to the same `Goal`s (see compile-goal.ts):
 * - `resource`: resources of a kind, in a scope, whose properties match ("an instance in us-east-1b whose state is
 *   running");
 * - `refused`: the learner saw an action refused with an AWS error code;
 * - `action`: the learner sent an action and AWS accepted it.
 * zod (mini, jitless like src/scenario/schema.ts) checks the shape; `checkGoalSpec` checks the meaning (a property
 * that kind of resource has, an operator and a value that fit it).
 */
import { z } from 'zod/mini';
import { ACTION_LIST } from '../../engine';
import { COLLECTION_KEYS, collectionDef, propertyDef, type PropertyType, type ScopeKey } from './properties';
import { ALL_MAX, labelText, libraryLeafSchemas, type LibraryLeafSpec } from './goal-spec-library';

z.config({ jitless: true });

export const OPERATORS = ['eq', 'neq', 'exists', 'missing', 'contains', 'gte', 'lte'] as const;
export type Operator = (typeof OPERATORS)[number];

/** Operators that make sense for each kind of property, in the order the builder offers them. */
export const OPERATORS_FOR: Record<PropertyType, readonly Operator[]> = {
  enum: ['eq', 'neq'],
  boolean: ['eq'],
  text: ['eq', 'neq', 'exists', 'missing', 'contains'],
  number: ['eq', 'neq', 'gte', 'lte'],
  list: ['contains', 'exists', 'missing'],
};

/** Operators that take no value. */
export const VALUELESS: ReadonlySet<Operator> = new Set(['exists', 'missing']);

const LIMITS = {
  conditions: 8,
  valueLength: 200,
  idLength: 64,
  codeLength: 80,
  countMax: 1000,
};

const shortText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const idText = z.string().check(z.minLength(1), z.maxLength(LIMITS.idLength), z.regex(/^[A-Za-z0-9._:/-]+$/, 'must be an id'));

const conditionSchema = z.strictObject({
  path: shortText(60),
  op: z.enum(OPERATORS),
  value: z.optional(z.union([z.string().check(z.maxLength(LIMITS.valueLength)), z.number().check(z.gte(-1e9), z.lte(1e9)), z.boolean()])),
});

const scopeSchema = z.strictObject({
  region: z.optional(idText),
  az: z.optional(idText),
  vpcId: z.optional(idText),
  subnetId: z.optional(idText),
});

const countValue = z.int().check(z.gte(0), z.lte(LIMITS.countMax));

const resourceGoalSchema = z.strictObject({
  kind: z.literal('resource'),
  collection: z.enum(COLLECTION_KEYS as unknown as [string, ...string[]]),
  where: z.array(conditionSchema).check(z.maxLength(LIMITS.conditions)),
  scope: z.optional(scopeSchema),
  count: z.optional(z.strictObject({ min: z.optional(countValue), max: z.optional(countValue) })),
  label: z.optional(labelText),
});

const refusedGoalSchema = z.strictObject({
  kind: z.literal('refused'),
  code: z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.codeLength), z.regex(/^[A-Za-z0-9.]+$/, 'must be an AWS error code'))),
  /** The engine rule that refused it (`ebs.attach.same-az`): narrower than a code. */
  rule: z.optional(z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[a-z0-9.-]+$/, 'must be a rule id'))),
  actionType: z.optional(shortText(100)),
  label: z.optional(labelText),
});

const actionGoalSchema = z.strictObject({
  kind: z.literal('action'),
  type: shortText(100),
  /** The accepted action produced an event of this type (`public-ip-released`)… */
  event: z.optional(z.string().check(z.minLength(1), z.maxLength(60), z.regex(/^[a-z0-9-]+$/, 'must be an event type'))),
  /** …that went to this state. */
  eventTo: z.optional(z.string().check(z.minLength(1), z.maxLength(60), z.regex(/^[A-Za-z0-9.-]+$/, 'must be a state'))),
  label: z.optional(labelText),
});

const leafSchemas = [resourceGoalSchema, refusedGoalSchema, actionGoalSchema, ...libraryLeafSchemas] as const;

const allGoalSchema = z.strictObject({
  kind: z.literal('all'),
  label: labelText,
  goals: z.array(z.discriminatedUnion('kind', [...leafSchemas])).check(z.minLength(1), z.maxLength(ALL_MAX)),
});

export const goalSpecSchema = z.discriminatedUnion('kind', [...leafSchemas, allGoalSchema]);

export type Condition = z.infer<typeof conditionSchema>;
export type GoalScope = z.infer<typeof scopeSchema>;
export type ResourceGoalSpec = Omit<z.infer<typeof resourceGoalSchema>, 'collection'> & { collection: (typeof COLLECTION_KEYS)[number] };
export type RefusedGoalSpec = z.infer<typeof refusedGoalSchema>;
export type ActionGoalSpec = z.infer<typeof actionGoalSchema>;
export type LeafGoalSpec = ResourceGoalSpec | RefusedGoalSpec | ActionGoalSpec | LibraryLeafSpec;
interface AllGoalSpec {
  kind: 'all';
  label: string;
  goals: LeafGoalSpec[];
}
export type GoalSpec = LeafGoalSpec | AllGoalSpec;
/** Kinds the builder's form edits; the others show as read-only text with their JSON. */
export const EDITABLE_KINDS: ReadonlySet<GoalSpec['kind']> = new Set(['resource', 'refused', 'action']);

const ACTION_TYPES: ReadonlySet<string> = new Set(ACTION_LIST.map((a) => a.type));

/** Whether the engine has this action. */
export function isActionType(type: string): boolean {
  return ACTION_TYPES.has(type);
}

function checkCondition(collection: string, condition: Condition): string | undefined {
  const property = propertyDef(collection, condition.path);
  const noun = collectionDef(collection)?.noun ?? collection;
  if (!property) return `path: a ${noun} has no property "${condition.path}" that goals can test`;
  if (!OPERATORS_FOR[property.type].includes(condition.op)) {
    return `op: "${condition.op}" does not apply to ${property.label} (use ${OPERATORS_FOR[property.type].join(', ')})`;
  }
  const value = condition.value;
  if (VALUELESS.has(condition.op)) {
    return value === undefined ? undefined : `value: "${condition.op}" takes no value`;
  }
  if (value === undefined) return `value: "${condition.op}" needs a value`;
  if (property.type === 'boolean' && typeof value !== 'boolean') return `value: ${property.label} is true or false`;
  if (property.type === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) return `value: ${property.label} is a number`;
  if ((property.type === 'text' || property.type === 'enum' || property.type === 'list') && typeof value !== 'string') {
    return `value: ${property.label} is compared with text`;
  }
  if (property.type === 'enum' && !property.values?.includes(value as string)) {
    return `value: ${property.label} is one of ${property.values?.join(', ')}`;
  }
  return undefined;
}

/**
 * The meaning of a spec that has the right shape: undefined when it is sound, else `path: what is wrong` (the path
 * relative to the goal, e.g. `where.0.op`).
 */
export function checkGoalSpec(spec: GoalSpec): string | undefined {
  if (spec.kind === 'action') return isActionType(spec.type) ? undefined : `type: the lab has no action "${spec.type}"`;
  if (spec.kind === 'refused') {
    if (spec.code === undefined && spec.rule === undefined) return 'code: a refusal goal needs a code or a rule';
    if (spec.actionType !== undefined && !isActionType(spec.actionType)) return `actionType: the lab has no action "${spec.actionType}"`;
    return undefined;
  }
  if (spec.kind === 'all') {
    for (const [i, inner] of spec.goals.entries()) {
      const problem = checkGoalSpec(inner);
      if (problem) return `goals.${i}.${problem}`;
    }
    return undefined;
  }
  if (spec.kind !== 'resource') return undefined;
  const def = collectionDef(spec.collection);
  if (!def) return `collection: unknown kind of resource "${spec.collection}"`;
  for (const [i, condition] of spec.where.entries()) {
    const problem = checkCondition(spec.collection, condition);
    if (problem) return `where.${i}.${problem}`;
  }
  for (const key of Object.keys(spec.scope ?? {}) as ScopeKey[]) {
    if (!def.scopes.includes(key)) return `scope.${key}: a ${def.noun} cannot be scoped by ${key}`;
  }
  const { min, max } = spec.count ?? {};
  if (min !== undefined && max !== undefined && min > max) return 'count: min is more than max';
  return undefined;
}
