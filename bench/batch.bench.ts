/**
 * Batch benchmark: the command line as a user runs it (`node bin/skillmatch.js`, a child process
 * measured from outside: wall time and peak resident memory of the whole process, worker threads
 * included), next to the simple baseline each one replaces (one process, everything in memory,
 * `matchCandidate` per pair; TypeORM `save()` per row), measured on a smaller N and extrapolated.
 *
 *   - score: 1,000,000 generated candidates in a .jsonl file against the seed intern posting
 *   - import: 100,000 generated JSON Resumes into a fresh SQLite database
 *   - all postings: 100,000 stored candidates x 100 stored postings, top 20 each
 *
 * Needs the compiled code (`npm run build`). Run alone: node dist/bench/batch.bench.js
 */
import 'reflect-metadata';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import type { PostingDraft } from '../src/domain/drafts';
import { generateCandidateDrafts } from '../src/domain/synthetic/generate-candidates';
import { parseTaxonomyFile, taxonomyFromFile } from '../src/domain/taxonomy/taxonomy-file';
import type { Taxonomy } from '../src/domain/taxonomy/taxonomy';
import { baselineSaveImport, baselineScore } from './batch-baselines';
import { check, measureCli, summaryLine } from './measure-cli';
import { postingVariants } from './posting-variants';
import type { BenchRow } from './ranking.bench';

const ROOT = join(__dirname, '..', ...(__dirname.includes(join('dist', 'bench')) ? ['..'] : []));
const DATA = join(ROOT, 'data');
const SEED = 20260101;

const SCORE_COUNT = Number(process.env.BATCH_BENCH_CANDIDATES ?? 1_000_000);
const IMPORT_COUNT = Number(process.env.BATCH_BENCH_IMPORT ?? 100_000);
const POSTING_COUNT = 100;
const BASELINE_SCORE_COUNT = 100_000;
const BASELINE_SAVE_COUNT = 1_000;

function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function loadTaxonomy(): Taxonomy {
  return taxonomyFromFile(parseTaxonomyFile(JSON.parse(readFileSync(join(DATA, 'taxonomy.json'), 'utf8'))));
}

function seedPostings(): PostingDraft[] {
  return (JSON.parse(readFileSync(join(DATA, 'postings.json'), 'utf8')) as { postings: PostingDraft[] }).postings;
}

/** Runs the batch benchmark; returns one row per figure. */
export async function runBatchBench(): Promise<BenchRow[]> {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('run `npm run build` first');
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'skillmatch-batch-bench-'));
  const taxonomy = loadTaxonomy();
  try {
    const intern = seedPostings()[0];
    const internFile = join(dir, 'intern-posting.json');
    writeFileSync(internFile, JSON.stringify(intern));

    // 1. Score a million candidates from a file.
    const people = join(dir, 'candidates.jsonl');
    const gen = await measureCli(
      ['generate-candidates', '--count', String(SCORE_COUNT), '--seed', String(SEED), '--out', people],
      {},
    );
    check(gen, 'generate-candidates');
    rows.push({
      name: `generate-candidates ${SCORE_COUNT.toLocaleString('en-US')} (.jsonl)`,
      value: round(gen.wallMs / 1000, 2),
      unit: 's',
      note: `peak ${round(gen.peakMb, 0)} MB; not a target, the input of the next row`,
    });
    const score = await measureCli(
      ['score', '--posting', internFile, '--candidates', people, '--top', '20', '--out', join(dir, 'top.csv')],
      {},
    );
    check(score, 'score');
    rows.push({
      name: `score ${SCORE_COUNT.toLocaleString('en-US')} candidates (.jsonl) x 1 posting, top 20`,
      value: round(score.wallMs / 1000, 2),
      unit: 's',
      target: '<= 10 s',
      note: `CLI wall time; ${summaryLine(score.stderr)}`,
    });
    rows.push({
      name: '  peak memory of that run (all threads)',
      value: round(score.peakMb, 0),
      unit: 'MB',
      target: '<= 512 MB',
      note: 'max RSS of the child process',
    });

    // The same seed gives the same first people whatever the count: the baseline scores the file's first 100,000.
    const sample = join(dir, 'candidates-100k.jsonl');
    check(
      await measureCli(
        ['generate-candidates', '--count', String(BASELINE_SCORE_COUNT), '--seed', String(SEED), '--out', sample],
        {},
      ),
      'generate sample',
    );
    const baseline = baselineScore(taxonomy, sample, [intern]);
    const factor = SCORE_COUNT / BASELINE_SCORE_COUNT;
    rows.push({
      name: `  baseline: in memory, matchCandidate per pair, ${BASELINE_SCORE_COUNT.toLocaleString('en-US')}`,
      value: round(baseline.ms / 1000, 2),
      unit: 's',
      note: `extrapolated to ${SCORE_COUNT.toLocaleString('en-US')}: ~${round((baseline.ms * factor) / 1000, 0)} s and ~${round(baseline.heapMb * factor, 0)} MB of parsed candidates (heap ${round(baseline.heapMb, 0)} MB at 100k); streaming is ${round((baseline.ms * factor) / score.wallMs, 1)}x faster`,
    });
    rmSync(people, { force: true });

    // 2. Import 100,000 JSON Resumes.
    const resumes = join(dir, 'resumes.jsonl');
    check(
      await measureCli(
        [
          'generate-candidates',
          '--count',
          String(IMPORT_COUNT),
          '--seed',
          String(SEED),
          '--format',
          'resume',
          '--out',
          resumes,
        ],
        {},
      ),
      'generate resumes',
    );
    // Into a new database: migrations, taxonomy sync and seed included.
    const fresh = await measureCli(['import-candidates', resumes], {
      DATABASE_URL: `sqlite:${join(dir, 'fresh.sqlite')}`,
    });
    check(fresh, 'import-candidates (new database)');
    // Into a database that exists already (created by a first command), as an import usually runs.
    const dbUrl = `sqlite:${join(dir, 'bench.sqlite')}`;
    check(await measureCli(['score', '--posting', '1', '--top', '1'], { DATABASE_URL: dbUrl }), 'create database');
    const imported = await measureCli(['import-candidates', resumes], { DATABASE_URL: dbUrl });
    check(imported, 'import-candidates');
    rows.push({
      name: `import-candidates ${IMPORT_COUNT.toLocaleString('en-US')} JSON Resumes (.jsonl) into SQLite`,
      value: round(imported.wallMs / 1000, 2),
      unit: 's',
      target: '<= 5 s',
      note: `CLI wall time, into an existing database (26 seed candidates); peak ${round(imported.peakMb, 0)} MB; ${summaryLine(imported.stderr)}`,
    });
    rows.push({
      name: '  the same into a new database file',
      value: round(fresh.wallMs / 1000, 2),
      unit: 's',
      note: 'creating it included: migrations, taxonomy sync (742 skills), seed postings and candidates',
    });
    const saveDrafts = [...generateCandidateDrafts(taxonomy, { count: BASELINE_SAVE_COUNT, seed: SEED })];
    const saveMs = await baselineSaveImport(DATA, dir, saveDrafts);
    const saveFactor = IMPORT_COUNT / BASELINE_SAVE_COUNT;
    rows.push({
      name: `  baseline: TypeORM save() per row, ${BASELINE_SAVE_COUNT.toLocaleString('en-US')} candidates`,
      value: round(saveMs / 1000, 2),
      unit: 's',
      note: `inserts only (no parsing); extrapolated to ${IMPORT_COUNT.toLocaleString('en-US')}: ~${round((saveMs * saveFactor) / 1000, 0)} s; the CLI import is ${round((saveMs * saveFactor) / imported.wallMs, 0)}x faster`,
    });

    // 3. Every stored posting against every stored candidate.
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: dbUrl }, { dataDir: DATA });
    const app = await createApp(config);
    let stored: number;
    try {
      const existing = (await app.services.postings.allIds()).length;
      await app.services.postings.createMany(postingVariants(seedPostings(), POSTING_COUNT - existing, SEED));
      stored = (await app.services.postings.allIds()).length;
    } finally {
      await app.close();
    }
    const all = await measureCli(['score', '--all-postings', '--top', '20', '--out', join(dir, 'all.csv')], {
      DATABASE_URL: dbUrl,
    });
    check(all, 'score --all-postings');
    const candidates = IMPORT_COUNT + JSON.parse(readFileSync(join(DATA, 'candidates.json'), 'utf8')).candidates.length;
    rows.push({
      name: `score --all-postings: ${candidates.toLocaleString('en-US')} stored candidates x ${stored} postings, top 20`,
      value: round(all.wallMs / 1000, 2),
      unit: 's',
      target: '<= 10 s',
      note: `CLI wall time, database opened and read included; peak ${round(all.peakMb, 0)} MB; ${summaryLine(all.stderr)}`,
    });
    const pairBaseline = baselineScore(taxonomy, sample, seedPostings());
    const perPairMs = pairBaseline.ms / (BASELINE_SCORE_COUNT * 2);
    const pairs = candidates * stored;
    rows.push({
      name: '  baseline: matchCandidate per pair, 100,000 x 2 postings',
      value: round(pairBaseline.ms / 1000, 2),
      unit: 's',
      note: `extrapolated to ${pairs.toLocaleString('en-US')} pairs: ~${round((perPairMs * pairs) / 1000, 0)} s; --all-postings is ${round((perPairMs * pairs) / all.wallMs, 0)}x faster`,
    });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runBatchBench().then(
    (rows) => {
      for (const row of rows)
        console.log(
          `${row.name}: ${row.value} ${row.unit}${row.target ? ` (target ${row.target})` : ''}${row.note ? `  ${row.note}` : ''}`,
        );
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
