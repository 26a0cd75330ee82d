import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import layers from './eslint-rules/layers.js';

// The simulation core and the scenario document are pure: no UI framework, no DOM, no wall clock, no randomness.
// (Excalidraw and xyflow keep their cores framework-free the same way.)
export const pureCoreRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'react', message: 'src/engine and src/scenario are pure: no React.' },
        { name: 'react-dom', message: 'src/engine and src/scenario are pure: no React DOM.' },
        { name: 'zustand', message: 'src/engine and src/scenario are pure: state lives in the world, not a store.' },
      ],
      patterns: [
        { group: ['react/*', 'react-dom/*', 'zustand/*'], message: 'src/engine and src/scenario are pure.' },
        { group: ['@xyflow/*'], message: 'src/engine and src/scenario are pure: no React Flow.' },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'window', message: 'The engine runs without a DOM.' },
    { name: 'document', message: 'The engine runs without a DOM.' },
    { name: 'localStorage', message: 'The engine runs without a DOM.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Time is the logical clock in the world (sim:AdvanceTime).' },
    { object: 'Math', property: 'random', message: 'Randomness comes from the seeded generator kept in the world.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date']", message: 'Time is the logical clock in the world.' },
  ],
};

// Families line up (issue 17): an action file under src/engine/actions never imports another action file. Code two
// families share lives in engine-level modules (time.ts, filters.ts, queries.ts, lookup.ts, shapes/*, net/*, rules/*).
// Two exceptions, by design: a family split over a folder (actions/autoscaling/*, actions/elbv2/*, …) imports within
// that folder, and actions/hooks — the lifecycle hooks, where storage and purchasing react to an instance's
// transitions, and the families that act on instances (the Spot market, alarm actions, Auto Scaling launching and
// terminating its members) — is the one place allowed to reach into other families (action files may import it).
// net/* is below the actions: it never imports them. actions/index.ts gathers every family and tests may import anything.
const actionImportMessage =
  'An action file never imports another action file: move what two families share to an engine-level module ' +
  '(time.ts, filters.ts, queries.ts, lookup.ts, shapes/<family>.ts), or react to an instance transition in actions/hooks.';
const netImportMessage = 'src/engine/net is below the actions: it never imports src/engine/actions.';
// SDK shaping lives in shapes/<family>.ts (issue 17): action and net files hold the logic and import their shapes.
// shapes/* sit beside net/*, below the actions: what a shape needs from an action folder is passed in as an argument.
const shapesImportMessage = 'src/engine/shapes is below the actions: it never imports src/engine/actions (pass what it needs in).';
const toSdkMessage = 'SDK shaping lives in src/engine/shapes/<family>.ts: move this toSdk* function there and import it.';

/** `no-restricted-imports` for one engine file: the pure-core rule plus the layering patterns that apply to it. */
function engineImports(extraPatterns) {
  const [level, options] = pureCoreRules['no-restricted-imports'];
  return { 'no-restricted-imports': [level, { ...options, patterns: [...options.patterns, ...extraPatterns] }] };
}

// Auto Scaling and load balancing are one family (rules/scaling.ts) kept in two folders.
const SIBLING_FOLDERS = { autoscaling: ['elbv2'] };

/** The pattern for an action file at the top (`./x`) or in a family folder (`../x`): another action file, unless allowed. */
function actionPattern(folder) {
  const allowed = ['hooks/', ...(SIBLING_FOLDERS[folder] ?? []).map((f) => `${f}/`)];
  const prefix = folder ? '^\\.\\./(?!\\.\\./|' : '^\\./(?!';
  return { regex: `${prefix}${allowed.join('|')})`, message: actionImportMessage };
}

/** The import rules for the engine's layers, built per folder (flat config replaces, not merges, a rule's options). */
export const engineLayerConfigs = [
  {
    files: ['src/engine/actions/*.ts'],
    ignores: ['src/engine/actions/index.ts', 'src/engine/actions/*.test.ts', 'src/engine/actions/*-test-helpers.ts'],
    rules: engineImports([actionPattern()]),
  },
  {
    files: ['src/engine/actions/*/*.ts'],
    ignores: ['src/engine/actions/hooks/**', 'src/engine/actions/*/*.test.ts', 'src/engine/actions/*/*-test-helpers.ts'],
    rules: engineImports([{ regex: '^\\.\\./(?!\\.\\./|hooks/)', message: actionImportMessage }]),
  },
  ...Object.keys(SIBLING_FOLDERS).map((folder) => ({
    files: [`src/engine/actions/${folder}/*.ts`],
    ignores: [`src/engine/actions/${folder}/*.test.ts`],
    rules: engineImports([actionPattern(folder)]),
  })),
  {
    files: ['src/engine/net/*.ts'],
    rules: engineImports([{ regex: '(^|/)actions(/|$)', message: netImportMessage }]),
  },
  {
    files: ['src/engine/shapes/*.ts'],
    rules: engineImports([{ regex: '(^|/)actions(/|$)', message: shapesImportMessage }]),
  },
  {
    files: ['src/engine/actions/**/*.ts', 'src/engine/net/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        ...pureCoreRules['no-restricted-syntax'],
        { selector: 'FunctionDeclaration[id.name=/^toSdk/]', message: toSdkMessage },
        { selector: 'VariableDeclarator[id.name=/^toSdk/]', message: toSdkMessage },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'scripts/fixtures/**'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  { files: ['src/engine/**/*.ts', 'src/scenario/**/*.ts'], rules: pureCoreRules },
  // the layer order of src/ (eslint-rules/layers.js): a folder imports only from the layers below it
  { files: ['src/**/*.{ts,tsx}'], plugins: { layers }, rules: { 'layers/order': 'error' } },
  // files that fit in a head (issue #17): no source file over 400 lines, no function over 80 (tests aside)
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', 'eslint-rules/**/*.js'],
    ignores: ['**/*.test.{ts,tsx}', '**/*-test-helpers.ts', 'src/test/**'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  ...engineLayerConfigs,
);
