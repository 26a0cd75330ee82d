/**
 * Doubles print as Python floats (`70.0`, `1e+16`), ints as ints, in every format. JSON numbers cannot carry that
 * difference, so a double-typed member is held as a marked string (MARK + Python's repr) from shaping to printing:
 * pyStr and the YAML scalar strip the mark, JSON output unquotes it. `--query` runs on the plain numbers (see
 * restoreFloats) so comparisons and functions see numbers.
 */
const MARK = '\u0000float:';

/** Python `repr(float)`: shortest digits, fixed notation for exponents -4..15, else `1e+16` / `1e-05`. */
export function pyFloatRepr(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'nan' : n > 0 ? 'inf' : '-inf';
  const [mantissa, expText] = n.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  const fixed = Math.abs(n) < 1e-6 && n !== 0 ? n.toFixed(20).replace(/0+$/, '') : String(n);
  return fixed.includes('.') ? fixed : `${fixed}.0`;
}

export function markFloat(n: number): string {
  return `${MARK}${pyFloatRepr(n)}`;
}

/** The printed text of a marked double, or undefined for any other value. */
export function floatText(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith(MARK) ? value.slice(MARK.length) : undefined;
}

/** JSON text of a value that may hold marked doubles: the marks become bare numbers. */
export function unquoteFloats(json: string): string {
  return json.includes('\\u0000float:') ? json.replace(/"\\u0000float:([^"]*)"/g, '$1') : json;
}

/** A copy with every marked double back to a plain number (what --query evaluates on). */
export function plainNumbers(value: unknown, depth = 0): unknown {
  const text = floatText(value);
  if (text !== undefined) return Number(text);
  if (value === null || typeof value !== 'object' || depth > 200) return value;
  if (Array.isArray(value)) return value.map((v) => plainNumbers(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainNumbers(v, depth + 1)]));
}

/** Whether `marked` is `plain` with some numbers marked as doubles (the query only moved values around). */
export function sameButMarked(plain: unknown, marked: unknown, depth = 0): boolean {
  const text = floatText(marked);
  if (text !== undefined) return typeof plain === 'number' && Number(text) === plain;
  if (plain === null || typeof plain !== 'object' || marked === null || typeof marked !== 'object') return plain === marked;
  if (depth > 200 || Array.isArray(plain) !== Array.isArray(marked)) return false;
  const a = Object.entries(plain);
  const b = Object.entries(marked);
  return a.length === b.length && a.every(([k, v], i) => b[i]![0] === k && sameButMarked(v, b[i]![1], depth + 1));
}
