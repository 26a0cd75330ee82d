/** The README's table of guided labs, generated from the catalogue in picker order (scripts/readme-labs.test.ts). */
import type { Lab } from '../labs/types';
import { groupBySection } from './grouping';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function labTableMarkdown(labs: readonly Lab[]): string {
  const rows = groupBySection(labs)
    .flatMap((g) => g.labs)
    .map((lab) => `| ${cell(lab.title)} | \`#lab=${lab.id}\` | ${cell(lab.sections.join('; '))} | ${lab.minutes} | ${lab.steps.length} |`);
  return ['| Lab | Link | Course sections | Minutes | Steps |', '|---|---|---|---|---|', ...rows].join('\n');
}
