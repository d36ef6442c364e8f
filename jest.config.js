const { readdirSync } = require('node:fs');
const { join, relative } = require('node:path');

/**
 * Three projects, all run by `npm test` (`npx jest <paths>` finds a file in whichever holds it):
 * - unit: pure code, no database, no processes: the inner loop (`npm run test:unit`, under 30 s);
 * - faults: tests that kill processes or flood the service (1,000 concurrent mutations, SIGKILL in
 *   the middle of an import, killed CLI runs) (`npm run test:fault-suites`);
 * - integration: everything else (the API on SQLite and PostgreSQL, the CLI, the browser tests).
 * A new test file is integration unless it sits under one of the UNIT paths.
 */
const UNIT = [
  'test/domain/',
  'test/parsing/',
  'test/config/',
  'test/judged/judged-figures.test.ts',
  'test/db/candidate-fold.test.ts',
  'test/db/candidate-pack.test.ts',
  'test/batch/candidate-read.test.ts',
  'test/batch/csv.test.ts',
  'test/batch/line-chunks.test.ts',
  'test/batch/scored-row.test.ts',
  'test/batch/synthetic-resume.test.ts',
];
/**
 * Pure, but long (minutes on a loaded machine): the top-k pruning against a full sort over large
 * random inputs, and the parser's time and robustness bounds over generated text. They run with
 * the integration tests so the unit loop stays short.
 */
const LONG_PURE = [
  'test/domain/matching/rank-top-k.test.ts',
  'test/domain/matching/rank-top-k-edge-cases.test.ts',
  'test/domain/matching/random-postings.test.ts',
  'test/parsing/posting/linear-time.test.ts',
  'test/parsing/posting/robustness.test.ts',
];
const FAULTS = ['test/ops/faults.test.ts', 'test/cli/process.test.ts'];

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

const all = testFiles(join(__dirname, 'test')).map((f) => relative(__dirname, f).split('\\').join('/'));
const isUnit = (f) => UNIT.some((u) => f.startsWith(u)) && !LONG_PURE.includes(f);
const isFault = (f) => FAULTS.includes(f);
/** Exact paths as testRegex entries. */
const only = (files) => files.map((f) => `/${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testRegex: only(all.filter(isUnit)),
      // Transpiled without type-checking each file again (npm run typecheck checks every file's types).
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.unit.json' }] },
    },
    {
      ...common,
      displayName: 'integration',
      testRegex: only(all.filter((f) => !isUnit(f) && !isFault(f))),
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
    {
      ...common,
      displayName: 'faults',
      testRegex: only(all.filter(isFault)),
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
  ],
};
