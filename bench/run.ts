/**
 * `npm run bench` (which builds first, then runs node --expose-gc dist/bench/run.js): every
 * benchmark, one table on standard output, and the sections of BENCHMARKS.md that it owns
 * rewritten with the figures, the command and the machine they were measured on.
 *
 * BENCH_ONLY=workload,ranking,batch,index,audit,parser,resume,http,http-workload,web runs a subset (the other sections are left as they are).
 */
// Before any section is imported: type-graphql's decorators need the metadata polyfill.
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from './ranking.bench';

const ROOT = join(__dirname, '..', ...(__dirname.includes(join('dist', 'bench')) ? ['..'] : []));
const DOC = join(ROOT, 'BENCHMARKS.md');

interface Section {
  readonly key: string;
  readonly title: string;
  readonly what: string;
  readonly run: () => Promise<BenchRow[]>;
}

const SECTIONS: readonly Section[] = [
  {
    key: 'workload',
    title: 'In-process ranking of the real postings (bench/workload.bench.ts)',
    what:
      'Every posting of the parser corpus (test/fixtures/postings/*.txt, read by the service parser) ranked uncached over generated populations: ' +
      "rankTopK k=20 over the CandidateIndex with the posting's compiled plan, the scan behind an uncached rankCandidates(first: 20).",
    run: async () => (await import('./workload.bench')).runWorkloadBench(),
  },
  {
    key: 'ranking',
    title: 'In-process ranking (bench/ranking.bench.ts)',
    what: 'The compiled CandidateIndex + rankTopK behind the GraphQL rankCandidates query, on generated populations, against the explainable oracle.',
    run: async () => (await import('./ranking.bench')).runRankingBench(),
  },
  {
    key: 'batch',
    title: 'Command line: batch scoring and import (bench/batch.bench.ts)',
    what:
      'Each row is `node bin/skillmatch.js ...` run as a child process and measured from outside (wall time; peak RSS of the whole process, ' +
      'worker threads included, from /usr/bin/time). Baselines run in the bench process on a smaller N and are extrapolated linearly, as labelled.',
    run: async () => (await import('./batch.bench')).runBatchBench(),
  },
  {
    key: 'index',
    title: 'Ranking index from stored candidates (bench/index-build.bench.ts)',
    what: 'A service start on a SQLite database holding 1,000,000 candidates imported with the command line: createApp, with every candidate read into the ranking index.',
    run: async () => (await import('./index-build.bench')).runIndexBuildBench(),
  },
  {
    key: 'audit',
    title: 'Durable audit records (bench/audit.bench.ts)',
    what:
      'Scoring answers per second through Apollo (no HTTP) on a seeded SQLite database, 16 concurrent callers, alternating rounds: ' +
      'each answer waiting for its group-committed audit record (as the service runs) against the earlier background write.',
    run: async () => (await import('./audit.bench')).runAuditBench(),
  },
  {
    key: 'parser',
    title: 'Posting-text parser (bench/parser.bench.ts)',
    what: 'parsePosting in process on a 10 KB posting and on adversarial 100 KB texts (one unit such as "C 1 year , " repeated, in six layouts; bench/adversarial-postings.ts).',
    run: async () => (await import('./parser.bench')).runParserBench(),
  },
  {
    key: 'resume',
    title: 'Résumé documents (bench/resume.bench.ts)',
    what:
      'A two-page PDF résumé read (unpdf text layer) and parsed, in process and through a document worker thread; then `skillmatch import-candidates DIR` ' +
      'of 10,000 copies of the corpus résumés (data/corpus/resumes: a third each PDF, DOCX, text) into a fresh SQLite database, in worker threads.',
    run: async () => (await import('./resume.bench')).runResumeBench(),
  },
  {
    key: 'http',
    title: 'HTTP (bench/http.bench.ts)',
    what: 'rankCandidates over HTTP, see bench/http.bench.ts.',
    run: async () => {
      // Written by another part of the project; the run goes on without it.
      if (!existsSync(join(__dirname, 'http.bench.js')) && !existsSync(join(__dirname, 'http.bench.ts'))) {
        return [{ name: 'http benchmark', value: 0, unit: '-', note: 'skipped: bench/http.bench.ts is not present' }];
      }
      const specifier = './http.bench'; // a variable, so the build does not need the file
      const mod = (await import(specifier)) as { runHttpBench?: () => Promise<BenchRow[]> };
      if (typeof mod.runHttpBench !== 'function')
        return [
          {
            name: 'http benchmark',
            value: 0,
            unit: '-',
            note: 'skipped: bench/http.bench.ts exports no runHttpBench()',
          },
        ];
      return mod.runHttpBench();
    },
  },
  {
    key: 'http-workload',
    title: 'HTTP workload of issue 12 (bench/http-workload.bench.ts)',
    what:
      'skillmatch as npm start runs it, on SQLite with 100,000 generated candidates and the corpus postings; autocannon 8 connections, every body checked. ' +
      'Each row names its workload; the repeated single query is a cached page, shown as a reference only.',
    run: async () => (await import('./http-workload.bench')).runHttpWorkloadBench(),
  },
  {
    key: 'web',
    title: 'Web app in the browser (bench/web.bench.ts)',
    what:
      'Headless Chromium opens the seed intern posting with the key already entered, against skillmatch as npm start runs it on SQLite with 100,000 ' +
      'generated candidates; from navigation start to the first ranking row on screen.',
    run: async () => (await import('./web.bench')).runWebBench(),
  },
];

function machine(): string[] {
  const cpu = cpus()[0];
  return [
    `- CPU: ${availableParallelism()} cores (${cpu?.model ?? 'unknown model'}), ${Math.round(totalmem() / 2 ** 30)} GiB memory`,
    `- Node.js ${process.version}, ${process.platform} ${process.arch}`,
    `- load average when the run started: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')} (the machine is shared; figures under load are slower)`,
    `- measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  ];
}

function table(rows: readonly BenchRow[]): string[] {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| measure | value | target | note |',
    '|---|---:|---|---|',
    ...rows.map((r) => `| ${cell(r.name.trim())} | ${r.value} ${r.unit} | ${r.target ?? ''} | ${cell(r.note ?? '')} |`),
  ];
}

/** Replaces the text between the section's markers (or appends the section). */
function rewriteSection(doc: string, key: string, body: string): string {
  const start = `<!-- bench:${key} -->`;
  const end = `<!-- /bench:${key} -->`;
  const block = `${start}\n${body}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from >= 0 && to > from) return doc.slice(0, from) + block + doc.slice(to + end.length);
  return `${doc.trimEnd()}\n\n${block}\n`;
}

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;
  let doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmarks\n';
  const facts = machine();
  doc = rewriteSection(
    doc,
    'machine',
    [`Command: \`npm run bench\`${only ? ` (BENCH_ONLY=${[...only].join(',')})` : ''}`, '', ...facts].join('\n'),
  );
  let failed = false;
  for (const section of SECTIONS) {
    if (only && !only.has(section.key)) continue;
    console.log(`\n== ${section.title}`);
    const loadBefore = loadavg()[0];
    const started = Date.now();
    let rows: BenchRow[];
    try {
      rows = await section.run();
    } catch (err) {
      failed = true;
      const message = err instanceof Error ? err.message : String(err);
      console.error(`${section.key} failed: ${message}`);
      rows = [{ name: `${section.key} benchmark`, value: 0, unit: '-', note: `failed: ${message.split('\n')[0]}` }];
    }
    const width = Math.max(...rows.map((r) => r.name.length));
    for (const r of rows) {
      console.log(
        `${r.name.padEnd(width)}  ${String(r.value).padStart(9)} ${r.unit}${r.target ? `  (target ${r.target})` : ''}${r.note ? `  ${r.note}` : ''}`,
      );
    }
    const load = `- 1-minute load average ${loadBefore.toFixed(2)} when this section started, ${loadavg()[0].toFixed(2)} when it ended (${Math.round((Date.now() - started) / 1000)} s later; the bench keeps up to 2 busy itself, more means other work shared the machine)`;
    doc = rewriteSection(
      doc,
      section.key,
      [`### ${section.title}`, '', section.what, '', ...table(rows), '', ...facts.slice(0, 2), load].join('\n'),
    );
    writeFileSync(DOC, doc);
    global.gc?.();
  }
  console.log(`\nwrote ${DOC}`);
  if (failed) process.exitCode = 1;
}

void main();
