/**
 * README sections generated from code, so they never drift: the text between `<!-- name:start -->` and
 * `<!-- name:end -->` must equal what the code makes; with UPDATE_README=1 the test rewrites it instead of failing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

const readme = new URL('../README.md', import.meta.url);

export function checkReadmeBlock(name: string, generated: string) {
  const START = `<!-- ${name}:start -->`;
  const END = `<!-- ${name}:end -->`;
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  expect(start, `README.md needs ${START} … ${END}`).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  const current = text.slice(start + START.length, end).trim();
  if (process.env.UPDATE_README === '1' && current !== generated) {
    writeFileSync(readme, `${text.slice(0, start + START.length)}\n${generated}\n${text.slice(end)}`);
    return;
  }
  expect(current).toBe(generated);
}
