/**
 * The layers of src/, bottom first. A folder may import from a folder of a LOWER layer, or from itself — never from
 * its own layer's other folders or from above. So the folders can never import each other in a circle, and the pure
 * simulation at the bottom never learns about the screens above it. Tests are exempt (a test may use any fixture).
 * One exception: a lazy `import()` of a feature's entry point (LAZY_ENTRIES) may reach up — that is how a command or a
 * link opens presenter mode, the bill or the lab builder, which load only when first used; it is not evaluated when
 * the importing module is, so it makes no cycle at load time. Any other upward import() is an error like a static one.
 * docs/architecture.md draws the same picture.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const LAYERS = [
  ['engine'], // the pure simulation: apply(world, action)
  ['scenario', 'guest', 'sdk', 'test'], // documents, the inside of an instance, the SDK bridge, test worlds
  ['labs'], // lab data, goals, the lab compiler
  ['icons', 'ui', 'view-model'], // resource icons; dialogs, buttons, form parts; node IDs, world index, shell layout
  ['store'], // the zustand store: world, history, layout, lab, settings
  ['share', 'commands'], // links and files; one descriptor per action, forms, keys
  ['cli', 'canvas', 'labs-author'], // the AWS CLI; the React Flow canvas; the lab builder
  ['terminal', 'labs-ui'], // xterm and ssh; the lab panel and picker
  ['panels'], // inspector, tree, timeline, toolbar, course reader
  ['palette', 'bill', 'present'], // the command palette; the bill; presenter mode and exports
  ['app'], // the shell: header, dock, App
  ['.'], // src/main.tsx and the other entry files
];

/** Modules that open a feature loaded on demand: the only targets an upward `import()` may name (src/-relative). */
export const LAZY_ENTRIES = [
  'present/open',
  'present/handout/open',
  'present/export/open',
  'bill/open',
  'labs-author/open',
  'labs-author/open-labdoc',
  'labs-ui/open-lab',
  'cli/to-cli',
];

const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i])));

/** The top folder under src/ of a path (`.` for a file directly in src/), or null when outside src/. */
export function topFolder(srcRoot, file) {
  const rel = relative(srcRoot, file);
  if (rel.startsWith('..') || rel === '') return null;
  const parts = rel.split(sep);
  if (parts.length > 1) return parts[0];
  const whole = join(srcRoot, parts[0]); // `../engine` names the folder itself
  return existsSync(whole) && statSync(whole).isDirectory() ? parts[0] : '.';
}

/** Why `from` may not import `to`, or null when it may. */
export function layerViolation(from, to) {
  if (from === to) return null;
  const a = rank.get(from);
  const b = rank.get(to);
  if (a === undefined) return `src/${from} is in no layer: add it to LAYERS in eslint-rules/layers.js`;
  if (b === undefined) return `src/${to} is in no layer: add it to LAYERS in eslint-rules/layers.js`;
  if (b < a) return null;
  const where = b === a ? 'the same layer' : 'a higher layer';
  return `src/${from} (layer ${a}) may not import src/${to} (${where}, ${b}): move the shared part down, or the caller up. Layers, bottom first: ${LAYERS.map((l) => l.join(' ')).join(' < ')}`;
}

const rule = {
  meta: { type: 'problem', docs: { description: 'src/ folders import only from lower layers' }, schema: [] },
  create(context) {
    const file = context.filename ?? context.getFilename();
    if (/\.test\.tsx?$/.test(file)) return {};
    const srcRoot = resolve(context.cwd ?? context.getCwd(), 'src');
    const from = topFolder(srcRoot, file);
    if (from === null) return {};
    const check = (node, source, lazy = false) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = resolve(dirname(file), source.value);
      const to = topFolder(srcRoot, target);
      if (to === null) return;
      if (lazy && LAZY_ENTRIES.includes(relative(srcRoot, target).split(sep).join('/'))) return;
      const why = layerViolation(from, to);
      if (why) context.report({ node: source, message: why });
    };
    return {
      ImportDeclaration: (n) => check(n, n.source),
      ExportNamedDeclaration: (n) => check(n, n.source),
      ExportAllDeclaration: (n) => check(n, n.source),
      ImportExpression: (n) => check(n, n.source, true),
    };
  },
};

export default { rules: { order: rule } };
