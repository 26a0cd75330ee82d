import { readFileSync, writeFileSync } from 'node:fs';
import { describe as suite, expect, it } from 'vitest';
import { actionTableMarkdown, ruleTableMarkdown } from '../src/engine/action-table';

const readme = new URL('../README.md', import.meta.url);

/** README sections generated from the engine's registries, so they never drift (UPDATE_README=1 regenerates). */
function checkSection(name: string, table: string) {
  const START = `<!-- ${name}:start -->`;
  const END = `<!-- ${name}:end -->`;
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  expect(start, `README.md needs ${START} … ${END}`).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  const current = text.slice(start + START.length, end).trim();
  if (process.env.UPDATE_README === '1' && current !== table) {
    writeFileSync(readme, `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`);
    return;
  }
  expect(current).toBe(table);
}

suite('README tables', () => {
  it('lists exactly the actions the engine accepts', () => checkSection('actions', actionTableMarkdown()));
  it('lists exactly the refusals of the rule catalogue', () => checkSection('rules', ruleTableMarkdown()));
});
