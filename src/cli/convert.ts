/**
 * Turns parsed option values (words, shorthand trees, JSON) into request members against the model, the way botocore
 * does (reference/aws-cli.md (b) "After parsing"): single values wrapped into lists, numbers through `int()`,
 * `true`/`false` into booleans, then validation that lists every problem (`Parameter validation failed:`).
 */
import { checkMin } from './limits';
import { pyStr } from './output/pystr';
import { requiredMembers, resolve, type ShapeRef } from './shapes';

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
  if (typeof value === 'number' && !Number.isInteger(value)) return "<class 'float'>";
  if (value === null) return "<class 'NoneType'>";
  return PY_TYPE[typeof value === 'object' ? 'object' : typeof value] ?? "<class 'str'>";
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

/**
 * Converts `raw` to the shape `ref`, pushing validation problems (one line each) onto `problems`. `strict` (values from
 * JSON: --cli-input-json) skips the command line's conversions (no int(), no list wrapping), as botocore sees them.
 */
export function convert(raw: unknown, ref: ShapeRef, path: string, problems: string[], strict = false): unknown {
  const shape = resolve(ref);
  switch (shape.kind) {
    case 'structure':
      return structure(raw, ref, shape.shape, path, problems, strict);
    case 'list': {
      if (strict && !Array.isArray(raw)) {
        problems.push(invalidType(path, raw, "<class 'list'>, <class 'tuple'>"));
        return raw;
      }
      const items = Array.isArray(raw) ? raw : [raw];
      return items.map((item, i) => convert(item, shape.member, `${path}[${i}]`, problems, strict));
    }
    case 'map': {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        problems.push(invalidType(path, raw, "<class 'dict'>"));
        return raw;
      }
      return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, convert(v, shape.value, `${path}.${k}`, problems, strict)]));
    }
    default:
      return scalar(raw, shape.kind, path, problems, strict);
  }
}

type Struct = { m: [string, ShapeRef][]; r?: number };

/** validate.py _validate_structure: missing required members first, then unknown ones, then each member in turn. */
function structure(raw: unknown, ref: ShapeRef, shape: Struct, path: string, problems: string[], strict: boolean): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(invalidType(path, raw, "<class 'dict'>"));
    return raw;
  }
  const members = new Map(shape.m);
  const required = requiredMembers(shape);
  for (const [name] of required) if (!Object.hasOwn(raw, name)) problems.push(`Missing required parameter in ${path}: "${name}"`);
  for (const key of Object.keys(raw)) {
    if (!members.has(key)) problems.push(`Unknown parameter in ${path}: "${key}", must be one of: ${shape.m.map(([n]) => n).join(', ')}`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const member = members.get(key);
    if (!member) continue;
    out[key] = convert(value, member, `${path}.${key}`, problems, strict);
    if (typeof ref === 'string') checkMin(ref, key, out[key], `${path}.${key}`, problems);
  }
  return out;
}

function scalar(raw: unknown, kind: string, path: string, problems: string[], strict: boolean): unknown {
  const text = strict ? undefined : typeof raw === 'string' ? raw : undefined;
  switch (kind) {
    case 'number':
      if (text !== undefined) return toInt(text);
      if (typeof raw !== 'number' || !Number.isInteger(raw)) problems.push(invalidType(path, raw, "<class 'int'>"));
      return raw;
    case 'float':
      if (text !== undefined) return toFloat(text);
      if (typeof raw !== 'number') problems.push(invalidType(path, raw, "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>"));
      return raw;
    case 'boolean':
      if (text !== undefined && /^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
      if (typeof raw !== 'boolean') problems.push(invalidType(path, raw, "<class 'bool'>"));
      return raw;
    case 'document':
      return raw;
    case 'timestamp':
      return timestamp(raw, path, problems);
    case 'blob':
      // binaryformat.py (cli_binary_format base64, v2's default): the text must decode, else exit 255.
      if (typeof raw === 'string' && !pyBase64Decodes(raw)) throw new ConversionError(`Invalid base64: "${raw}"`);
      if (typeof raw !== 'string') problems.push(invalidType(path, raw, "<class 'bytes'>, <class 'bytearray'>, file-like object"));
      return raw;
    default:
      if (typeof raw !== 'string') problems.push(invalidType(path, raw, "<class 'str'>"));
      return raw;
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Python strftime `%Y-%m-%dT%H:%M:%SZ` (with `.%f` microseconds when there are any), as the EC2 serializer sends. */
function isoZ(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? iso.replace('.000Z', 'Z') : iso.replace(/\.(\d{3})Z$/, '.$1000Z');
}

/**
 * botocore parse_to_aware_datetime: epoch seconds (a number, or a word that float() reads) or an ISO 8601 date, time
 * optional, no zone meaning UTC. Sent as ISO 8601 in UTC; anything else is a validation problem.
 */
function timestamp(raw: unknown, path: string, problems: string[]): unknown {
  let ms: number | undefined;
  if (typeof raw === 'number') ms = raw * 1000;
  else if (typeof raw === 'string') {
    const text = raw.trim();
    const epoch = pyFloat(text);
    if (epoch !== undefined) ms = epoch * 1000;
    else if (ISO_DATE.test(text)) {
      const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) || !text.includes(':') ? text : `${text}Z`;
      ms = Date.parse(zoned.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    }
  }
  if (ms === undefined || !Number.isFinite(ms) || Math.abs(ms) > 253402300799000) {
    problems.push(invalidType(path, raw, "<class 'datetime.datetime'>, timestamp-string"));
    return raw;
  }
  return isoZ(ms);
}

/**
 * Whether Python's base64.b64decode (binascii.a2b_base64, non-strict) accepts the text: characters outside the
 * alphabet are skipped, a pad that completes a quad ends the data, and the data must end on a whole quad.
 */
function pyBase64Decodes(text: string): boolean {
  let quad = 0;
  let pads = 0;
  for (const c of text) {
    if (c === '=') {
      if (quad >= 2 && quad + ++pads >= 4) return true;
      continue;
    }
    if (!/[A-Za-z0-9+/]/.test(c)) continue;
    pads = 0;
    quad = (quad + 1) & 3;
  }
  return quad === 0;
}
