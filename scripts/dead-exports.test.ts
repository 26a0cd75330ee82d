import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Issue #17 item 9: keep src/ free of exports nothing imports (scripts/dead-exports.mjs lists them as file:line name).
describe('dead exports', () => {
  it('finds none in src/', () => {
    const report = execFileSync(process.execPath, ['scripts/dead-exports.mjs'], { encoding: 'utf8' });
    expect(report.trim().split('\n').filter(Boolean)).toEqual([]);
  }, 60_000);
});
