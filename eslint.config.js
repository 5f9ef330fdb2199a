// Lint: typescript-eslint recommended, plus one-way dependencies between the layers:
// domain imports nothing of server or web; web imports no server code (types only);
// no import cycles; no SQL in a route file; no imports between the web app's areas.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { kernplanRegels } from './eslint-regels.js';

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Import cycles make the areas inseparable; type-only imports count too.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { ...importX.flatConfigs.typescript.settings, 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Routes only speak HTTP (parse, authorise, call, present); SQL lives in the store of the area.
    files: ['src/server/**/routes.ts', 'src/server/**/*-routes.ts', 'src/server/api/**/*.ts', 'src/server/app.ts', 'src/cli/**/*.ts', 'src/web/**/*.{ts,tsx}', 'src/domain/**/*.ts'],
    plugins: { kernplan: kernplanRegels },
    rules: { 'kernplan/geen-sql': 'error' },
  },
  {
    files: ['src/web/features/**/*.{ts,tsx}'],
    plugins: { kernplan: kernplanRegels },
    rules: { 'kernplan/eigen-gebied': 'error' },
  },
  {
    files: ['bin/**/*.mjs', '*.config.{js,ts}', 'eslint-regels.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/web/**'], message: 'Het domein is zuiver: geen server- of webcode.' },
            { group: ['node:*', 'pg', '@electric-sql/*', 'hono', 'hono/*'], message: 'Het domein doet geen I/O.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**'], message: 'De webapp praat alleen via de API met de server.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
);
