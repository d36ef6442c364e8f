// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Packages the pure core must never reach: it takes plain data in and gives plain data out. */
const IMPURE = [
  'graphql',
  'graphql/*',
  'type-graphql',
  'typeorm',
  'typeorm/*',
  'class-validator',
  '@apollo/*',
  'pg',
  'sqlite3',
  'pino',
  'dataloader',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'var/**', 'bin/**', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/parsing/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: IMPURE,
              message: 'src/domain and src/parsing are pure: no GraphQL, ORM, validation or I/O libraries.',
            },
            { regex: '^node:', message: 'src/domain and src/parsing are pure: no Node built-ins.' },
            {
              group: [
                'fs',
                'fs/*',
                'path',
                'os',
                'http',
                'https',
                'net',
                'crypto',
                'child_process',
                'worker_threads',
                'stream',
                'readline',
                'process',
                'buffer',
                'url',
                'util',
                'zlib',
                'events',
              ],
              message: 'src/domain and src/parsing are pure: no Node built-ins.',
            },
            {
              group: ['**/services/**', '**/graphql/**', '**/entities/**', '**/db/**', '**/http/**', '**/cli/**'],
              message: 'The pure core may not import the outer layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    // The scoring engine knows nothing of the command line: options, progress, interrupts and output files are cli/'s.
    files: ['src/batch/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli', '**/cli/**', 'commander'],
              message: 'src/batch is the scoring engine: the command line (src/cli) uses it, never the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    // GraphQL responses in tests are untyped JSON; asserting on them is the point.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Jest loads global setup through a default export.
    files: ['test/support/global-setup.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
