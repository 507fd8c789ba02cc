// Layering is enforced here, not by convention (as VS Code does for common / browser / electron-main):
// shared/ is pure, renderer/ never reaches into electron/, electron/ never into renderer/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises',
  'http', 'https', 'net', 'os', 'path', 'process', 'querystring', 'readline', 'stream', 'string_decoder',
  'timers', 'tls', 'tty', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];

const noElectron = { name: 'electron', message: 'Only electron/ may import Electron.' };

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'coverage/', 'test-results/', 'playwright-report/', 'ci-reports/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure: no Node modules.' }))],
        patterns: [
          { group: ['node:*'], message: 'shared/ is pure: no Node modules.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' },
          { group: ['react', 'react-dom', 'dexie', 'sharp', 'tesseract.js', 'zustand'], message: 'shared/ is pure: no UI, storage or native libraries.' },
        ],
      }],
      'no-restricted-globals': ['error', ...[
        'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'fetch',
        'XMLHttpRequest', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global',
      ].map((name) => ({ name, message: 'shared/ is pure: no DOM or Node globals.' }))],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [
          { group: ['node:*'], message: 'The renderer reaches the machine only through AppApi.' },
          { group: ['**/electron/**'], message: 'renderer/ never imports electron/: use the AppApi client in renderer/platform.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }],
      }],
    },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      // A sandboxed preload can only require a few Electron modules; everything else is bundled.
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', '**/renderer/**'], message: 'The sandboxed preload cannot use Node modules.' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**', 'tests/**', 'bin/**', '.ci/**', '*.js', '*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
