/** Prints a (queried) result in the chosen `--output` format (reference/aws-cli.md (d), (e)). */
import jmespathModule from 'jmespath';
import { otherError, paramError } from './errors';
import type { OutputFormat } from './globals';
import { formatTable } from './output/table';
import { RowLengthError } from './output/table-layout';
import { formatText } from './output/text';
import { formatYaml } from './output/yaml';

const MAX_QUERY_LENGTH = 4096;

// The package's types omit `compile`, which parses without evaluating.
const jmespath = jmespathModule as unknown as { compile(q: string): unknown; search(data: unknown, q: string): unknown };

/** Checks `--query` before anything is sent (252 `Bad value for --query`). */
export function checkQuery(query: string | undefined): void {
  if (query === undefined) return;
  if (query.length > MAX_QUERY_LENGTH) throw paramError(`Bad value for --query: longer than ${MAX_QUERY_LENGTH} characters`);
  try {
    jmespath.compile(query);
  } catch (e) {
    throw paramError(`Bad value for --query ${query}: Invalid jmespath expression: ${(e as Error).message}`);
  }
}

function isEmptyObject(value: unknown): boolean {
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** stdout for a response; `{}` without a query prints nothing in every format. */
export function formatOutput(result: unknown, format: OutputFormat, title: string, query?: string): string {
  if (format === 'off') return '';
  if (query === undefined && isEmptyObject(result)) return '';
  let value = result;
  if (query !== undefined) {
    try {
      value = jmespath.search(result, query);
    } catch (e) {
      throw otherError((e as Error).message);
    }
  }
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
      return `${JSON.stringify(value ?? null, null, 4)}\n`;
  }
}
