/** Plain sentences from zod issues (zod/mini carries no message texts). */

interface Issue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
}

const UNITS: Record<string, string> = { string: ' characters', array: ' items', set: ' items' };

/** zod/mini carries no message texts (they would cost a locale bundle): say it from the issue's own fields. */
function explain(issue: Issue): string {
  const a = (t: string) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'a whole number' : a(issue.expected ?? 'value')}`;
    case 'invalid_value': {
      const values = (issue.values ?? []).map((v) => JSON.stringify(v));
      return values.length === 1 ? `expected ${values[0]}` : `expected one of ${values.join(', ')}`;
    }
    case 'too_small':
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}${UNITS[issue.origin ?? ''] ?? ''}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}${UNITS[issue.origin ?? ''] ?? ''}`;
    case 'unrecognized_keys':
      return `unknown field${(issue.keys ?? []).length === 1 ? '' : 's'} ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'not one of the allowed shapes';
    default:
      return issue.message;
  }
}

/** One line for the learner from the first zod issue (`path: what was expected`). */
export function describeIssues(error: { issues: readonly Issue[] }, nested = false): string {
  const first = error.issues[0];
  if (!first) return nested ? ': not the expected shape' : 'the document does not have the expected shape';
  const path = first.path.map(String).join('.');
  if (nested) return `${path ? `.${path}` : ''}: ${explain(first)}`;
  return path ? `${path}: ${explain(first)}` : explain(first);
}
