/**
 * Field-by-field validation of a resource against its shape (one zod schema per field), made cheap for the common
 * case: a snapshot of 1,000 resources has tens of thousands of fields, most of them plain strings and numbers.
 *
 * - A field whose value is the very same as the previous resource's (decoded snapshots share unchanged values between
 *   neighbours) is not checked again.
 * - A value that the field's schema certainly accepts passes without calling zod: strings, numbers, whole numbers,
 *   booleans, literals and enums, with their length, bound and pattern checks, and lists, objects, records, unions and
 *   tuples of these. Anything else, and every value such a test does not pass, goes to zod: the verdict and the
 *   message are always zod's.
 */
import type { z } from 'zod/mini';
import { describeIssues } from './schema-issues';
import { InvalidDocument, type Obj } from './json';

export type Shape = Record<string, z.ZodMiniType>;

/** What a zod definition looks like to the shortcut (only these fields are read). */
interface Def {
  type?: string;
  checks?: readonly { _zod: { def: CheckDef } }[];
  check?: string;
  format?: string;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
  shape?: Record<string, z.ZodMiniType>;
  catchall?: z.ZodMiniType;
  keyType?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  options?: readonly z.ZodMiniType[];
  items?: readonly z.ZodMiniType[];
  rest?: z.ZodMiniType | null;
}

/** A check of a zod definition (`z.gte(0)`, `z.maxLength(3)`, `z.regex(…)`): only these fields are read. */
interface CheckDef {
  check?: string;
  value?: unknown;
  inclusive?: boolean;
  maximum?: number;
  minimum?: number;
  format?: string;
  pattern?: RegExp;
}

type Accepts = (value: unknown) => boolean;

const isString: Accepts = (v) => typeof v === 'string';
const anything: Accepts = () => true;

function allStrings(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}

/** An object as JSON.parse makes them (zod's objects and records accept these, and more). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The test of one check (length, bound, pattern) as zod applies it; undefined for a check the shortcut does not know. */
function checkTest(def: CheckDef): Accepts | undefined {
  const bound = def.value;
  switch (def.check) {
    case 'max_length':
      return (v) => (v as { length: number }).length <= (def.maximum as number);
    case 'min_length':
      return (v) => (v as { length: number }).length >= (def.minimum as number);
    case 'greater_than':
      if (typeof bound !== 'number') return undefined;
      return def.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    case 'less_than':
      if (typeof bound !== 'number') return undefined;
      return def.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    case 'string_format': {
      const pattern = def.pattern;
      if (def.format !== 'regex' || !(pattern instanceof RegExp)) return undefined;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
    default:
      return undefined;
  }
}

/** `base` followed by every check of the definition; undefined when one of them is unknown to the shortcut. */
function withChecks(def: Def, base: Accepts | undefined): Accepts | undefined {
  if (!base || !def.checks?.length) return base;
  const tests: Accepts[] = [];
  for (const check of def.checks) {
    const test = checkTest(check._zod.def);
    if (!test) return undefined;
    tests.push(test);
  }
  return (v) => {
    if (!base(v)) return false;
    for (let i = 0; i < tests.length; i++) if (!(tests[i] as Accepts)(v)) return false;
    return true;
  };
}

function numberTest(def: Def): Accepts | undefined {
  if (def.check === 'number_format') return def.format === 'safeint' ? (v) => Number.isSafeInteger(v) : undefined;
  return def.check === undefined ? (v) => Number.isFinite(v) : undefined;
}

function arrayTest(def: Def): Accepts | undefined {
  const element = def.element && accepts(def.element);
  if (!element) return undefined;
  if (element === isString) return allStrings;
  return (v) => {
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
    return true;
  };
}

/** z.object (extra keys stripped), z.looseObject (kept) and z.strictObject (refused). */
function objectTest(def: Def): Accepts | undefined {
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  const tests: Accepts[] = [];
  for (const key of keys) {
    const test = accepts(shape[key] as z.ZodMiniType);
    if (!test) return undefined;
    tests.push(test);
  }
  const extra = def.catchall?._zod.def.type;
  if (extra !== undefined && extra !== 'unknown' && extra !== 'never') return undefined;
  const strict = extra === 'never';
  const known = new Set(keys);
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (!(tests[i] as Accepts)(Object.hasOwn(v, key) ? v[key] : undefined)) return false;
    }
    if (strict) for (const key in v) if (!known.has(key)) return false;
    return true;
  };
}

function recordTest(def: Def): Accepts | undefined {
  const keyDef = def.keyType?._zod.def as Def | undefined;
  const value = def.valueType && accepts(def.valueType);
  if (!value || keyDef?.type !== 'string' || keyDef.checks?.length) return undefined;
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (const key in v) if (!value(v[key])) return false;
    return true;
  };
}

function unionTest(def: Def): Accepts | undefined {
  const options = (def.options ?? []).map((o) => accepts(o));
  if (!options.length || options.some((o) => !o)) return undefined;
  const tests = options as Accepts[];
  return (v) => tests.some((test) => test(v));
}

function tupleTest(def: Def): Accepts | undefined {
  const items = (def.items ?? []).map((o) => accepts(o));
  if (def.rest || items.some((o) => !o)) return undefined;
  const tests = items as Accepts[];
  return (v) => Array.isArray(v) && v.length === tests.length && tests.every((test, i) => test(v[i]));
}

/**
 * A test that returns true only for values the schema accepts; undefined when the shortcut does not know the schema
 * (its type, or one of its checks). A parent whose part has no shortcut has none either: zod decides for it.
 */
function shortcut(schema: z.ZodMiniType): Accepts | undefined {
  const def = schema._zod.def as Def;
  switch (def.type) {
    case 'string':
      return withChecks(def, isString);
    case 'boolean':
      return withChecks(def, (v) => typeof v === 'boolean');
    case 'number':
      return withChecks(def, numberTest(def));
    case 'unknown':
      return anything;
    case 'literal': {
      const values = def.values ?? [];
      return withChecks(def, (v) => values.includes(v));
    }
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      if (!values.every((v) => typeof v === 'string')) return undefined;
      const allowed = new Set(values as string[]);
      return withChecks(def, (v) => typeof v === 'string' && allowed.has(v));
    }
    case 'optional': {
      const inner = def.innerType && !def.checks?.length ? accepts(def.innerType) : undefined;
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'array':
      return withChecks(def, arrayTest(def));
    case 'object':
      return withChecks(def, objectTest(def));
    case 'record':
      return withChecks(def, recordTest(def));
    case 'union':
      return withChecks(def, unionTest(def));
    case 'tuple':
      return withChecks(def, tupleTest(def));
    default:
      return undefined;
  }
}

const NEVER: Accepts = () => false;
const shortcuts = new Map<z.ZodMiniType, Accepts>();

/** The shortcut test of a schema (undefined when it has none). */
export function accepts(schema: z.ZodMiniType): Accepts | undefined {
  let found = shortcuts.get(schema);
  if (found === undefined) {
    found = shortcut(schema) ?? NEVER;
    shortcuts.set(schema, found);
  }
  return found === NEVER ? undefined : found;
}

interface Compiled {
  keys: readonly string[];
  fields: ReadonlySet<string>;
  schemas: readonly z.ZodMiniType[];
  tests: readonly Accepts[];
}

const compiled = new Map<Shape, Compiled>();

function compile(shape: Shape): Compiled {
  let found = compiled.get(shape);
  if (!found) {
    const keys = Object.keys(shape);
    const schemas = keys.map((k) => shape[k] as z.ZodMiniType);
    found = { keys, fields: new Set(keys), schemas, tests: schemas.map((s) => accepts(s) ?? NEVER) };
    compiled.set(shape, found);
  }
  return found;
}

/** The field names a shape lists. */
export function fieldsOf(shape: Shape): ReadonlySet<string> {
  return compile(shape).fields;
}

/**
 * Validate a resource field by field against its shape: the same verdict as the whole looseObject schema (the shapes
 * have no cross-field rules). Throws InvalidDocument naming the first field with a wrong value.
 */
export function checkFields(shape: Shape, value: Obj, prev: Obj | undefined, where: string): void {
  const { keys, schemas, tests } = compile(shape);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const v = value[key];
    if (prev !== undefined && v === prev[key] && (v !== undefined || !Object.hasOwn(prev, key) === !Object.hasOwn(value, key))) continue;
    if ((tests[i] as Accepts)(v)) continue;
    const result = (schemas[i] as z.ZodMiniType).safeParse(v);
    if (!result.success) throw new InvalidDocument(`${where}.${key}${describeIssues(result.error, true)}`);
  }
}

const ACCEPTED = { success: true } as const;

/**
 * zod's verdict on a whole value, without the copy zod's `safeParse` makes of everything it accepts: the shortcut
 * first, zod only when the shortcut does not pass it (then the verdict and its issues are zod's). For values whose
 * parsed copy is not used.
 */
export function verdict(schema: z.ZodMiniType, value: unknown): { success: true } | { success: false; error: z.core.$ZodError } {
  if (accepts(schema)?.(value)) return ACCEPTED;
  const result = schema.safeParse(value);
  return result.success ? ACCEPTED : { success: false, error: result.error };
}
