import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const fixture = readFileSync(new URL('./fixtures/impure-engine.fixture.ts', import.meta.url), 'utf8');

async function lintAs(filePath: string) {
  const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
  const [result] = await eslint.lintText(fixture, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('purity lint rule for src/engine and src/scenario', () => {
  for (const where of ['src/engine/impure.ts', 'src/scenario/impure.ts']) {
    it(`fires on every forbidden import and global in ${where}`, async () => {
      const messages = await lintAs(where);
      const joined = messages.join('\n');
      expect(joined).toMatch(/no-restricted-imports: .*'react'/);
      expect(joined).toMatch(/no-restricted-imports: .*'zustand'/);
      expect(joined).toMatch(/no-restricted-imports: .*'@xyflow\/react'/);
      expect(joined).toMatch(/no-restricted-properties: .*Date\.now/);
      expect(joined).toMatch(/no-restricted-properties: .*Math\.random/);
      expect(joined).toMatch(/no-restricted-globals: .*'document'/);
      expect(joined).toMatch(/no-restricted-globals: .*'window'/);
    }, 30_000);
  }

  it('does not fire on the same file in the UI layer', async () => {
    const messages = await lintAs('src/app/impure.ts');
    expect(messages.filter((m) => /no-restricted-(imports|properties|globals)/.test(m))).toEqual([]);
  }, 30_000);
});
