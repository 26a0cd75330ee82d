/**
 * The layers of src/ (eslint-rules/layers.js): the rule fires, every folder has a layer, the real folder graph has no
 * cycle, and docs/architecture.md lists the same layers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LAYERS, layerViolation, topFolder } from '../eslint-rules/layers.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The module names a file imports or re-exports at load time (not its lazy `import()` calls). */
function staticImports(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  return sf.statements.flatMap((st) =>
    (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)
      ? [st.moduleSpecifier.text]
      : [],
  );
}

/** Folder → folders it imports statically (type-only imports included: they are dependencies too). */
let built: Map<string, Map<string, string>> | undefined;
function folderGraph(): Map<string, Map<string, string>> {
  if (built) return built;
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(src)) {
    const from = topFolder(src, file)!;
    for (const fileName of staticImports(file)) {
      if (!fileName.startsWith('.')) continue;
      const to = topFolder(src, resolve(dirname(file), fileName));
      if (to === null || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      graph.get(from)!.set(to, `${relative(src, file)} → ${fileName}`);
    }
  }
  built = graph;
  return graph;
}

describe('the layers of src/', () => {
  it('every folder of src/ is in exactly one layer', () => {
    const folders = readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory());
    const listed = LAYERS.flat();
    expect(new Set(listed).size).toBe(listed.length);
    expect(folders.filter((f) => !listed.includes(f))).toEqual([]);
    expect(listed.filter((f) => f !== '.' && !folders.includes(f))).toEqual([]);
  });

  it('the folders import each other in no circle (static imports)', () => {
    const graph = folderGraph();
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node)?.keys() ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('every static import between folders goes down a layer (what the lint rule checks, on the real tree)', () => {
    const broken = [...folderGraph()].flatMap(([from, tos]) =>
      [...tos].filter(([to]) => layerViolation(from, to) !== null).map(([, where]) => where),
    );
    expect(broken).toEqual([]);
  });

  it('the rule fires on an upward import, an export from above and a lazy import() of a non-entry module', async () => {
    const eslint = new ESLint({ cwd: root });
    const text = readFileSync(join(root, 'scripts/fixtures/layer-breaker.fixture.ts'), 'utf8');
    const [result] = await eslint.lintText(text, { filePath: join(src, 'canvas/layer-breaker.ts') });
    const lines = (result?.messages ?? []).filter((m) => m.ruleId === 'layers/order').map((m) => m.line);
    // panels (import, export-from) and present (a lazy import of a component) are above canvas; store is below;
    // present/open is a listed entry point
    expect(lines).toEqual([3, 4, 6]);
    const inTest = await eslint.lintText(text, { filePath: join(src, 'canvas/layer-breaker.test.ts') });
    expect(inTest[0]!.messages.filter((m) => m.ruleId === 'layers/order')).toEqual([]);
  }, 30_000);

  it('the same layer may not import itself sideways, and a folder in no layer is named', () => {
    expect(layerViolation('canvas', 'cli')).toMatch(/same layer/);
    expect(layerViolation('panels', 'canvas')).toBeNull();
    expect(layerViolation('nowhere', 'engine')).toMatch(/src\/nowhere is in no layer/);
  });

  it('docs/architecture.md lists the same layers', () => {
    const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
    const block = doc.slice(doc.indexOf('<!-- layers:start'), doc.indexOf('<!-- layers:end'));
    const rows = [...block.matchAll(/^\| (\d+) \| (.+) \|$/gm)].map((m) => [Number(m[1]), [...m[2]!.matchAll(/`([^`]+)`/g)].map((x) => x[1])]);
    expect(rows).toEqual(LAYERS.map((folders, i) => [i, folders]).reverse());
  });
});
