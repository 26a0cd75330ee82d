import { ACTION_LIST } from './actions';
import { ruleEntries } from './rules';

/** The README's table of every action the engine accepts, generated from the registry so it never drifts. */
export function actionTableMarkdown(): string {
  const rows = [...ACTION_LIST]
    .sort((a, b) => a.type.localeCompare(b.type))
    .map((def) => `| \`${def.type}\` | ${def.read ? 'read' : 'change'} | ${def.summary.replaceAll('|', '\\|')} |`);
  return ['| action | kind | what it does |', '|---|---|---|', ...rows].join('\n');
}

/** The README's table of every refusal: AWS error code, rule id, what it means, and the course section it teaches. */
export function ruleTableMarkdown(): string {
  const rows = ruleEntries()
    .sort(([a, x], [b, y]) => x.code.localeCompare(y.code) || a.localeCompare(b))
    .map(([id, rule]) => `| \`${rule.code}\` | \`${id}\` | ${rule.title.replaceAll('|', '\\|')} | ${rule.section} |`);
  return ['| AWS error code | rule | what it means | course section |', '|---|---|---|---|', ...rows].join('\n');
}
