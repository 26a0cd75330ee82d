import { describe, expect, it } from 'vitest';
import { formatOutput } from '../format';
import type { OutputFormat } from '../globals';
import { markFloat } from './pyfloat';
import casesJson from './cli-formatters.cases.json?raw';

/**
 * Responses printed by the AWS CLI v2's own formatters (scripts/cli-formatter-cases.py): the terminal prints each
 * one the same, byte for byte, in json, text, table and yaml, with and without a --query.
 */
interface Case {
  response: unknown;
  output: OutputFormat;
  query: string | null;
  printed: string;
}
const CASES = JSON.parse(casesJson) as Case[];

/** Doubles travel as {"$f": repr}; here they become the marked doubles the CLI's response shaping makes. */
function withDoubles(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withDoubles);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === '$f') return markFloat(Number(entries[0]![1]));
    return Object.fromEntries(entries.map(([k, v]) => [k, withDoubles(v)]));
  }
  return value;
}

describe('printing as the AWS CLI v2 prints', () => {
  it.each(CASES.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    expect(formatOutput(withDoubles(c.response), c.output, 'describe-things', c.query ?? undefined)).toBe(c.printed);
  });
});
