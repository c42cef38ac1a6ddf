// Lint rules for SeroDesk. Lives in .ci/ because the project's top level is fixed; run it
// with `npm run lint` (which passes --config). Patterns are relative to the working
// directory, which is the repository root.
//
// The layering of DESIGN.md is enforced here, not hoped for:
//   ui → desk → storage → core;  ui → sync;  desk → sync;  sync → storage;
//   register → core;  cli → core | register
// `core` imports none of the others; `ui` never imports `storage` (the desk's commands and
// queries are its only door to the data); nothing in the browser imports `register`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Zones of import/no-restricted-paths: files under `target` may not import from `from`. */
export const layerZones = [
  {
    target: './src/core',
    from: ['./src/storage', './src/sync', './src/desk', './src/ui', './src/register', './src/cli'],
    message: 'core is pure: it imports nothing from storage, sync, desk, ui, register or cli.',
  },
  {
    target: './src/storage',
    from: ['./src/sync', './src/desk', './src/ui', './src/register', './src/cli'],
    message: 'storage sits on core only.',
  },
  {
    target: './src/sync',
    from: ['./src/desk', './src/ui', './src/register', './src/cli'],
    message: 'sync sits on storage and core; it never imports desk, ui or the register.',
  },
  {
    target: './src/desk',
    from: ['./src/ui', './src/register', './src/cli'],
    message: 'desk sits on sync, storage and core; it never imports ui, the register or cli.',
  },
  {
    target: './src/ui',
    from: ['./src/storage'],
    message: 'ui never imports storage: it reads and writes through src/desk (and src/sync).',
  },
  {
    target: './src/ui',
    from: ['./src/register', './src/cli'],
    message: 'the browser never imports the register (Node) or the command line.',
  },
  {
    target: './src/register',
    from: ['./src/storage', './src/sync', './src/desk', './src/ui', './src/cli'],
    message: 'the register depends on core only.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'data/**',
      'node_modules/**',
      'test-results/**',
      'tests/fixtures/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['.ci/*.js'] },
        tsconfigRootDir: process.cwd(),
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      'import/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Entry points that talk to a terminal print on purpose.
    files: ['src/cli/**', 'bench/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
