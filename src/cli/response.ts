/**
 * The response as the CLI hands it to the formatter (reference/aws-cli.md (d) "What reaches the formatter"): keys in
 * the model's member order (members the model lacks keep their place after them), timestamps as ISO 8601 with an
 * offset, doubles marked to print as Python floats (output/pyfloat.ts), and for paginated operations only the result key (cut by `--max-items`, with a `NextToken`).
 */
import { markFloat } from './output/pyfloat';
import { resolve, type ShapeRef } from './shapes';

const MAX_DEPTH = 64;

/** `2024-05-01T12:00:00.000Z` → `2024-05-01T12:00:00+00:00` (fractions only when non-zero, six digits). */
function isoWithOffset(text: string): string {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/.exec(text);
  if (!m) return text;
  const fraction = m[2] && /[1-9]/.test(m[2]) ? `.${m[2].padEnd(6, '0').slice(0, 6)}` : '';
  return `${m[1]}${fraction}+00:00`;
}

/** The value with its keys ordered after `ref` and its timestamps printed as the CLI prints them. */
export function shapeValue(value: unknown, ref: ShapeRef | null | undefined, depth = 0): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string' && ref && resolve(ref).kind === 'timestamp') return isoWithOffset(value);
    if (typeof value === 'number' && ref && resolve(ref).kind === 'float') return markFloat(value);
    return value;
  }
  if (depth > MAX_DEPTH) return value;
  const shape = ref ? resolve(ref) : undefined;
  if (Array.isArray(value)) {
    const member = shape?.kind === 'list' ? shape.member : undefined;
    return value.map((v) => shapeValue(v, member, depth + 1));
  }
  const obj = value as Record<string, unknown>;
  if (shape?.kind === 'map') {
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, shapeValue(v, shape.value, depth + 1)]));
  }
  const members = shape?.kind === 'structure' ? shape.shape.m : [];
  const out: Record<string, unknown> = {};
  for (const [name, memberRef] of members) {
    if (obj[name] !== undefined) out[name] = shapeValue(obj[name], memberRef, depth + 1);
  }
  for (const [k, v] of Object.entries(obj)) if (!(k in out) && v !== undefined) out[k] = shapeValue(v, undefined, depth + 1);
  return out;
}

/**
 * Paginated output as botocore's `build_full_result` makes it: only the result keys, in the paginator's order (absent
 * ones left out). `--starting-token` skips into the primary (first) key and empties the others, which the previous
 * page already printed; `--max-items` cuts only the primary key and adds a NextToken (base64 of the resume point).
 */
export function paginate(
  response: Record<string, unknown>,
  resultKeys: readonly string[],
  paging: { maxItems?: number; startingToken?: string },
): Record<string, unknown> {
  const [primary, ...others] = resultKeys;
  const out: Record<string, unknown> = {};
  const all = primary !== undefined && Array.isArray(response[primary]) ? (response[primary] as unknown[]) : undefined;
  const start = paging.startingToken ? startFrom(paging.startingToken) : 0;
  const page = (all ?? []).slice(start);
  let token: string | undefined;
  if (paging.maxItems !== undefined && page.length > paging.maxItems) {
    page.length = Math.max(0, paging.maxItems);
    token = resumeToken(start + page.length);
  }
  if (primary !== undefined && all) out[primary] = page;
  for (const key of others) {
    const value = response[key];
    if (value === undefined || value === null) continue;
    out[key] = paging.startingToken && Array.isArray(value) ? [] : value;
  }
  return token === undefined ? out : { ...out, NextToken: token };
}

/** botocore's TokenEncoder: base64 of Python `json.dumps` of the service token and the cut. */
function resumeToken(amount: number): string {
  return btoa(`{"NextToken": null, "boto_truncate_amount": ${amount}}`);
}

function startFrom(token: string): number {
  try {
    const n = (JSON.parse(atob(token)) as { boto_truncate_amount?: unknown }).boto_truncate_amount;
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0;
  } catch {
    return 0;
  }
}
