import { encodeCursor } from '../../src/services/pagination';
import { testDatabases } from '../support/databases';
import { type TestApp, rowId, startTestApp } from '../support/test-app';

interface Column {
  readonly table: string;
  readonly column: string;
  readonly type: string;
}

/** Every column of every table, from the database's own catalogue (SQLite or PostgreSQL). */
async function allColumns(t: TestApp): Promise<Column[]> {
  const ds = t.app.dataSource;
  if (ds.options.type === 'sqlite') {
    const tables = (await ds.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )) as { name: string }[];
    const out: Column[] = [];
    for (const { name } of tables) {
      for (const c of (await ds.query(`PRAGMA table_info("${name}")`)) as { name: string; type: string }[])
        out.push({ table: name, column: c.name, type: c.type.toLowerCase() });
    }
    return out;
  }
  const rows = (await ds.query(
    'SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position',
  )) as { table_name: string; column_name: string; data_type: string }[];
  return rows.map((r) => ({ table: r.table_name, column: r.column_name, type: r.data_type.toLowerCase() }));
}

const isText = (type: string) => /char|text|json|clob|uuid|datetime|timestamp|date/.test(type);

/**
 * Everything in the database that still points at the candidate: any text value holding one of
 * `needles` or a textual candidate reference to `id`, and any candidate-id column holding `id`.
 */
async function traces(t: TestApp, id: number, needles: readonly string[]): Promise<string[]> {
  const ds = t.app.dataSource;
  const columns = await allColumns(t);
  const ref = new RegExp(`candidate[^0-9]{0,16}\\b${id}\\b`, 'i');
  const found: string[] = [];
  const tables = [...new Set(columns.map((c) => c.table))];
  for (const table of tables) {
    const rows = (await ds.query(`SELECT * FROM "${table}"`)) as Record<string, unknown>[];
    for (const c of columns.filter((x) => x.table === table)) {
      const idColumn = (table === 'candidate' && c.column === 'id') || /candidate_?ids?$/i.test(c.column);
      for (const row of rows) {
        const value = row[c.column];
        if (value === null || value === undefined) continue;
        if (idColumn && !isText(c.type) && Number(value) === id) found.push(`${table}.${c.column} = ${id}`);
        if (!isText(c.type) && typeof value !== 'string') continue;
        const text = value instanceof Date ? value.toISOString() : String(value);
        for (const n of needles)
          if (text.toLowerCase().includes(n.toLowerCase())) found.push(`${table}.${c.column} contains ${n}`);
        if (ref.test(text)) found.push(`${table}.${c.column} refers to candidate ${id}: ${text.slice(0, 80)}`);
      }
    }
  }
  return found;
}

describe.each(testDatabases())('erasing a candidate on $kind', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db);
  });
  afterAll(() => t.close());

  it('leaves nothing of them anywhere: rows, index, cached rankings, audit records', async () => {
    const email = `erin.erasure.${Date.now()}@example.org`;
    const created = await t.gql(
      'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }',
      {
        input: {
          name: 'Erin Erasure',
          email,
          phone: '+31 10 555 0199',
          headline: 'Erasable engineer',
          location: 'Erasmus Street, Rotterdam',
          education: [{ level: 'MASTER', field: 'Forgettable Systems', status: 'COMPLETED' }],
          skills: [
            { name: 'Java', months: 60 },
            { name: 'C++', months: 48 },
            { name: 'Go', months: 40 },
            { name: 'REST', months: 36 },
            { name: 'Git', months: 50 },
          ],
        },
      },
      { as: 'RECRUITER' },
    );
    expect(created.errors).toBeUndefined();
    const globalId: string = created.data!.createCandidate.id;
    const id = rowId(globalId);
    const needles = [
      email,
      '+31 10 555 0199',
      'Erin Erasure',
      'Forgettable Systems',
      'Erasmus Street',
      encodeCursor('candidate', id),
      globalId,
    ];

    // Score them every way there is, so every derived store has seen them.
    const rank = `{ rankCandidates(postingId: 1, first: 100) { totalCount edges { node { candidateId } } } }`;
    const ranked = await t.gql(rank, undefined, { as: 'RECRUITER' });
    expect(ranked.data!.rankCandidates.edges.map((e: any) => e.node.candidateId)).toContain(globalId);
    for (const q of [
      `{ match(postingId: 1, candidateId: ${id}) { score candidate { email } } }`,
      `{ rankPostings(candidateId: ${id}, first: 5) { totalCount } }`,
      `{ scoreCandidates(postingId: 2, candidateIds: [1, ${id}]) { score } }`,
      `{ matchPreview(posting: { id: 2 }, candidate: { id: ${id} }) { score } }`,
      `{ candidates(first: 5, filter: { search: "Erin" }) { totalCount } }`,
    ]) {
      expect((await t.gql(q, undefined, { as: 'RECRUITER' })).errors).toBeUndefined();
    }
    const auditBefore = Number((await t.app.dataSource.query('SELECT COUNT(*) AS n FROM audit_record'))[0].n);
    expect(auditBefore).toBeGreaterThanOrEqual(5);
    const indexed = t.app.services.matching.indexedCandidates;

    // The search finds them before: it is able to fail.
    const before = await traces(t, id, needles);
    expect(before).toEqual(
      expect.arrayContaining([
        `candidate.id = ${id}`,
        `candidate.email contains ${email}`,
        'candidate.phone contains +31 10 555 0199',
        `candidate_skill.candidateId = ${id}`,
      ]),
    );
    expect(before.some((f) => f.startsWith('candidate_education.field contains Forgettable'))).toBe(true);

    const erased = await t.gql('mutation($id: ID!) { deleteCandidate(id: $id) }', { id: globalId });
    expect(erased.data!.deleteCandidate).toBe(globalId);

    expect(await traces(t, id, needles)).toEqual([]);
    // Audit records stay (they never held the person), and no new one appeared.
    expect(Number((await t.app.dataSource.query('SELECT COUNT(*) AS n FROM audit_record'))[0].n)).toBe(auditBefore);

    // Derived state in memory: the index, the ranking cache, every read path.
    expect(t.app.services.matching.indexedCandidates).toBe(indexed - 1);
    const reranked = await t.gql(rank, undefined, { as: 'RECRUITER' });
    expect(reranked.data!.rankCandidates.totalCount).toBe(ranked.data!.rankCandidates.totalCount - 1);
    expect(reranked.data!.rankCandidates.edges.map((e: any) => e.node.candidateId)).not.toContain(globalId);
    for (const q of [
      `{ match(postingId: 1, candidateId: ${id}) { score } }`,
      `{ rankPostings(candidateId: ${id}) { totalCount } }`,
    ]) {
      expect((await t.gql(q)).errors![0].extensions!.code).toBe('NOT_FOUND');
    }
    const score = await t.gql(`{ scoreCandidates(postingId: 2, candidateIds: [1, ${id}]) { score } }`);
    expect(score.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(`{ candidate(id: ${id}) { id } }`)).data!.candidate).toBeNull();
    expect(
      (await t.gql('{ candidates(first: 5, filter: { search: "Erin" }) { totalCount } }')).data!.candidates.totalCount,
    ).toBe(0);
    const log = await t.gql(
      '{ auditLog(first: 100) { edges { node { id operation postingId postingHash inputHash requestId } } } }',
    );
    expect(JSON.stringify(log.data)).not.toContain(email);
  });

  it('leaves nothing of a candidate imported from a résumé document', async () => {
    const text =
      'Rhea Document\nrhea.document@example.org | +44 20 7946 0958 | Leeds, UK\nEXPERIENCE\nEngineer, Obliviate Ltd — Jan 2020 – Dec 2022\n- Rust and Kafka\nSKILLS\nGo\n';
    const imported = await t.gql(
      'mutation($d: ResumeDocumentInput!) { importResume(document: $d) { candidate { id } } }',
      {
        d: { content: Buffer.from(text).toString('base64'), mediaType: 'text/plain' },
      },
    );
    expect(imported.errors).toBeUndefined();
    const id = rowId(imported.data!.importResume.candidate.id);
    const needles = ['Rhea Document', 'rhea.document@example.org', '7946 0958', 'Obliviate'];
    expect((await traces(t, id, needles)).length).toBeGreaterThan(0);
    const deleted = await t.gql('mutation($id: ID!) { deleteCandidate(id: $id) }', {
      id: imported.data!.importResume.candidate.id,
    });
    expect(deleted.errors).toBeUndefined();
    expect(await traces(t, id, needles)).toEqual([]);
  });
});
