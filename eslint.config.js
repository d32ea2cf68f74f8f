// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The layers that make up the product (scripts, bench and tests are tools around it). */
const PRODUCT = ['apps/**/*.{ts,tsx}', 'workflows/**/*.ts', 'activities/**/*.ts', 'libs/**/*.ts'];

const SQL = String.raw`/^\s*(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|WITH\s+\w+\s+AS)\b/i`;

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'test-results/**', 'apps/console/dist/**', 'apps/console/src/api-types.gen.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/console/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    // A hook after an early return crashes the page on its next render (the plan page did, once).
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error' },
  },
  // Tools read untyped JSON answers; the product types what it reads.
  { files: ['test/**', 'scripts/**', 'bench/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: PRODUCT,
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
  {
    // One persistence boundary: SQL and TypeORM only in libs/persistence.
    files: PRODUCT,
    ignores: ['libs/persistence/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=${SQL}]`, message: 'SQL belongs in a repository in libs/persistence.' },
        { selector: `TemplateLiteral > TemplateElement[value.raw=${SQL}]`, message: 'SQL belongs in a repository in libs/persistence.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'pg', message: 'Database access belongs in libs/persistence.' }], patterns: [{ group: ['typeorm', '@nestjs/typeorm'], message: 'TypeORM belongs in libs/persistence.' }] }],
    },
  },
  {
    // Workflows are replayed. Inside the workflow sandbox Date is Temporal's own deterministic clock
    // (https://docs.temporal.io/develop/typescript/core-application#workflow-logic-requirements), so
    // Date.now() is allowed there; ids come from uuid4(), never from Math.random().
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use uuid4() from @temporalio/workflow.' }],
    },
  },
);
