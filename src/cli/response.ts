/**
 * The response as the CLI hands it to the formatter (reference/aws-cli.md (d) "What reaches the formatter"): keys in
 * the model's member order (members the model lacks keep their place after them), timestamps as ISO 8601 with an
 * offset, and for paginated operations only the result key (cut by `--max-items`, with a `NextToken`).
 */
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

/** Paginated output: only the result key, cut at `maxItems` with a NextToken (base64 of where to start). */
export function paginate(
  response: Record<string, unknown>,
  resultKey: string,
  paging: { maxItems?: number; startingToken?: string },
): Record<string, unknown> {
  const all = Array.isArray(response[resultKey]) ? (response[resultKey] as unknown[]) : [];
  const start = paging.startingToken ? startFrom(paging.startingToken) : 0;
  const end = paging.maxItems !== undefined ? start + Math.max(0, paging.maxItems) : all.length;
  const page = all.slice(start, end);
  return {
    [resultKey]: page,
    ...(end < all.length ? { NextToken: btoa(JSON.stringify({ boto_truncate_amount: end })) } : {}),
  };
}

function startFrom(token: string): number {
  try {
    const n = (JSON.parse(atob(token)) as { boto_truncate_amount?: unknown }).boto_truncate_amount;
    return typeof n === 'number' && n >= 0 ? n : 0;
  } catch {
    return 0;
  }
}
