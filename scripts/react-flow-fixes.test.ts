import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, FIXES, reactFlowFixes } from './react-flow-fixes';

const require = createRequire(import.meta.url);
const installed = path.join(path.dirname(require.resolve('@xyflow/react/package.json')), 'dist/esm/index.mjs');

describe('react-flow-fixes', () => {
  it('finds each fixed text exactly once in the installed React Flow, and replaces it', () => {
    const code = readFileSync(installed, 'utf8');
    const fixed = applyFixes(code);
    for (const fix of FIXES) {
      expect(fixed).not.toContain(fix.from);
      expect(fixed.split(fix.to)).toHaveLength(2);
    }
    // nothing moves: the lines stay where they were (the build keeps React Flow's source map)
    expect(fixed.split('\n')).toHaveLength(code.split('\n').length);
  });

  it('fails when a fixed text is missing or found twice (an upgrade changed it)', () => {
    const from = FIXES[0]!.from;
    expect(() => applyFixes('nothing here')).toThrow(/exactly once/);
    expect(() => applyFixes(`${from}\n${from}`)).toThrow(/exactly once/);
  });

  it('transforms React Flow only', () => {
    const plugin = reactFlowFixes();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform('const x = 1;', '/app/src/main.tsx')).toBeNull();
    expect(transform(FIXES[0]!.from, '/app/node_modules/@xyflow/react/dist/esm/index.mjs')?.code).toBe(FIXES[0]!.to);
  });

  it('leaves the selection listener unmounted while nothing listens, and mounts it for a listener', () => {
    const code = applyFixes(readFileSync(installed, 'utf8'));
    const selector = /const changeSelector = (\(s\) => [^;]+);/.exec(code)![1]!;
    const changeSelector = new Function(`return ${selector}`)() as (s: { onSelectionChangeHandlers: unknown[] }) => boolean;
    expect(changeSelector({ onSelectionChangeHandlers: [] })).toBe(false);
    expect(changeSelector({ onSelectionChangeHandlers: [() => {}] })).toBe(true);
  });
});
