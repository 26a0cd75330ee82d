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
);
