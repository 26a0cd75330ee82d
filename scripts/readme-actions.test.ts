import { readFileSync, writeFileSync } from 'node:fs';
import { describe as suite, expect, it } from 'vitest';
import { actionTableMarkdown } from '../src/engine/action-table';

const START = '<!-- actions:start -->';
const END = '<!-- actions:end -->';
const readme = new URL('../README.md', import.meta.url);

suite('README action table', () => {
  it('lists exactly the actions the engine accepts (UPDATE_README=1 regenerates it)', () => {
    const text = readFileSync(readme, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    expect(start, `README.md needs ${START} … ${END}`).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const table = actionTableMarkdown();
    const current = text.slice(start + START.length, end).trim();
    if (process.env.UPDATE_README === '1' && current !== table) {
      writeFileSync(readme, `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`);
      return;
    }
    expect(current).toBe(table);
  });
});
