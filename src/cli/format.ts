/** Prints a (queried) result in the chosen `--output` format (reference/aws-cli.md (d), (e)). */
import { otherError, paramError } from './errors';
import type { OutputFormat } from './globals';
import { formatTable } from './output/table';
import { RowLengthError } from './output/table-layout';
import { plainNumbers, sameButMarked, unquoteFloats } from './output/pyfloat';
import { formatText } from './output/text';
import { formatYaml } from './output/yaml';
import { checkQuery as parseQuery, QueryRuntimeError, QuerySyntaxError, searchQuery } from './query';

/**
 * Largest result printed, in characters of its compact JSON (about 8 MB; all instance types are about 1.5 MB): a bigger
 * result is refused before it is formatted.
 */
const MAX_OUTPUT_CHARS = 8 * 1024 * 1024;

/** Checks `--query` before anything is sent (252 `Bad value for --query`). */
export function checkQuery(query: string | undefined): void {
  if (query === undefined) return;
  try {
    parseQuery(query);
  } catch (e) {
    if (e instanceof QuerySyntaxError) throw paramError(`Bad value for --query ${query}: ${e.message}`);
    throw e;
  }
}

/** Whether printing `value` would take more than `budget` characters (shared subtrees counted each time). */
function tooBig(value: unknown, budget: number): boolean {
  const stack: unknown[] = [value];
  let left = budget;
  while (stack.length) {
    const v = stack.pop();
    left -= 8;
    if (typeof v === 'string') left -= v.length;
    else if (Array.isArray(v)) for (const item of v) stack.push(item);
    else if (v && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        left -= k.length;
        stack.push(item);
      }
    }
    if (left < 0) return true;
  }
  return false;
}

/**
 * The queried value with doubles printed as floats: the query run again on the marked result, kept when it only
 * moved values around (field access, projections, multiselects); a query that computed (comparisons, functions) on
 * them keeps the plain numbers.
 */
function withFloats(plain: unknown, marked: unknown, query: string): unknown {
  try {
    const again = searchQuery(marked, query);
    return sameButMarked(plain, again) ? again : plain;
  } catch {
    return plain;
  }
}

function isEmptyObject(value: unknown): boolean {
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** stdout for a response; `{}` (before or after the query) prints nothing in every format. */
export function formatOutput(result: unknown, format: OutputFormat, title: string, query?: string): string {
  if (format === 'off') return '';
  if (query === undefined && isEmptyObject(result)) return '';
  let value = result;
  if (query !== undefined) {
    try {
      value = searchQuery(plainNumbers(result), query);
    } catch (e) {
      if (e instanceof QueryRuntimeError) throw otherError(e.message);
      throw e;
    }
  }
  // A table draws each scalar as an 80-column row: about 4 times its JSON in practice, so a quarter of the budget.
  if (tooBig(value, format === 'table' ? MAX_OUTPUT_CHARS / 4 : MAX_OUTPUT_CHARS)) {
    throw otherError(`the output would be larger than ${MAX_OUTPUT_CHARS / 1024 / 1024} MB; the lab prints up to that (narrow it with --query or --max-items)`);
  }
  if (query !== undefined) value = withFloats(value, result, query);
  // formatter.py: `{}` prints nothing in every format, also when a query produced it.
  if (isEmptyObject(value)) return '';
  switch (format) {
    case 'text':
      return formatText(value);
    case 'table':
      try {
        return formatTable(title, value);
      } catch (e) {
        if (e instanceof RowLengthError) throw otherError(e.message);
        throw e;
      }
    case 'yaml':
      return formatYaml(value);
    case 'yaml-stream':
      return formatYaml([value]);
    default:
      return `${unquoteFloats(JSON.stringify(value ?? null, null, 4))}\n`;
  }
}
