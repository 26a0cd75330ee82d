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
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(', ')}}`;
  }
  return pyStr(value);
}

export function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** Sorted by code point, as Python sorts strings. */
export function sortKeys(keys: Iterable<string>): string[] {
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
