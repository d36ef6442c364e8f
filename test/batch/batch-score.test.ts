import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BatchOptions, type CandidateSource, scoreBatch } from '../../src/batch/batch-score';
import { matchCandidate } from '../../src/domain/matching/match-candidate';
import { compareRanked, rankCandidates } from '../../src/domain/matching/rank-candidates';
import type { CandidateSpec } from '../../src/domain/matching/profiles';
import { generateCandidateDrafts, generateCandidates } from '../../src/domain/synthetic/generate-candidates';
import { loadTaxonomy, seedPostings } from './support';

const taxonomy = loadTaxonomy();
const postings = seedPostings(taxonomy);
const NOW = new Date('2026-01-15T00:00:00Z');
const COUNT = 3000;

const base: BatchOptions = { top: 25, qualifiedOnly: false, minScore: null, workers: 0, now: NOW };

describe('batch scoring', () => {
  let dir: string;
  let jsonl: string;
  let size: number;
  const population: CandidateSpec[] = [...generateCandidates(taxonomy, { count: COUNT, seed: 99 })];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sm-batch-'));
    jsonl = join(dir, 'people.jsonl');
    const lines = [...generateCandidateDrafts(taxonomy, { count: COUNT, seed: 99 })].map((d, i) =>
      JSON.stringify({ id: i + 1, ...d }),
    );
    const text = `${lines.join('\n')}\n`;
    writeFileSync(jsonl, text);
    size = Buffer.byteLength(text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = (): CandidateSource => ({ kind: 'jsonl', path: jsonl, size });

  it('keeps exactly the oracle top N per posting, in ranking order, with the counts of passing and qualified candidates', async () => {
    const result = await scoreBatch(taxonomy, postings, file(), { ...base, chunkBytes: 64 * 1024 });
    expect(result.stats).toMatchObject({ read: COUNT, scored: COUNT, skipped: 0 });
    result.rankings.forEach((ranking, p) => {
      const oracle = rankCandidates(taxonomy, postings[p], population);
      expect(ranking.rows.map((r) => [r.candidateId, r.score, r.qualified])).toEqual(
        oracle.slice(0, 25).map((r) => [r.candidateId, r.score, r.qualified]),
      );
      expect(ranking.rows.map((r) => r.rank)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      expect(ranking.passed).toBe(COUNT);
      expect(ranking.qualified).toBe(oracle.filter((r) => r.qualified).length);
      // Every figure is the explainable matcher's.
      const top = oracle[0];
      expect(ranking.rows[0]).toMatchObject({
        requiredScore: top.requiredScore,
        preferredScore: top.preferredScore,
        categories: top.categories,
      });
    });
  });

  it('gives the same result with worker threads and any batch size', async () => {
    const reference = await scoreBatch(taxonomy, postings, file(), base);
    for (const variant of [
      { workers: 2, chunkBytes: 50_000 },
      { workers: 1, chunkBytes: 7_777 },
      { workers: 0, chunkBytes: 1 << 20 },
    ]) {
      const result = await scoreBatch(taxonomy, postings, file(), { ...base, ...variant });
      expect(result.rankings).toEqual(reference.rankings);
      expect(result.stats.workers).toBe(variant.workers);
    }
  }, 120_000);

  it('ranks a posting with nothing to score by id, with null scores, across batches and workers', async () => {
    const unscorable = {
      ...postings[0],
      id: 'none',
      requirements: postings[0].requirements.map((g) => ({ ...g, assessable: false })),
    };
    for (const variant of [
      { workers: 0, chunkBytes: 1 << 20 },
      { workers: 2, chunkBytes: 50_000 },
    ]) {
      const result = await scoreBatch(taxonomy, [unscorable], file(), { ...base, ...variant });
      const oracle = rankCandidates(taxonomy, unscorable, population);
      expect(oracle.every((r) => r.score === null && r.qualified === null)).toBe(true);
      expect(result.rankings[0].rows.map((r) => [r.candidateId, r.score, r.qualified, r.reason !== null])).toEqual(
        oracle.slice(0, 25).map((r) => [r.candidateId, null, null, true]),
      );
      expect(result.rankings[0].rows.map((r) => r.candidateId).slice(0, 3)).toEqual(['1', '2', '3']);
      expect(result.rankings[0].qualified).toBe(0);
    }
  }, 120_000);

  it('applies --qualified-only and --min-score as the service does', async () => {
    const minScore = 40;
    const result = await scoreBatch(taxonomy, postings, file(), {
      ...base,
      top: 10_000,
      qualifiedOnly: true,
      minScore,
      chunkBytes: 100_000,
    });
    result.rankings.forEach((ranking, p) => {
      const oracle = rankCandidates(taxonomy, postings[p], population).filter(
        (r) => r.qualified === true && r.score !== null && r.score >= minScore,
      );
      expect(ranking.rows.map((r) => r.candidateId)).toEqual(oracle.map((r) => r.candidateId));
      expect(ranking.passed).toBe(oracle.length);
    });
  });

  it('skips malformed lines with their line numbers and reasons, and scores the rest', async () => {
    const path = join(dir, 'bad.jsonl');
    const lines = [
      '{"id":"a","name":"A","skills":[{"name":"Java","months":24}]}',
      '{"id":"b","name":"B", skills:[]}',
      '',
      '{"id":"c","name":"C","skills":[{"name":"Python","months":"many"}]}',
      '{"id":"a","name":"A again","skills":[]}',
      '{"id":"d","name":"D","skills":[{"name":"Go","months":12}]}',
    ];
    writeFileSync(path, lines.join('\n'));
    const result = await scoreBatch(taxonomy, postings.slice(0, 1), { kind: 'jsonl', path, size: 1 }, base);
    expect(result.stats).toMatchObject({
      read: 5,
      scored: 2,
      skipped: 3,
      skipCounts: { INVALID_JSON: 1, NOT_A_CANDIDATE: 1, DUPLICATE_ID: 1 },
    });
    expect(result.stats.skips.map((s) => [s.where, s.reason])).toEqual([
      ['line 2', 'INVALID_JSON'],
      ['line 4', 'NOT_A_CANDIDATE'],
      ['line 5', 'DUPLICATE_ID'],
    ]);
    expect(result.rankings[0].rows.map((r) => r.candidateId).sort()).toEqual(['a', 'd']);
  });

  it('holds .jsonl lines to the field limits of the API, naming the line and the field', async () => {
    const path = join(dir, 'limits.jsonl');
    const lines = [
      '{"id":"ok","name":"Ok","skills":[{"name":"Java","months":1200}]}',
      '{"id":"huge","name":"Huge","skills":[{"name":"Java","months":1e308}]}',
      '{"id":"frac","name":"Frac","skills":[{"name":"Java","months":2.5}]}',
      '{"id":"esc","name":"Esc\\u001b[2J","skills":[{"name":"Java","months":3}]}',
      `{"id":"many","name":"Many","skills":${JSON.stringify(Array.from({ length: 201 }, () => ({ name: 'Java', months: 1 })))}}`,
    ];
    writeFileSync(path, lines.join('\n'));
    const result = await scoreBatch(taxonomy, postings.slice(0, 1), { kind: 'jsonl', path, size: 1 }, base);
    expect(result.stats).toMatchObject({ read: 5, scored: 1, skipped: 4, skipCounts: { NOT_A_CANDIDATE: 4 } });
    expect(result.stats.skips.map((s) => [s.where, s.message.split(':')[0]])).toEqual([
      ['line 2', '$.skills[0].months'],
      ['line 3', '$.skills[0].months'],
      ['line 4', '$.name'],
      ['line 5', '$.skills'],
    ]);
    expect(result.stats.skips[0].message).toMatch(/from 0 to 1200, got 1e\+308/);
  });

  it('scores candidates given as specs (the database path) like the same candidates from a file', async () => {
    async function* batches() {
      yield population.slice(0, 1000);
      yield population.slice(1000);
    }
    const fromSpecs = await scoreBatch(
      taxonomy,
      postings,
      { kind: 'specs', batches: batches(), total: COUNT },
      { ...base, workers: 2 },
    );
    const fromFile = await scoreBatch(taxonomy, postings, file(), base);
    expect(fromSpecs.rankings).toEqual(fromFile.rankings);
  });

  it('explains rows with matched and missing skills per group', async () => {
    const result = await scoreBatch(taxonomy, postings.slice(0, 1), file(), { ...base, top: 3 });
    const row = result.rankings[0].rows[0];
    const spec = population.find((c) => c.id === row.candidateId)!;
    const match = matchCandidate(taxonomy, postings[0], spec);
    expect(row.groups.map((g) => [g.requirementId, g.satisfied, g.credit])).toEqual(
      match.requirements.map((g) => [g.requirementId, g.satisfied, g.credit]),
    );
    const missing = match.requirements[0].missingSkillIds.map((id) => taxonomy.byId(id)!.name);
    expect(row.groups[0].missing).toEqual(missing);
    expect(row.groups[0].matched.length).toBe(match.requirements[0].matched.length);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(scoreBatch(taxonomy, postings, file(), { ...base, signal: controller.signal })).rejects.toThrow(
      'scoring stopped',
    );
  });

  it('orders equal scores by candidate id as the service does', async () => {
    const result = await scoreBatch(taxonomy, postings.slice(0, 1), file(), { ...base, top: 200 });
    const rows = result.rankings[0].rows;
    for (let i = 1; i < rows.length; i++) expect(compareRanked(rows[i - 1], rows[i])).toBeLessThan(0);
  });
});
