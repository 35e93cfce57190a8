// @ts-check
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'demo/**', 'coverage/**', '.render/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The pure core: no host, UI or I/O API, so every host (Excel, CLI, web page) runs the same engine.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['exceljs', 'react', 'react-dom', '@fluentui/*', 'office-addin-*', '@microsoft/office-js'], message: 'The core stays pure: use the workbook port or a host.' },
            { group: ['fs', 'path', 'os', 'child_process', 'node:*'], message: 'The core performs no I/O.' },
            { group: ['../adapters/*', '../../adapters/*', '../taskpane/*', '../cli/*', '../port/*'], message: 'The core depends on nothing outside itself.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Office.js belongs in src/adapters/office.' }, { name: 'Office', message: 'Office.js belongs in src/adapters/office.' }, { name: 'fetch', message: 'The core performs no I/O.' }],
    },
  },
);
