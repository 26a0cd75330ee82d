import { readFileSync, writeFileSync } from 'node:fs';
import { describe as suite, expect, it } from 'vitest';
import { labs } from '../src/labs/catalogue';
import { labTableMarkdown } from '../src/labs-ui/lab-table';

const readme = new URL('../README.md', import.meta.url);

/** The README's list of guided labs is generated from the catalogue, so it never drifts (UPDATE_README=1 regenerates). */
suite('README guided labs', () => {
  it('lists exactly the labs of the catalogue, in picker order', () => {
    const START = '<!-- labs:start -->';
    const END = '<!-- labs:end -->';
    const table = labTableMarkdown(labs);
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
  });
});
