import { Client } from 'pg';
import sqlite3 from 'sqlite3';
import { createApp } from '../../src/app';
import type { DatabaseConfig } from '../../src/config/config';
import { AuditRecordEntity } from '../../src/entities/audit-record.entity';
import { CLI_ACTOR } from '../../src/services/audit-event';
import { canonicalHash, canonicalJson } from '../../src/services/canonical-json';
import { testDatabases } from '../support/databases';
import { toGlobalId } from '../../src/graphql/ids';
import { type TestApp, rowId, startTestApp, testConfig } from '../support/test-app';

const keyId = (id: number) => toGlobalId('ApiKey', id);
const postingId = (id: number) => toGlobalId('Posting', id);

const RECORD =
  'id at actor keyId operation postingId postingHash candidateCount modelVersion taxonomyVersion inputHash requestId weights { requiredWeight preferredWeight educationWeight categoryWeights { category weight } }';
const HEX64 = /^[0-9a-f]{64}$/;

describe('canonical input hashes', () => {
  it('do not depend on property order, leave out undefined, and change with any value', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], u: undefined })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
    expect(canonicalHash({ a: 1, b: [1, 2] })).toBe(canonicalHash({ b: [1, 2], a: 1 }));
    expect(canonicalHash({ a: 1, b: [1, 2] })).not.toBe(canonicalHash({ a: 1, b: [2, 1] }));
    expect(canonicalHash({ a: 1 })).toMatch(HEX64);
  });
});

describe.each(testDatabases())('the audit log on $kind', (db) => {
  let t: TestApp;
  let candidates: number;
  beforeAll(async () => {
    t = await startTestApp(db);
    candidates = t.app.services.matching.indexedCandidates;
  });
  afterAll(() => t.close());

  /** The records written since `from` (audit ids only grow). */
  async function since(from: number): Promise<any[]> {
    const res = await t.gql(`{ auditLog(first: 100) { edges { node { ${RECORD} } } } }`);
    expect(res.errors).toBeUndefined();
    return res.data!.auditLog.edges.map((e: any) => e.node).filter((n: any) => rowId(n.id) > from);
  }
  async function lastId(): Promise<number> {
    const rows = await t.app.dataSource.query('SELECT MAX(id) AS m FROM audit_record');
    return Number(rows[0].m ?? 0);
  }
  const recruiter = { as: 'RECRUITER' as const };

  it('writes one record per scoring request: who, when, posting, how many, versions, weights, input hash', async () => {
    const from = await lastId();
    const before = Date.now();
    const res = await t.gql(
      '{ match(postingId: 1, candidateId: 1, weights: { requiredWeight: 3 }) { modelVersion taxonomyVersion weights { requiredWeight preferredWeight educationWeight categoryWeights { category weight } } } }',
      undefined,
      recruiter,
    );
    expect(res.errors).toBeUndefined();
    const [rec, ...more] = await since(from);
    expect(more).toEqual([]);
    expect(rec).toMatchObject({
      actor: 'key',
      keyId: keyId(t.keys.RECRUITER.id),
      operation: 'match',
      postingId: postingId(1),
      postingHash: null,
      candidateCount: 1,
      modelVersion: res.data!.match.modelVersion,
      taxonomyVersion: res.data!.match.taxonomyVersion,
      weights: [res.data!.match.weights],
    });
    expect(rec.weights[0].requiredWeight).toBe(3);
    expect(rec.inputHash).toMatch(HEX64);
    expect(new Date(rec.at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(rec.at).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('records every scoring operation, with what it scored', async () => {
    const from = await lastId();
    const ops = [
      '{ rankCandidates(postingId: 2, first: 5) { totalCount } }',
      '{ rankPostings(candidateId: 3, first: 5) { totalCount } }',
      '{ scoreCandidates(postingId: 1, candidateIds: [1, 2, 2, 3]) { score } }',
      '{ matchPreview(posting: { posting: { title: "Draft", employmentType: FULL_TIME, requirements: [{ importance: REQUIRED, category: LANGUAGE, label: "Go", skills: ["Go"] }] } }, candidate: { id: 2 }) { score } }',
      '{ matchPreview(posting: { id: 1 }, candidate: { candidate: { name: "Unsaved", skills: [{ name: "Java" }] } }) { score } }',
    ];
    for (const q of ops) expect((await t.gql(q, undefined, recruiter)).errors).toBeUndefined();
    const recs = await since(from);
    expect(recs.map((r) => [r.operation, r.postingId, r.candidateCount])).toEqual([
      ['rankCandidates', postingId(2), candidates],
      ['rankPostings', null, 1],
      ['scoreCandidates', postingId(1), 3],
      ['matchPreview', null, 1],
      ['matchPreview', postingId(1), 1],
    ]);
    expect(recs[3].postingHash).toMatch(HEX64);
    expect(recs.filter((r) => r.postingHash !== null)).toHaveLength(1);
    expect(
      recs.every((r) => r.keyId === keyId(t.keys.RECRUITER.id) && HEX64.test(r.inputHash) && r.weights.length >= 1),
    ).toBe(true);
  });

  it('gives equal inputs equal hashes, and different weights, options or profiles different ones', async () => {
    const from = await lastId();
    const q = (w: string) => `{ match(postingId: 1, candidateId: 2${w}) { score } }`;
    await t.gql(q(''), undefined, recruiter);
    await t.gql(q(''));
    await t.gql(q(', weights: { preferredWeight: 0.1 }'), undefined, recruiter);
    await t.gql('mutation { updateCandidate(id: 2, input: { skills: [{ name: "Rust", months: 30 }] }) { id } }');
    await t.gql(q(''), undefined, recruiter);
    await t.gql('{ rankCandidates(postingId: 1, first: 5) { totalCount } }', undefined, recruiter);
    await t.gql('{ rankCandidates(postingId: 1, first: 6) { totalCount } }', undefined, recruiter);
    const [a, b, weighted, changed, r5, r6] = await since(from);
    expect(b.inputHash).toBe(a.inputHash); // who asks is not an input
    expect(b.keyId).toBe(keyId(t.keys.ADMIN.id));
    expect(new Set([a.inputHash, weighted.inputHash, changed.inputHash]).size).toBe(3);
    expect(r5.inputHash).not.toBe(r6.inputHash);
  });

  it('names the CLI for in-process calls, and writes nothing for a refused request', async () => {
    const from = await lastId();
    await t.app.services.matching.scoreCandidates(CLI_ACTOR, 1, [1, 2]);
    const refused = await t.gql('{ match(postingId: 1, candidateId: 1) { score } }', undefined, { as: 'anonymous' });
    expect(refused.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const recs = await since(from);
    expect(recs.map((r) => [r.operation, r.actor, r.keyId])).toEqual([['scoreCandidates', 'cli', null]]);
  });

  it('takes records from other tools through AuditService.record (the batch score command)', async () => {
    const from = await lastId();
    const weights = (await t.app.services.matching.match(CLI_ACTOR, 1, 1)).weights;
    t.app.services.audit.record({
      actor: { kind: 'cli' },
      operation: 'score',
      postingId: 2,
      candidateCount: 5000,
      modelVersion: 'm',
      taxonomyVersion: 'tx',
      weights: [weights],
      inputHash: canonicalHash({ postings: [2], candidates: 'file.jsonl' }),
    });
    const recs = await since(from);
    expect(recs.map((r) => [r.operation, r.actor, r.postingId, r.candidateCount])).toEqual([
      ['match', 'cli', postingId(1), 1],
      ['score', 'cli', postingId(2), 5000],
    ]);
  });

  it('filters by posting, key and time, and pages with cursors', async () => {
    const all = await t.gql(`{ auditLog(first: 100) { totalCount edges { node { id postingId keyId at } } } }`);
    const nodes = all.data!.auditLog.edges.map((e: any) => e.node);
    const byPosting = await t.gql(
      '{ auditLog(first: 100, filter: { postingId: 1 }) { totalCount edges { node { postingId } } } }',
    );
    expect(byPosting.data!.auditLog.totalCount).toBe(nodes.filter((n: any) => n.postingId === postingId(1)).length);
    expect(byPosting.data!.auditLog.totalCount).toBeGreaterThan(0);
    const byKey = await t.gql('query($k: ID!) { auditLog(first: 100, filter: { keyId: $k }) { totalCount } }', {
      k: keyId(t.keys.ADMIN.id),
    });
    expect(byKey.data!.auditLog.totalCount).toBe(nodes.filter((n: any) => n.keyId === keyId(t.keys.ADMIN.id)).length);
    const future = await t.gql('query($s: DateTimeISO!) { auditLog(filter: { since: $s }) { totalCount } }', {
      s: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(future.data!.auditLog.totalCount).toBe(0);
    const past = await t.gql(
      'query($s: DateTimeISO!, $u: DateTimeISO!) { auditLog(filter: { since: $s, until: $u }) { totalCount } }',
      {
        s: new Date(Date.now() - 3_600_000).toISOString(),
        u: new Date(Date.now() + 60_000).toISOString(),
      },
    );
    expect(past.data!.auditLog.totalCount).toBe(nodes.length);
    const page1 = await t.gql('{ auditLog(first: 2) { edges { node { id } } pageInfo { endCursor hasNextPage } } }');
    const page2 = await t.gql(
      'query($a: String!) { auditLog(first: 2, after: $a) { edges { node { id } } pageInfo { hasPreviousPage } } }',
      {
        a: page1.data!.auditLog.pageInfo.endCursor,
      },
    );
    const ids = [...page1.data!.auditLog.edges, ...page2.data!.auditLog.edges].map((e: any) => e.node.id);
    expect(ids).toEqual(nodes.slice(0, 4).map((n: any) => n.id));
    expect(page2.data!.auditLog.pageInfo.hasPreviousPage).toBe(true);
  });

  it('is append-only: the database refuses to change or delete a record', async () => {
    const ds = t.app.dataSource;
    const [{ m }] = await ds.query('SELECT MAX(id) AS m FROM audit_record');
    await expect(ds.query(`UPDATE audit_record SET "candidateCount" = 0 WHERE id = ${Number(m)}`)).rejects.toThrow(
      /append-only/,
    );
    await expect(ds.query(`DELETE FROM audit_record WHERE id = ${Number(m)}`)).rejects.toThrow(/append-only/);
    expect(await ds.manager.countBy(AuditRecordEntity, { id: Number(m) })).toBe(1);
  });

  it('says in the schema that scores are recommendations and nothing is rejected automatically', () => {
    const { printSchema } = jest.requireActual('graphql') as typeof import('graphql');
    const sdl = printSchema(t.app.schema);
    expect(sdl).toMatch(/A score is evidence for a person to weigh, not a verdict; nothing is rejected automatically/);
    expect(sdl).toMatch(/The audit log of scoring requests[^"]*nothing is rejected automatically/);
  });
});

/** Counts audit records through a connection of its own, so only committed rows are seen. */
async function committedRecords(config: DatabaseConfig): Promise<number> {
  if (config.type === 'sqlite') {
    const conn = new sqlite3.Database(config.path, sqlite3.OPEN_READONLY);
    try {
      return await new Promise<number>((resolve, reject) =>
        conn.get('SELECT COUNT(*) AS n FROM audit_record', (err, row: { n: number }) =>
          err ? reject(err) : resolve(row.n),
        ),
      );
    } finally {
      conn.close();
    }
  }
  const client = new Client({ connectionString: config.url, options: `-c search_path=${config.schema}` });
  await client.connect();
  try {
    return Number((await client.query('SELECT COUNT(*) AS n FROM audit_record')).rows[0].n);
  } finally {
    await client.end();
  }
}

describe.each(testDatabases())('audit writes on $kind', (db) => {
  it('are committed before the scoring answer returns, many concurrent answers sharing one commit', async () => {
    const { config, drop } = await db.create();
    const statements: string[] = [];
    try {
      const app = await createApp(testConfig(config), { onQuery: (sql) => statements.push(sql) });
      try {
        const before = await committedRecords(config);
        await app.services.matching.match(CLI_ACTOR, 1, 1);
        // No flush: the answer alone means the record is durable, as another connection sees.
        expect(await committedRecords(config)).toBe(before + 1);

        statements.length = 0;
        const answers = await Promise.all(
          Array.from({ length: 40 }, (_, i) => app.services.matching.match(CLI_ACTOR, 1 + (i % 2), 1 + (i % 5))),
        );
        expect(answers).toHaveLength(40);
        expect(await committedRecords(config)).toBe(before + 41);
        const inserts = statements.filter((s) => /INSERT INTO "audit_record"/.test(s)).length;
        expect(inserts).toBeGreaterThanOrEqual(1);
        expect(inserts).toBeLessThan(40);
      } finally {
        await app.close();
      }
    } finally {
      await drop();
    }
  });

  it('refuse the answer when its record cannot be stored, and store nothing for it later', async () => {
    const { config, drop } = await db.create();
    try {
      const app = await createApp(testConfig(config));
      try {
        const before = await committedRecords(config);
        const ds = app.dataSource;
        if (ds.options.type === 'sqlite') {
          await ds.query(
            `CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_record BEGIN SELECT RAISE(ABORT, 'audit refused'); END`,
          );
        } else {
          await ds.query(`ALTER TABLE audit_record ADD CONSTRAINT refuse_audit CHECK (operation <> 'match') NOT VALID`);
        }
        await expect(app.services.matching.match(CLI_ACTOR, 1, 1)).rejects.toThrow();
        await ds.query(
          ds.options.type === 'sqlite'
            ? 'DROP TRIGGER refuse_audit'
            : 'ALTER TABLE audit_record DROP CONSTRAINT refuse_audit',
        );
        await app.services.matching.match(CLI_ACTOR, 1, 2);
        await new Promise((r) => setTimeout(r, 50));
        // The refused answer's record is not written behind the caller's back; the next one is.
        expect(await committedRecords(config)).toBe(before + 1);
      } finally {
        await app.close();
      }
    } finally {
      await drop();
    }
  });
});
