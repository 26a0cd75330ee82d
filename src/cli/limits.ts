/**
 * botocore's `min` checks (validate.py range_check) on request members, from limits.generated.ts: an integer below
 * its minimum or a string/list shorter than its minimum length is a `Parameter validation failed:` line.
 */
import { MIN_JSON } from './limits.generated';

/** Minimums by structure id, then member. */
const MINS = JSON.parse(MIN_JSON) as Record<string, Record<string, number>>;

/** Pushes the problem line when `value` (member `member` of structure `structId`, at `path`) is under its minimum. */
export function checkMin(structId: string, member: string, value: unknown, path: string, problems: string[]): void {
  const min = MINS[structId]?.[member];
  if (min === undefined) return;
  if (typeof value === 'number' && value < min) {
    problems.push(`Invalid value for parameter ${path}, value: ${value}, valid min value: ${min}`);
  } else if ((typeof value === 'string' || Array.isArray(value)) && value.length < min) {
    problems.push(`Invalid length for parameter ${path}, value: ${value.length}, valid min length: ${min}`);
  }
}
