/**
 * Field-by-field validation of a resource against its shape (one zod schema per field), made cheap for the common
 * case: a snapshot of 1,000 resources has tens of thousands of fields, most of them plain strings and numbers.
 *
 * - A field whose value is the very same as the previous resource's (decoded snapshots share unchanged values between
 *   neighbours) is not checked again.
 * - A value that a plain field schema (`str`, `num`, `int`, `bool`, an enum of strings, optional ones of these, a list
 *   of strings) certainly accepts passes without calling zod. Anything else, and every value such a test does not
 *   pass, goes to zod: the verdict and the message are always zod's.
 */
import type { z } from 'zod/mini';
import { describeIssues } from './schema-issues';
import { InvalidDocument, type Obj } from './json';

export type Shape = Record<string, z.ZodMiniType>;

/** What a zod definition looks like to the shortcut (only these fields are read). */
interface Def {
  type?: string;
  checks?: readonly unknown[];
  check?: string;
  format?: string;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  entries?: Record<string, unknown>;
}

type Accepts = (value: unknown) => boolean;

const isString: Accepts = (v) => typeof v === 'string';

function allStrings(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}

/** A test that returns true only for values the schema accepts; undefined when the schema is not a plain one. */
function shortcut(schema: z.ZodMiniType): Accepts | undefined {
  const def = schema._zod.def as Def;
  const bare = def.checks === undefined || def.checks.length === 0;
  switch (def.type) {
    case 'string':
      return bare ? isString : undefined;
    case 'boolean':
      return bare ? (v) => typeof v === 'boolean' : undefined;
    case 'number':
      if (def.check === 'number_format' && def.format === 'safeint' && bare) return (v) => Number.isSafeInteger(v);
      return bare && def.check === undefined ? (v) => Number.isFinite(v) : undefined;
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      if (!bare || !values.every((v) => typeof v === 'string')) return undefined;
      const allowed = new Set(values as string[]);
      return (v) => typeof v === 'string' && allowed.has(v);
    }
    case 'optional': {
      const inner = def.innerType && bare ? accepts(def.innerType) : undefined;
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'array': {
      const element = def.element && bare ? accepts(def.element) : undefined;
      return element === isString ? allStrings : undefined;
    }
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
