/** `--output text` (reference/aws-cli.md (d) "text"): tab-separated lines, scalar columns sorted by key. */
import { isScalar, pyStr, sortKeys } from './pystr';

type Obj = Record<string, unknown>;

function emitDict(value: Obj, ident: string | undefined, cols: string[] | undefined, out: string[]): void {
  const keys = Object.keys(value);
  const scalarKeys = cols ?? sortKeys(keys.filter((k) => isScalar(value[k])));
  const nested = sortKeys(keys.filter((k) => !isScalar(value[k]) && !(cols ?? []).includes(k)));
  if (scalarKeys.length) {
    const cells = scalarKeys.map((k) => (k in value ? pyStr(value[k]) : ''));
    out.push([...(ident ? [ident.toUpperCase()] : []), ...cells].join('\t'));
  }
  for (const k of nested) emit(value[k], k, undefined, out);
}

function emitScalarList(items: unknown[], ident: string | undefined, out: string[]): void {
  if (ident) for (const item of items) out.push(`${ident.toUpperCase()}\t${pyStr(item)}`);
  else out.push(items.map(pyStr).join('\t'));
}

function emitList(value: unknown[], ident: string | undefined, out: string[]): void {
  if (!value.length) return;
  if (value.some((v) => v && typeof v === 'object' && !Array.isArray(v))) {
    const cols = new Set<string>();
    for (const item of value) {
      if (item && typeof item === 'object' && !Array.isArray(item)) {
        for (const [k, v] of Object.entries(item)) if (isScalar(v)) cols.add(k);
      }
    }
    const sorted = sortKeys(cols);
    for (const item of value) emit(item, ident, sorted, out);
    return;
  }
  if (value.some(Array.isArray)) {
    const scalars = value.filter(isScalar);
    if (scalars.length) emitScalarList(scalars, ident, out);
    for (const item of value) if (!isScalar(item)) emit(item, ident, undefined, out);
    return;
  }
  emitScalarList(value, ident, out);
}

function emit(value: unknown, ident: string | undefined, cols: string[] | undefined, out: string[]): void {
  if (Array.isArray(value)) emitList(value, ident, out);
  else if (value && typeof value === 'object') emitDict(value as Obj, ident, cols, out);
  else out.push(pyStr(value));
}

export function formatText(value: unknown): string {
  const out: string[] = [];
  emit(value, undefined, undefined, out);
  return out.length ? `${out.join('\n')}\n` : '';
}
