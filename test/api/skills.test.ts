import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

describe.each(testDatabases())('skills on $kind', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db, { seedOnStart: false });
  });
  afterAll(() => t.close());

  it('finds a skill by alias and exposes aliases, broader and narrower', async () => {
    const res = await t.gql('{ skill(name: "k8s") { id name category aliases broader { name } } }');
    expect(res.data!.skill).toMatchObject({ name: 'Kubernetes', category: 'CONTAINER' });
    expect(res.data!.skill.aliases).toContain('k8s');
    const container = await t.gql('{ skill(name: "Container technologies") { narrower { name } } }');
    const narrower = container.data!.skill.narrower.map((s: any) => s.name);
    expect(narrower).toEqual(expect.arrayContaining(['Docker']));
  });

  it('exposes the kind and source of a skill, and the reason and source of a related link', async () => {
    const res = await t.gql(
      '{ go: skill(name: "Go") { kind source } english: skill(name: "English") { kind } teamwork: skill(name: "Teamwork") { kind } mysql: skill(name: "MySQL") { related { skill { name } similarity reason source } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.go).toEqual({ kind: 'TECHNICAL', source: expect.any(String) });
    expect(res.data!.english.kind).toBe('SPOKEN_LANGUAGE');
    expect(res.data!.teamwork.kind).toBe('SOFT_SKILL');
    const pg = res.data!.mysql.related.find((r: any) => r.skill.name === 'PostgreSQL');
    expect(pg).toMatchObject({ similarity: 0.7, source: expect.any(String) });
    expect(pg).toHaveProperty('reason');
  });

  it('keeps C, C++, C# and Java, JavaScript apart', async () => {
    const names = ['C', 'c++', 'C#', 'Java', 'javascript'];
    const got = await Promise.all(names.map((n) => t.gql('query($n: String) { skill(name: $n) { name } }', { n })));
    expect(got.map((r) => r.data!.skill.name)).toEqual(['C', 'C++', 'C#', 'Java', 'JavaScript']);
  });

  it('searches and filters by category with pagination', async () => {
    const res = await t.gql(
      '{ skills(category: LANGUAGE, first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { category } } } }',
    );
    expect(res.data!.skills.edges).toHaveLength(5);
    expect(res.data!.skills.totalCount).toBeGreaterThan(5);
    for (const e of res.data!.skills.edges) expect(e.node.category).toBe('LANGUAGE');
    const next = await t.gql(
      'query($a: String) { skills(category: LANGUAGE, first: 5, after: $a) { edges { node { id } } } }',
      { a: res.data!.skills.pageInfo.endCursor },
    );
    expect(next.data!.skills.edges).toHaveLength(5);
    const search = await t.gql('{ skills(search: "postgres") { edges { node { name } } } }');
    expect(search.data!.skills.edges.map((e: any) => e.node.name)).toContain('PostgreSQL');
  });

  it('needs exactly one of id or name, and returns null for an unknown name', async () => {
    const both = await t.gql('{ skill(id: "1", name: "Go") { name } }');
    expect(both.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const none = await t.gql('{ skill { name } }');
    expect(none.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await t.gql('{ skill(name: "Nonexistium") { name } }')).data!.skill).toBeNull();
  });
});
