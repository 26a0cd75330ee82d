/**
 * Turns parsed option values (words, shorthand trees, JSON) into request members against the model, the way botocore
 * does (reference/aws-cli.md (b) "After parsing"): single values wrapped into lists, numbers through `int()`,
 * `true`/`false` into booleans, then validation that lists every problem (`Parameter validation failed:`).
 */
import { checkMin } from './limits';
import { resolve, type ShapeRef } from './shapes';

/** `int()` or `float()` failed: the CLI exits 255 with Python's message. */
export class ConversionError extends Error {}

const PY_TYPE: Record<string, string> = {
  string: "<class 'str'>",
  number: "<class 'int'>",
  boolean: "<class 'bool'>",
  object: "<class 'dict'>",
  list: "<class 'list'>",
};

function pyType(value: unknown): string {
  if (Array.isArray(value)) return PY_TYPE.list!;
  if (value === null) return "<class 'NoneType'>";
  return PY_TYPE[typeof value === 'object' ? 'object' : typeof value] ?? "<class 'str'>";
}

function pyStr(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value === null) return 'None';
  return JSON.stringify(value);
}

/** Python `int()` of a word: digits with an optional sign, `_` between digits, surrounding spaces. */
export function pyInt(raw: string): number | undefined {
  return /^\s*[+-]?\d+(_\d+)*\s*$/.test(raw) ? Number(raw.replaceAll('_', '').trim()) : undefined;
}

/** Python `float()` of a word (finite values). */
function pyFloat(raw: string): number | undefined {
  const text = raw.trim().replaceAll(/(?<=\d)_(?=\d)/g, '');
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : undefined;
}

function toInt(raw: string): number {
  const n = pyInt(raw);
  if (n === undefined) throw new ConversionError(`invalid literal for int() with base 10: '${raw}'`);
  return n;
}

function toFloat(raw: string): number {
  const n = pyFloat(raw);
  if (n === undefined) throw new ConversionError(`could not convert string to float: '${raw}'`);
  return n;
}

function invalidType(path: string, value: unknown, valid: string): string {
  return `Invalid type for parameter ${path}, value: ${pyStr(value)}, type: ${pyType(value)}, valid types: ${valid}`;
}

/** Converts `raw` to the shape `ref`, pushing validation problems (one line each) onto `problems`. */
export function convert(raw: unknown, ref: ShapeRef, path: string, problems: string[]): unknown {
  const shape = resolve(ref);
  switch (shape.kind) {
    case 'structure': {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        problems.push(invalidType(path, raw, "<class 'dict'>"));
        return raw;
      }
      const out: Record<string, unknown> = {};
      const members = new Map(shape.shape.m);
      for (const [key, value] of Object.entries(raw)) {
        const member = members.get(key);
        if (!member) {
          problems.push(`Unknown parameter in ${path}: "${key}", must be one of: ${shape.shape.m.map(([n]) => n).join(', ')}`);
          continue;
        }
        out[key] = convert(value, member, `${path}.${key}`, problems);
        if (typeof ref === 'string') checkMin(ref, key, out[key], `${path}.${key}`, problems);
      }
      const required = shape.shape.m.slice(0, shape.shape.r ?? 0);
      for (const [name] of required) if (!(name in out)) problems.push(`Missing required parameter in ${path}: "${name}"`);
      return out;
    }
    case 'list': {
      const items = Array.isArray(raw) ? raw : [raw];
      return items.map((item, i) => convert(item, shape.member, `${path}[${i}]`, problems));
    }
    case 'map': {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        problems.push(invalidType(path, raw, "<class 'dict'>"));
        return raw;
      }
      return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, convert(v, shape.value, `${path}.${k}`, problems)]));
    }
    case 'number':
      if (typeof raw === 'string') return toInt(raw);
      if (typeof raw !== 'number') problems.push(invalidType(path, raw, "<class 'int'>"));
      return raw;
    case 'float':
      if (typeof raw === 'string') return toFloat(raw);
      if (typeof raw !== 'number') problems.push(invalidType(path, raw, "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>"));
      return raw;
    case 'boolean':
      if (typeof raw === 'string' && /^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
      if (typeof raw !== 'boolean') problems.push(invalidType(path, raw, "<class 'bool'>"));
      return raw;
    case 'document':
      return raw;
    default:
      if (typeof raw !== 'string') problems.push(invalidType(path, raw, "<class 'str'>"));
      return raw;
  }
}
