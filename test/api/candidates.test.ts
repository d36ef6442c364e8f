import { packedPageSql, unpackPage } from '../../src/db/candidate-pack';
import { CandidateIndex } from '../../src/domain/matching/candidate-index';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp, rowId } from '../support/test-app';

const FIELDS =
  'id name email headline location education { level field status } skills { skill { id name category } months level }';
const CREATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ${FIELDS} } }`;

const input = () => ({
  name: 'Ada Example',
  email: 'ada@example.com',
  headline: 'Back-end developer',
  location: 'Lyon, France',
  education: [{ level: 'BACHELOR', field: 'Computer Science', status: 'IN_PROGRESS' }],
  skills: [
    { name: 'golang', months: 18, level: 'ADVANCED' },
    { name: 'k8s', months: null },
    { name: 'RESTful APIs', months: 12 },
    { name: 'c++', months: 6 },
  ],
});

async function count(t: TestApp, table: string, candidateId: number): Promise<number> {
  const rows = await t.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${table} WHERE "candidateId" = ${candidateId}`);
  return Number(rows[0].n);
}

describe.each(testDatabases())('candidates on $kind', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db);
  });
  afterAll(() => t.close());

  it('creates a candidate with skills by alias, keeps unknown months null, and reads it back', async () => {
    const res = await t.gql(CREATE, { input: input() });
    expect(res.errors).toBeUndefined();
    const c = res.data!.createCandidate;
    expect(c).toMatchObject({ name: 'Ada Example', email: 'ada@example.com', location: 'Lyon, France' });
    expect(c.education).toEqual([{ level: 'BACHELOR', field: 'Computer Science', status: 'IN_PROGRESS' }]);
    const byName = Object.fromEntries(c.skills.map((s: any) => [s.skill.name, s]));
    expect(Object.keys(byName).sort()).toEqual(['C++', 'Go', 'Kubernetes', 'REST']);
    expect(byName.Go).toMatchObject({ months: 18, level: 'ADVANCED', skill: { category: 'LANGUAGE' } });
    expect(byName.Kubernetes.months).toBeNull();
    expect(byName['C++'].months).toBe(6);
    const read = await t.gql(`query($id: ID!) { candidate(id: $id) { ${FIELDS} } }`, { id: c.id });
    expect(read.data!.candidate).toEqual(c);
  });

  it('updates only what is sent and replaces skill lists', async () => {
    const c = (await t.gql(CREATE, { input: input() })).data!.createCandidate;
    const res = await t.gql(
      `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { ${FIELDS} } }`,
      {
        id: c.id,
        input: { headline: 'Staff engineer', skills: [{ name: 'Java', months: 40 }] },
      },
    );
    expect(res.errors).toBeUndefined();
    const u = res.data!.updateCandidate;
    expect(u).toMatchObject({ name: 'Ada Example', email: 'ada@example.com', headline: 'Staff engineer' });
    expect(u.skills).toEqual([{ skill: expect.objectContaining({ name: 'Java' }), months: 40, level: null }]);
    expect(u.education).toHaveLength(1);
    const cleared = await t.gql('mutation($id: ID!) { updateCandidate(id: $id, input: { email: null }) { email } }', {
      id: c.id,
    });
    expect(cleared.data!.updateCandidate.email).toBeNull();
  });

  it('deletes the candidate with their skills and education', async () => {
    const c = (await t.gql(CREATE, { input: input() })).data!.createCandidate;
    const id = rowId(c.id);
    expect(await count(t, 'candidate_skill', id)).toBe(4);
    expect((await t.gql('mutation($id: ID!) { deleteCandidate(id: $id) }', { id: c.id })).data!.deleteCandidate).toBe(
      c.id,
    );
    expect((await t.gql('query($id: ID!) { candidate(id: $id) { id } }', { id: c.id })).data!.candidate).toBeNull();
    expect(await count(t, 'candidate_skill', id)).toBe(0);
    expect(await count(t, 'candidate_education', id)).toBe(0);
    const again = await t.gql('mutation($id: ID!) { deleteCandidate(id: $id) }', { id: c.id });
    expect(again.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('refuses every unknown skill at once and stores nothing', async () => {
    const before = (await t.gql('{ candidates { totalCount } }')).data!.candidates.totalCount;
    const bad = input();
    bad.skills.push({ name: 'Pyhton', months: 3 }, { name: 'Quantum Basket Weaving', months: 1 });
    const res = await t.gql(CREATE, { input: bad });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('"Pyhton"');
    expect(res.errors![0].message).toContain('Python');
    expect(res.errors![0].message).toContain('"Quantum Basket Weaving"');
    expect(res.errors![0].extensions!.field).toBe('input.skills[4].name');
    expect((await t.gql('{ candidates { totalCount } }')).data!.candidates.totalCount).toBe(before);
  });

  it.each([
    ['email', { email: 'not-an-email' }, 'input.email'],
    ['name', { name: '' }, 'input.name'],
    ['months', { skills: [{ name: 'Go', months: -3 }] }, 'input.skills[0].months'],
    ['education level', { education: [{ level: 'GURU', status: 'COMPLETED' }] }, 'level'],
    ['duplicate skill', { skills: [{ name: 'Go' }, { name: 'golang' }] }, 'input.skills[1].name'],
    ['too many skills', { skills: Array.from({ length: 201 }, () => ({ name: 'Go' })) }, 'input.skills'],
  ])('rejects a bad %s with BAD_USER_INPUT naming the field', async (_n, override, field) => {
    const res = await t.gql(CREATE, { input: { ...input(), ...override } });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors![0])).toContain(field);
  });

  it('filters by skill (any spelling), text and location', async () => {
    const go = await t.gql(
      '{ candidates(first: 100, filter: { skill: "Golang" }) { edges { node { skills { skill { name } } } } } }',
    );
    expect(go.data!.candidates.edges.length).toBeGreaterThan(0);
    for (const e of go.data!.candidates.edges) expect(e.node.skills.map((s: any) => s.skill.name)).toContain('Go');
    const lyon = await t.gql(
      '{ candidates(first: 100, filter: { location: "lyon" }) { edges { node { location } } } }',
    );
    for (const e of lyon.data!.candidates.edges) expect(e.node.location).toMatch(/Lyon/);
  });

  it('searches text literally: LIKE wildcards in the search are characters, not wildcards', async () => {
    for (const headline of ['node_js and 100% tests', 'nodexjs and 1000 tests']) {
      expect((await t.gql(CREATE, { input: { ...input(), headline } })).errors).toBeUndefined();
    }
    const search = async (text: string) =>
      (
        await t.gql(
          'query($s: String) { candidates(first: 100, filter: { search: $s }) { edges { node { headline } } } }',
          { s: text },
        )
      ).data!.candidates.edges.map((e: any) => e.node.headline);
    expect(await search('node_js')).toEqual(['node_js and 100% tests']);
    expect(await search('100%')).toEqual(['node_js and 100% tests']);
    expect(await search('nodexjs')).toEqual(['nodexjs and 1000 tests']);
  });

  it('serializes concurrent writes: 40 parallel creates all commit', async () => {
    const before = (await t.gql('{ candidates { totalCount } }')).data!.candidates.totalCount;
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => t.gql(CREATE, { input: { ...input(), name: `Parallel ${i}` } })),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect((await t.gql('{ candidates { totalCount } }')).data!.candidates.totalCount).toBe(before + 40);
  });
});

/** Two educations, unknown and zero months, levels: what a fold of skills and education must keep. */
const EDGE_CASE = {
  name: 'Edge Case',
  email: null,
  headline: null,
  location: null,
  education: [
    { level: 'MASTER', field: null, status: 'IN_PROGRESS' },
    { level: 'BACHELOR', field: 'CS', status: 'COMPLETED' },
  ],
  skills: [
    { name: 'Rust', months: null, level: 'EXPERT' },
    { name: 'C', months: 0, level: null },
    { name: 'Go', months: 1200, level: 'BEGINNER' },
  ],
} as const;

describe.each(testDatabases())('candidate specs read in bulk on $kind', (db) => {
  it('are exactly the specs read one by one: skills with months and levels, education', async () => {
    const t = await startTestApp(db);
    try {
      await t.app.services.candidates.create(EDGE_CASE);
      const bulk = [];
      for await (const batch of t.app.services.candidates.allSpecs(7)) bulk.push(...batch);
      const ids = bulk.map((s) => Number(s.id));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      const single = await t.app.services.candidates.specsOf(ids);
      const bySkill = (s: { skills: readonly { skillId: number }[] }) => ({
        ...s,
        skills: [...s.skills].sort((a, b) => a.skillId - b.skillId),
      });
      expect(bulk.map(bySkill)).toEqual(single.map(bySkill));
      // Unknown months survive the fold as null, never as 0.
      expect(bulk.some((s) => s.skills.some((k) => k.months === null))).toBe(true);
    } finally {
      await t.close();
    }
  });

  it('build the ranking index exactly as the specs read one by one do, in packed batches', async () => {
    const t = await startTestApp(db);
    try {
      await t.app.services.candidates.create(EDGE_CASE);
      await t.app.services.candidates.create({
        name: 'No Skills',
        email: null,
        headline: null,
        location: null,
        education: [],
        skills: [],
      });
      const packed = new CandidateIndex();
      for await (const batch of t.app.services.candidates.allIndexBatches(7)) packed.appendBatch(batch);
      const ids = packed.columns().ids.map(Number);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      const [{ n }] = await t.app.dataSource.query('SELECT COUNT(*) AS n FROM candidate');
      expect(ids).toHaveLength(Number(n));
      const one = CandidateIndex.from(await t.app.services.candidates.specsOf(ids));
      const a = one.columns();
      const b = packed.columns();
      const used = a.offsets[a.slotCount];
      expect(b.slotCount).toBe(a.slotCount);
      expect(b.ids).toEqual(a.ids);
      for (const key of ['offsets', 'alive', 'eduCompleted', 'eduInProgress', 'idKeys'] as const)
        expect(Array.from(b[key].subarray(0, a.slotCount + 1))).toEqual(
          Array.from(a[key].subarray(0, a.slotCount + 1)),
        );
      expect(Array.from(b.skillIds.subarray(0, used))).toEqual(Array.from(a.skillIds.subarray(0, used)));
      expect(Array.from(b.months.subarray(0, used))).toEqual(Array.from(a.months.subarray(0, used)));
      expect(Array.from(b.months.subarray(0, used))).toContain(-1);
      expect(Array.from(b.eduInProgress.subarray(0, b.slotCount))).toContain(4);
      if (db.kind === 'sqlite') {
        // SQLite concatenates in id order without being told; the ordered form (its fallback) reads the same.
        const page = async (ordered: boolean) =>
          unpackPage((await t.app.dataSource.query(packedPageSql(false, 0, 1000, ordered)))[0]);
        expect(await page(false)).toEqual(await page(true));
      }
    } finally {
      await t.close();
    }
  });
});
