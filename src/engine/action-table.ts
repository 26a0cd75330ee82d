import { ACTION_LIST } from './actions';

/** The README's table of every action the engine accepts, generated from the registry so it never drifts. */
export function actionTableMarkdown(): string {
  const rows = [...ACTION_LIST]
    .sort((a, b) => a.type.localeCompare(b.type))
    .map((def) => `| \`${def.type}\` | ${def.read ? 'read' : 'change'} | ${def.summary.replaceAll('|', '\\|')} |`);
  return ['| action | kind | what it does |', '|---|---|---|', ...rows].join('\n');
}
