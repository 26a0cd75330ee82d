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

describe('family lint rule for src/engine/actions and src/engine/net', () => {
  async function importsFlagged(filePath: string, source: string) {
    const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
    const [result] = await eslint.lintText(`import { x } from '${source}';\nexport const y = x;\n`, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  }

  it('fires when an action file imports another action file', async () => {
    expect((await importsFlagged('src/engine/actions/vpcs.ts', './subnets')).join()).toMatch(/never imports another action file/);
    expect((await importsFlagged('src/engine/actions/storage/volumes.ts', '../instances')).join()).toMatch(/never imports/);
    expect((await importsFlagged('src/engine/actions/elbv2/health.ts', '../autoscaling/common')).join()).toMatch(/never imports/);
  }, 30_000);

  it('fires when src/engine/net imports an action file', async () => {
    expect((await importsFlagged('src/engine/net/dns.ts', '../actions/vpcs')).join()).toMatch(/net is below the actions/);
  }, 30_000);

  it('allows engine-level modules, the lifecycle hooks and a family folder importing within itself', async () => {
    expect(await importsFlagged('src/engine/actions/vpcs.ts', '../time')).toEqual([]);
    expect(await importsFlagged('src/engine/actions/vpcs.ts', './hooks/lifecycle')).toEqual([]);
    expect(await importsFlagged('src/engine/actions/storage/volumes.ts', './snapshots')).toEqual([]);
    expect(await importsFlagged('src/engine/actions/storage/volumes.ts', '../../time')).toEqual([]);
    expect(await importsFlagged('src/engine/actions/autoscaling/groups.ts', '../elbv2/common')).toEqual([]);
    expect(await importsFlagged('src/engine/net/dns.ts', './cidr')).toEqual([]);
  }, 30_000);

  it('keeps the pure-core rule in the engine folders that add layer patterns', async () => {
    expect((await importsFlagged('src/engine/actions/vpcs.ts', 'react')).join()).toMatch(/pure/);
    expect((await importsFlagged('src/engine/net/dns.ts', 'zustand')).join()).toMatch(/pure/);
  }, 30_000);
});
