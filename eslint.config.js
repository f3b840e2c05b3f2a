// The project's own lint: ESLint's recommended rules with typescript-eslint's, and the house rule
// of design.md that no function in src/ is longer than 80 lines (tests are tables; they are exempt).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/.cache/**', '.ci/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Tree and payload types from outside (unist nodes, GitHub payloads) are `any` by nature.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The sanitizers match control characters on purpose.
      'no-control-regex': 'off',
      // `let x = fallback; try { x = … } catch {}` reads better than the alternatives.
      'no-useless-assignment': 'off',
    },
  },
  {
    // Benchmarks check their run in `finally` and fail loudly on purpose.
    files: ['bench/**/*.mjs'],
    rules: { 'no-unsafe-finally': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
);
