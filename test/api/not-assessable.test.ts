import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

const GROUP = (label: string, skills: string[], extra: Record<string, unknown> = {}) => ({
  importance: 'REQUIRED',
  category: 'OTHER',
  label,
  skills,
  ...extra,
});

describe.each(testDatabases())('not-assessable requirement groups on $kind', (db) => {
  let t: TestApp;
  let postingId: string;
  const people: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(db, { seedOnStart: false });
    const created = await t.gql(
      'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id requirements { label assessable } } }',
      {
        input: {
          title: 'Intern',
          employmentType: 'INTERN',
          requirements: [
            GROUP('Go', ['Go']),
            GROUP('Communication skills and the ability to learn', ['Git'], { assessable: false }),
          ],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPosting.requirements).toEqual([
      { label: 'Go', assessable: true },
      { label: 'Communication skills and the ability to learn', assessable: false },
    ]);
    postingId = created.data!.createPosting.id;
    for (const skills of [[{ name: 'Go', months: 12 }], [{ name: 'Git', months: 12 }]]) {
      const c = await t.gql('mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }', {
        input: { name: 'Person', skills },
      });
      people.push(c.data!.createCandidate.id);
    }
  });
  afterAll(() => t.close());

  it('reports the group as NOT_ASSESSABLE with its evidence, outside the score and qualified', async () => {
    const res = await t.gql(
      `query($p: ID!, $c: ID!) { match(postingId: $p, candidateId: $c) {
        score qualified summary requirements { status satisfied requirement { assessable } missing { name } }
      } }`,
      { p: postingId, c: people[0] },
    );
    expect(res.errors).toBeUndefined();
    const m = res.data!.match;
    expect(m).toMatchObject({ score: 100, qualified: true });
    expect(m.requirements[1]).toEqual({
      status: 'NOT_ASSESSABLE',
      satisfied: false,
      requirement: { assessable: false },
      missing: [{ name: 'Git' }],
    });
    expect(m.requirements[0].status).toBe('MET');
    expect(m.summary).toContain('not assessable');
  });

  it('ranks on the assessable groups only, as the explanation does', async () => {
    const res = await t.gql(
      'query($p: ID!) { rankCandidates(postingId: $p) { totalCount edges { node { candidateId score qualified } } } }',
      { p: postingId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.rankCandidates.edges.map((e: any) => e.node)).toEqual([
      { candidateId: people[0], score: 100, qualified: true },
      { candidateId: people[1], score: 0, qualified: false },
    ]);
  });

  it('lets an author mark a group assessable again, and refuses a non-boolean naming the field', async () => {
    const updated = await t.gql(
      `mutation($id: ID!, $input: UpdatePostingInput!) { updatePosting(id: $id, input: $input) { requirements { assessable } } }`,
      { id: postingId, input: { requirements: [GROUP('Go', ['Go']), GROUP('Git', ['Git'], { assessable: true })] } },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updatePosting.requirements).toEqual([{ assessable: true }, { assessable: true }]);
    const m = await t.gql('query($p: ID!, $c: ID!) { match(postingId: $p, candidateId: $c) { score qualified } }', {
      p: postingId,
      c: people[0],
    });
    expect(m.data!.match).toEqual({ score: 50, qualified: false });
    const bad = await t.gql(
      `mutation($id: ID!, $input: UpdatePostingInput!) { updatePosting(id: $id, input: $input) { id } }`,
      { id: postingId, input: { requirements: [GROUP('Go', ['Go'], { assessable: 'no' })] } },
    );
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors![0])).toContain('assessable');
  });
});
