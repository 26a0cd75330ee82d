import { floatText } from './pyfloat';

/** Python `str()` of a JSON value, as the text and table formats print cells (`True`, `False`, `None`, `70.0`). */
export function pyStr(value: unknown): string {
  const float = floatText(value);
  if (float !== undefined) return float;
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return pyRepr(value);
}

/** Python's repr of a list or dict (a nested value printed in a cell). */
function pyRepr(value: unknown): string {
  const float = floatText(value);
  if (float !== undefined) return float;
  if (typeof value === 'string') return pyStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(', ')}}`;
  }
  return pyStr(value);
}

/** What Python's `str.isprintable()` says no to (other than the ASCII space): controls, format, separators, unassigned. */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's repr of a str: single quotes unless only `'` is inside, backslash escapes for what is not printable. */
function pyStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch !== ' ' && NOT_PRINTABLE.test(ch)) {
      const [prefix, digits] = cp < 0x100 ? ['x', 2] : cp < 0x10000 ? ['u', 4] : ['U', 8];
      out += `\\${prefix}${cp.toString(16).padStart(digits, '0')}`;
    } else out += ch;
  }
  return out + quote;
}

export function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** Sorted by code point, as Python sorts strings. */
export function sortKeys(keys: Iterable<string>): string[] {
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
