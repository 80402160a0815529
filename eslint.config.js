// Lint rules, including the import boundaries of docs/architecture.md: each part may import only
// the parts to its left. A rule that only a document states is a wish; tests/lint proves each one
// fires. Test files obey the boundaries of the folder they sit in.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from './eslint/import-boundaries.js';

const layer = (names) => new RegExp(`(^|/)(src/)?(${names.join('|')})(/|$)`).source;
const forbid = (names, why) => ({ regex: layer(names), message: why });
const UI_LAYERS = ['ui', 'wizard', 'shell', 'consoles', 'app'];
const restrict = (files, patterns, paths = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns, paths }] },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'playwright-report', 'test-results', 'bench-results',
    // Bad files on purpose: tests/lint/import-boundaries.test.ts lints each as if it sat in src/.
    'tests/lint/fixtures'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/**/*.tsx'], extends: [reactHooks.configs.flat.recommended] },
  // src/domain: vocabulary and each domain's descriptor (types, collection names, zod schemas).
  // Of packages it may import only zod; the engine imports those schemas through it, never zod itself.
  restrict(['src/domain/**'], [forbid(['engine', 'host', 'api', 'stores', 'mocks', ...UI_LAYERS], 'src/domain imports nothing else of the project.'),
    { group: ['react', 'react-dom', 'msw', 'msw/*', 'idb', 'comlink', 'zustand', 'node:*'], message: 'src/domain is pure vocabulary: of packages only zod.' }]),
  restrict(['src/engine/**'], [
    forbid(['host', 'api', 'stores', 'mocks', ...UI_LAYERS], 'The engine may import only src/domain.'),
    { group: ['react', 'react-dom', 'msw', 'msw/*', 'idb', 'comlink', 'zod', 'node:*'], message: 'The engine is pure TypeScript.' },
  ]),
  {
    files: ['src/engine/**/*.ts'],
    // Tests may use Date as an oracle (kernel/calendar.test.ts checks the lab calendar against it).
    ignores: ['**/*.test.ts', 'src/engine/testing/**'],
    rules: {
      'no-restricted-globals': ['error',
        ...['Date', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'window', 'document', 'crypto', 'structuredClone']
          .map((name) => ({ name, message: 'The engine is deterministic: time and randomness come from the kernel.' })),
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use a seeded stream from the kernel.' }],
    },
  },
  restrict(['src/host/**'], [forbid(['stores', 'mocks', ...UI_LAYERS], 'src/host may import the engine entry, src/domain and src/api types.'),
    { group: ['react', 'react-dom'], message: 'No UI in the host.' }]),
  restrict(['src/api/**'], [forbid(['host', 'stores', 'mocks', ...UI_LAYERS], 'src/api is the contract: domain and engine types only.')]),
  {
    files: ['src/api/**', 'src/stores/**', 'src/ui/**', 'src/wizard/**', 'src/shell/**', 'src/consoles/**', 'src/app/**', 'e2e/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        { regex: layer(['engine']), allowTypeImports: true, message: 'Only `import type` from the engine, through src/api.' },
      ] }],
    },
  },
  {
    // The route table and the request schemas carry zod: the page loads them with its first API
    // call (src/api/client.ts), so the console is usable before they arrive. Types are free.
    files: ['src/stores/**', 'src/ui/**', 'src/wizard/**', 'src/shell/**', 'src/consoles/**', 'src/app/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        { regex: layer(['engine']), allowTypeImports: true, message: 'Only `import type` from the engine, through src/api.' },
        { regex: '(^|/)api/(routes|schemas)$', allowTypeImports: true, message: 'Only `import type` from the route table and its schemas on the page (VALIDATE_ONLY: src/api/validate-only.ts).' },
      ] }],
    },
  },
  restrict(['mocks/**'], [forbid(['engine', 'stores', ...UI_LAYERS], 'mocks/ talk to the lab through src/host only.')]),
  restrict(['src/stores/**'], [forbid(['engine', 'host', 'mocks', ...UI_LAYERS], 'Stores read the mirror fed by src/api types.')]),
  restrict(['src/ui/**'], [forbid(['engine', 'host', 'mocks', 'wizard', 'shell', 'consoles', 'app'], 'src/ui is the bottom UI layer.')]),
  restrict(['src/wizard/**'], [forbid(['engine', 'host', 'mocks', 'shell', 'consoles', 'app'], 'src/wizard may import src/ui only.')]),
  restrict(['src/shell/**'], [forbid(['engine', 'host', 'mocks', 'consoles', 'app'], 'src/shell may import src/ui and src/wizard.')]),
  restrict(['src/consoles/**'], [forbid(['engine', 'host', 'mocks', 'app'], 'Consoles are composed in src/app.')]),
  restrict(['e2e/**'], [forbid(['engine', 'host', 'mocks', 'stores', ...UI_LAYERS], 'e2e drives the app through the page and src/api types.')]),
  // Tests that span several parts (the lab through the host and the API, the mirror fed by it).
  restrict(['tests/integration/**'], [forbid(UI_LAYERS, 'tests/integration span engine, host, api, mocks, stores and domain; UI has its own tests.'),
    { group: ['react', 'react-dom', '@testing-library/*'], message: 'No UI in integration tests.' }]),
  // Rules on the resolved path of each import (eslint/import-boundaries.js).
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    // The benchmarks measure engine internals (the kernel against a bare heap, a device's extents).
    ignores: ['src/engine/**', 'scripts/bench/**'],
    plugins: { boundaries },
    rules: { 'boundaries/engine-entry': 'error' },
  },
  { files: ['src/consoles/**'], plugins: { boundaries }, rules: { 'boundaries/console-isolation': 'error' } },
);
