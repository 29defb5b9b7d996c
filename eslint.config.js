import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layeringPlugin } from './scripts/lint/layering.js';

// The layering rules are the point of this file: they keep the domain free of the UI and the
// shell, and the renderer free of Node. Do not relax them; move code to the right layer instead.
// Which folder may import which is `local/layering` (scripts/lint/layering.js); the rules below
// keep packages (electron, react, Node built-ins) out of the layers that must not have them.
const nodeOnly = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'better-sqlite3'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-output/**', 'assets/**/*.js', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Folder layering (scripts/lint/layering.js): core ← handlers ← host ← electron; cli → core;
    // renderer → contract + lib; lib and the contract are pure.
    files: ['main/**/*.ts', 'preload/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx', 'lib/**/*.ts'],
    plugins: { local: layeringPlugin },
    rules: { 'local/layering': 'error' },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'main/core is the Node-only domain: no electron.' },
            { name: 'react', message: 'main/core is the Node-only domain: no react.' },
            { name: 'react-dom', message: 'main/core is the Node-only domain: no react.' },
          ],
        },
      ],
    },
  },
  {
    // SQL lives in main/core/store (its README): nothing else opens a connection or borrows the store's.
    files: ['main/**/*.ts', 'lib/**/*.ts', 'preload/**/*.ts'],
    ignores: ['main/core/store/**'],
    rules: {
      // The typescript-eslint twin of no-restricted-imports, so this does not replace the per-folder lists below.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'better-sqlite3', message: 'SQL lives in main/core/store: call a typed store function instead.' },
          ],
          patterns: [
            {
              group: ['**/store/case-sql*'],
              message: 'SQL lives in main/core/store: call a typed store function instead.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['preload/contract*.ts', 'preload/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'the contract is pure: it declares, it does not wire.' }],
          patterns: [{ group: nodeOnly, message: 'the contract imports only pure libraries.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'the renderer talks to main only through the contract.' }],
          patterns: [{ group: nodeOnly, message: 'the renderer runs in a sandboxed page: no Node modules.' }],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'lib/ is pure code shared by main and the renderer.' },
            { name: 'react', message: 'lib/ is pure code shared by main and the renderer.' },
          ],
          patterns: [{ group: nodeOnly, message: "lib/ imports only pure packages and the contract's types." }],
        },
      ],
    },
  },
);
