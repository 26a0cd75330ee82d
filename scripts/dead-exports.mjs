// Exports in src/ (outside src/engine, the engine's contract) that no file imports: `node scripts/dead-exports.mjs`. A report
// for a person to judge (a type exported for documentation may stay); TypeScript's compiler API, no dependency.
import ts from 'typescript';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
const root = process.cwd();
const walk = (d) => readdirSync(d).flatMap((f) => { const p = join(d, f); return statSync(p).isDirectory() ? (f === 'node_modules' || f === 'dist' || f === 'fixtures' && d.endsWith('scripts') ? [] : walk(p)) : /\.(ts|tsx|mjs)$/.test(f) ? [p] : []; });
const files = [...walk(join(root, 'src')), ...walk(join(root, 'e2e')), ...walk(join(root, 'scripts')), ...['vite.config.ts','playwright.config.ts','eslint.config.js'].map((f) => join(root, f)).filter(existsSync)];
const resolveSpec = (from, spec) => {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const c of [base, base + '.ts', base + '.tsx', join(base, 'index.ts'), join(base, 'index.tsx'), base.replace(/\.js$/, '.ts')]) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
};
const used = new Map(); // file -> Set(names) ; '*' = all
const mark = (file, name) => { if (!file) return; if (!used.has(file)) used.set(file, new Set()); used.get(file).add(name); };
const exportsOf = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const ex = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = resolveSpec(file, node.moduleSpecifier.text);
      const cl = node.importClause;
      if (!cl) mark(target, '*side');
      else {
        if (cl.name) mark(target, 'default');
        const nb = cl.namedBindings;
        if (nb && ts.isNamespaceImport(nb)) mark(target, '*');
        if (nb && ts.isNamedImports(nb)) for (const el of nb.elements) mark(target, (el.propertyName ?? el.name).text);
      }
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = resolveSpec(file, node.moduleSpecifier.text);
      if (!node.exportClause || ts.isNamespaceExport(node.exportClause)) mark(target, '*');
      else for (const el of node.exportClause.elements) { mark(target, (el.propertyName ?? el.name).text); ex.push({ name: el.name.text, line: sf.getLineAndCharacterOfPosition(el.getStart()).line + 1 }); }
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      mark(resolveSpec(file, node.arguments[0].text), '*');
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['lazy'].includes(node.expression.text)) {
      // handled by the import() inside
    }
    if (node.parent === sf) {
      const mods = ts.canHaveModifiers(node) ? ts.getModifiers(node) ?? [] : [];
      if (mods.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        const isDefault = mods.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
        const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        if (isDefault) ex.push({ name: 'default', line });
        else if (ts.isVariableStatement(node)) for (const d of node.declarationList.declarations) ex.push({ name: d.name.getText(), line });
        else if (node.name) ex.push({ name: node.name.text, line });
      }
      if (ts.isExportDeclaration(node) && !node.moduleSpecifier && node.exportClause && ts.isNamedExports(node.exportClause)) for (const el of node.exportClause.elements) ex.push({ name: el.name.text, line: sf.getLineAndCharacterOfPosition(el.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  exportsOf.set(file, ex);
}
for (const [file, ex] of exportsOf) {
  if (!file.startsWith(join(root, 'src/')) || file.includes('/src/engine/') || /\.test\.tsx?$/.test(file)) continue;
  if (file.endsWith('main.tsx')) continue;
  const u = used.get(file) ?? new Set();
  if (u.has('*')) continue;
  for (const e of ex) if (!u.has(e.name)) console.log(`${file.slice(root.length + 1)}:${e.line} ${e.name}`);
}
