// One lint config for the whole workspace. Type-aware only where it pays: the server's
// promises (a forgotten one loses a write or an error silently).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Only client/src/sync/ may touch Yjs and its transport (STYLE.md rule 5). */
const yjsImports = {
  group: [
    'yjs',
    'yjs/*',
    'y-websocket',
    'y-websocket/*',
    'y-protocols',
    'y-protocols/*',
    'lib0',
    'lib0/*',
  ],
  message: 'Only client/src/sync/ may import Yjs; read state through the selector hooks instead.',
};

/** Only shared/src/doc/layout.ts names the top-level Yjs types (STYLE.md rule 2). */
const LAYOUT_FILE = 'shared/src/doc/layout.ts';
const topLevelTypeByName = {
  selector:
    'CallExpression[callee.property.name=/^get(Map|Array|Text|XmlFragment)$/] > :matches(Literal, TemplateLiteral)',
  message: `Top-level Yjs types are named only in ${LAYOUT_FILE}; use its accessors.`,
};

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/.tsbuild/',
    '**/playwright-report/',
    '**/test-results/',
    '**/coverage/',
    '.stryker-tmp/',
    'reports/',
    '**/data/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Node: server, e2e, root scripts and config files.
  {
    files: ['server/**', 'e2e/**', 'scripts/**', '*.{js,mjs,ts}', '*/*.config.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },

  // Browser + React: client.
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  { files: ['client/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },

  {
    files: ['client/src/**'],
    ignores: ['client/src/sync/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [yjsImports] }] },
  },

  // shared is the model both sides import: it imports neither of them.
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@hindsight/client',
                '@hindsight/client/*',
                '@hindsight/server',
                '@hindsight/server/*',
              ],
              message: 'shared imports neither the client nor the server.',
            },
            {
              regex: '(^|/)(client|server)/',
              message: 'shared imports neither the client nor the server.',
            },
          ],
        },
      ],
    },
  },

  // Every promise the server makes is awaited, returned, or handed on with `void` and a
  // catch: a floating one drops its failure. Type-aware, so the server only.
  {
    files: ['server/src/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },

  {
    ignores: [LAYOUT_FILE],
    rules: { 'no-restricted-syntax': ['error', topLevelTypeByName] },
  },

  // Last: turn off rules that fight the formatter.
  prettier,
]);
