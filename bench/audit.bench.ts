/**
 * What a durable audit record costs a scoring answer. The same seeded SQLite service answers
 * scoring queries through Apollo (GraphQL execution included, no HTTP) from CONCURRENCY callers
 * at once, two ways, in alternating rounds:
 * - durable: as the service runs, each answer waits for its group-committed audit record;
 * - baseline: the earlier behaviour, the record queued and written in the background, the
 *   answer not waiting (same records, same database writes).
 * Throughput is answers per second over each round. The machine is shared, so its speed drifts:
 * the cost is the median over round pairs (one of each, back to back) of 1 - durable / baseline.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, createApp } from '../src/app';
import { Role } from '../src/auth/roles';
import { loadConfig } from '../src/config/config';
import { createContext } from '../src/graphql/context';
import { createApollo } from '../src/http/server';
import type { ScoringAuditor } from '../src/services/audit-event';
import { MatchingService } from '../src/services/matching.service';
import type { Services } from '../src/services/services';
import type { BenchRow } from './ranking.bench';

const ROOT = join(__dirname, '..', ...(__dirname.includes(join('dist', 'bench')) ? ['..'] : []));
const CONCURRENCY = 16;
const ROUND_MS = 1500;
const ROUNDS = 9;

const OPERATIONS = [
  (i: number) => `{ match(postingId: ${1 + (i % 2)}, candidateId: ${1 + (i % 20)}) { score qualified } }`,
  (i: number) => `{ rankCandidates(postingId: ${1 + (i % 2)}, first: 10) { totalCount edges { node { score } } } }`,
  (i: number) =>
    `{ scoreCandidates(postingId: 1, candidateIds: [${1 + (i % 20)}, ${2 + (i % 20)}, ${3 + (i % 20)}]) { score } }`,
];

/** The earlier auditor: the record goes to the same writer, the answer does not wait for it. */
function backgroundAuditor(app: App): ScoringAuditor {
  const audit = app.services.audit;
  return {
    describe: (event) => audit.describe(event),
    append: (record, actor) => {
      void audit.append(record, actor).catch(() => undefined);
      return Promise.resolve();
    },
  };
}

async function round(app: App, services: Services, keyId: number): Promise<number> {
  const apollo = createApollo({ ...app, services });
  await apollo.start();
  let answered = 0;
  const deadline = Date.now() + ROUND_MS;
  const started = process.hrtime.bigint();
  const caller = async (c: number): Promise<void> => {
    for (let i = c; Date.now() < deadline; i += CONCURRENCY) {
      const res = await apollo.executeOperation(
        { query: OPERATIONS[i % OPERATIONS.length](i) },
        { contextValue: createContext(services, {}, { kind: 'key', keyId, role: Role.RECRUITER }) },
      );
      if (res.body.kind !== 'single' || res.body.singleResult.errors)
        throw new Error(`scoring failed: ${JSON.stringify(res.body)}`);
      answered++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, c) => caller(c)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await app.services.audit.flush();
  await apollo.stop();
  return answered / seconds;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runAuditBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sm-audit-bench-'));
  try {
    const config = loadConfig(
      { DATABASE_URL: `sqlite:${join(dir, 'bench.sqlite')}`, LOG_LEVEL: 'silent' },
      { dataDir: join(ROOT, 'data') },
    );
    const app = await createApp(config);
    try {
      const { info } = await app.services.keys.create(Role.RECRUITER, 'audit bench');
      const s = app.services;
      const baselineMatching = new MatchingService(s.taxonomy, s.postings, s.candidates, backgroundAuditor(app));
      await baselineMatching.buildIndex();
      const baseline: Services = { ...s, matching: baselineMatching };
      const durable: number[] = [];
      const background: number[] = [];
      await round(app, s, info.id); // warm-up
      for (let r = 0; r < ROUNDS; r++) {
        background.push(await round(app, baseline, info.id));
        durable.push(await round(app, s, info.id));
      }
      const [rb, rd] = [median(background), median(durable)];
      const cost = median(durable.map((d, i) => 1 - d / background[i])) * 100;
      const [{ n }] = (await app.dataSource.query('SELECT COUNT(*) AS n FROM audit_record')) as { n: number }[];
      const rounds = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
      return [
        {
          name: `scoring answers, audit record in the background (earlier), ${CONCURRENCY} callers`,
          value: Math.round(rb),
          unit: 'answers/s',
          note: `median of ${ROUNDS} rounds of ${ROUND_MS / 1000} s: ${rounds(background)}`,
        },
        {
          name: `scoring answers, each waiting for its committed record (now), ${CONCURRENCY} callers`,
          value: Math.round(rd),
          unit: 'answers/s',
          note: `median of ${ROUNDS} rounds, each right after a baseline round: ${rounds(durable)}`,
        },
        {
          name: 'throughput cost, ratio of the two medians',
          value: Math.round((1 - rd / rb) * 1000) / 10,
          unit: '%',
          note: 'the same figures compared without pairing',
        },
        {
          name: 'throughput cost of durable audit',
          value: Math.round(cost * 10) / 10,
          unit: '%',
          target: '<= 10 %',
          note: `median of the ${ROUNDS} pairs; SQLite synchronous=FULL, group commit; ${Number(n).toLocaleString('en-US')} records written in all; match, rankCandidates (cached pages) and scoreCandidates in turn`,
        },
      ];
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
