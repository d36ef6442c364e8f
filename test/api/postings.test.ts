import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp, rowId } from '../support/test-app';

const POSTING_FIELDS = `
  id title company employmentType locations description datePosted
  education { level required }
  requirements { id importance category label minMatches minMonths weight skills { id name } }
`;

const CREATE = `mutation($input: CreatePostingInput!) { createPosting(input: $input) { ${POSTING_FIELDS} } }`;

const validInput = () => ({
  title: 'Platform Engineer',
  company: 'Acme',
  employmentType: 'FULL_TIME',
  locations: ['Austin, TX', 'Remote'],
  description: 'Build the platform.',
  datePosted: '2026-11-01',
  education: { level: 'BACHELOR', required: true },
  requirements: [
    {
      importance: 'REQUIRED',
      category: 'LANGUAGE',
      label: 'Go or Python',
      skills: ['golang', 'Python'],
      minMonths: 24,
    },
    { importance: 'PREFERRED', category: 'CONTAINER', label: 'Kubernetes', skills: ['k8s'], weight: 2 },
  ],
});

describe.each(testDatabases())('postings on $kind', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db);
  });
  afterAll(() => t.close());

  it('creates, reads, updates and deletes a posting, resolving skill aliases', async () => {
    const created = await t.gql(CREATE, { input: validInput() });
    expect(created.errors).toBeUndefined();
    const p = created.data!.createPosting;
    expect(p).toMatchObject({
      title: 'Platform Engineer',
      employmentType: 'FULL_TIME',
      locations: ['Austin, TX', 'Remote'],
      datePosted: '2026-11-01',
      education: { level: 'BACHELOR', required: true },
    });
    expect(p.requirements.map((g: any) => g.skills.map((s: any) => s.name))).toEqual([
      ['Go', 'Python'],
      ['Kubernetes'],
    ]);
    expect(p.requirements[0]).toMatchObject({
      importance: 'REQUIRED',
      minMatches: 1,
      minMonths: 24,
      weight: 1,
      label: 'Go or Python',
    });
    expect(p.requirements[1]).toMatchObject({ importance: 'PREFERRED', minMonths: null, weight: 2 });

    const read = await t.gql(`query($id: ID!) { posting(id: $id) { ${POSTING_FIELDS} } }`, { id: p.id });
    expect(read.data!.posting).toEqual(p);

    const updated = await t.gql(
      `mutation($id: ID!, $input: UpdatePostingInput!) { updatePosting(id: $id, input: $input) { ${POSTING_FIELDS} } }`,
      {
        id: p.id,
        input: {
          title: 'Senior Platform Engineer',
          requirements: [{ importance: 'REQUIRED', category: 'DATABASE', label: 'Postgres', skills: ['Postgres'] }],
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updatePosting).toMatchObject({
      title: 'Senior Platform Engineer',
      company: 'Acme',
      locations: ['Austin, TX', 'Remote'],
    });
    expect(updated.data!.updatePosting.requirements).toHaveLength(1);
    expect(updated.data!.updatePosting.requirements[0].skills).toEqual([
      expect.objectContaining({ name: 'PostgreSQL' }),
    ]);

    const deleted = await t.gql('mutation($id: ID!) { deletePosting(id: $id) }', { id: p.id });
    expect(deleted.data!.deletePosting).toBe(p.id);
    expect((await t.gql(`query($id: ID!) { posting(id: $id) { id } }`, { id: p.id })).data!.posting).toBeNull();
    const orphans = await t.app.dataSource.query(
      `SELECT COUNT(*) AS n FROM requirement_group WHERE "postingId" = ${rowId(p.id)}`,
    );
    expect(Number(orphans[0].n)).toBe(0);
  });

  it('refuses an unknown skill, names it with suggestions, and writes nothing', async () => {
    const before = (await t.gql('{ postings { totalCount } }')).data!.postings.totalCount;
    const input = validInput();
    input.requirements[0].skills = ['Python', 'Kubernets'];
    const res = await t.gql(CREATE, { input });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('"Kubernets"');
    expect(res.errors![0].message).toContain('Kubernetes');
    expect(res.errors![0].extensions!.field).toBe('input.requirements[0].skills[1]');
    expect((await t.gql('{ postings { totalCount } }')).data!.postings.totalCount).toBe(before);
  });

  it.each([
    ['title', { title: '' }, 'input.title'],
    ['employment type', { employmentType: 'GIG' }, 'employmentType'],
    ['date', { datePosted: '2026-02-30' }, 'input.datePosted'],
    [
      'minMatches',
      { requirements: [{ importance: 'REQUIRED', category: 'LANGUAGE', label: 'x', skills: ['C'], minMatches: 0 }] },
      'input.requirements[0].minMatches',
    ],
    [
      'weight',
      { requirements: [{ importance: 'REQUIRED', category: 'LANGUAGE', label: 'x', skills: ['C'], weight: 0 }] },
      'input.requirements[0].weight',
    ],
    [
      'minMonths',
      { requirements: [{ importance: 'REQUIRED', category: 'LANGUAGE', label: 'x', skills: ['C'], minMonths: 601 }] },
      'input.requirements[0].minMonths',
    ],
    [
      'empty skills',
      { requirements: [{ importance: 'REQUIRED', category: 'LANGUAGE', label: 'x', skills: [] }] },
      'input.requirements[0].skills',
    ],
    [
      'too many matches',
      { requirements: [{ importance: 'REQUIRED', category: 'LANGUAGE', label: 'x', skills: ['C'], minMatches: 2 }] },
      'input.requirements[0].minMatches',
    ],
    [
      'duplicate alias',
      { requirements: [{ importance: 'REQUIRED', category: 'LANGUAGE', label: 'x', skills: ['Go', 'Golang'] }] },
      'input.requirements[0].skills[1]',
    ],
  ])('rejects a bad %s with BAD_USER_INPUT naming the field', async (_name, override, field) => {
    const res = await t.gql(CREATE, { input: { ...validInput(), ...override } });
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors![0])).toContain(field);
  });

  it('reports a missing posting on update and delete as NOT_FOUND', async () => {
    const upd = await t.gql('mutation { updatePosting(id: "999999", input: { title: "x" }) { id } }');
    expect(upd.errors![0].extensions!.code).toBe('NOT_FOUND');
    const del = await t.gql('mutation { deletePosting(id: "999999") }');
    expect(del.errors![0].extensions!.code).toBe('NOT_FOUND');
    const bad = await t.gql('{ posting(id: "abc") { id } }');
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  describe('listing', () => {
    beforeAll(async () => {
      // 100+ postings with groups, through the service (the API path is tested above).
      const draft = {
        title: 'Bulk',
        company: 'Bulk Co',
        employmentType: 'FULL_TIME' as const,
        locations: [],
        description: '',
        datePosted: null,
        education: null,
        requirements: [
          {
            importance: 'REQUIRED' as const,
            category: 'LANGUAGE' as const,
            label: 'langs',
            skills: ['Java', 'C++'],
            minMatches: 1,
            minMonths: null,
            weight: 1,
          },
          {
            importance: 'PREFERRED' as const,
            category: 'DEVOPS' as const,
            label: 'tools',
            skills: ['Git', 'Jenkins'],
            minMatches: 1,
            minMonths: 12,
            weight: 1,
          },
        ],
      };
      for (let i = 0; i < 100; i++) await t.app.services.postings.create({ ...draft, title: `Bulk ${i}` });
    });

    it('lists 100 postings with groups and skills in a fixed number of SQL queries', async () => {
      t.queries.length = 0;
      const res = await t.gql(
        '{ postings(first: 100) { totalCount edges { node { id requirements { label skills { name } } } } } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.postings.edges).toHaveLength(100);
      const withGroups = res.data!.postings.edges.filter((e: any) => e.node.requirements.length > 0);
      expect(withGroups.length).toBeGreaterThan(90);
      // page + count + groups + group skills: independent of the number of rows.
      expect(t.queries.length).toBeLessThanOrEqual(4);
    });

    it('pages with cursors without gaps or repeats', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total: number;
      for (;;) {
        const res: any = await t.gql(
          'query($after: String) { postings(first: 7, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }',
          { after },
        );
        const page = res.data.postings;
        total = page.totalCount;
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => a - b));
    });

    it.each([0, 101, -1])('refuses first: %i', async (first) => {
      const res = await t.gql('query($first: Int) { postings(first: $first) { totalCount } }', { first });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('defaults to 20 and refuses a foreign or forged cursor', async () => {
      const res = await t.gql('{ postings { edges { node { id } } } candidates(first: 1) { pageInfo { endCursor } } }');
      expect(res.data!.postings.edges).toHaveLength(20);
      const foreign = res.data!.candidates.pageInfo.endCursor;
      for (const after of [foreign, 'not-a-cursor']) {
        const bad = await t.gql('query($after: String) { postings(after: $after) { totalCount } }', { after });
        expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      }
    });

    it('filters by text, employment type and skill (any spelling)', async () => {
      const bySkill = await t.gql(
        '{ postings(first: 100, filter: { skill: "golang" }) { totalCount edges { node { title } } } }',
      );
      const titles = bySkill.data!.postings.edges.map((e: any) => e.node.title);
      expect(titles).toContain('Back End Developer Intern 2026');
      expect(titles).not.toContain('Bulk 1');
      const interns = await t.gql('{ postings(filter: { employmentType: INTERN }) { totalCount } }');
      expect(interns.data!.postings.totalCount).toBe(2);
      const text = await t.gql('{ postings(filter: { search: "bulk 9" }) { totalCount } }');
      expect(text.data!.postings.totalCount).toBe(11); // Bulk 9, Bulk 90..99
    });
  });
});
