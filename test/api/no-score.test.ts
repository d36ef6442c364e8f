import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

describe.each(testDatabases())('a posting with nothing to score on $kind', (db) => {
  let t: TestApp;
  let postingId: string;
  const people: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(db, { seedOnStart: false });
    const created = await t.gql('mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }', {
      input: {
        title: 'Degree only',
        employmentType: 'FULL_TIME',
        education: { level: 'BACHELOR', required: true },
        requirements: [
          { importance: 'REQUIRED', category: 'OTHER', label: 'Teamwork', skills: ['Git'], assessable: false },
        ],
      },
    });
    expect(created.errors).toBeUndefined();
    postingId = created.data!.createPosting.id;
    for (const education of [[{ level: 'BACHELOR', status: 'COMPLETED' }], []]) {
      const c = await t.gql('mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }', {
        input: { name: 'Person', skills: [{ name: 'Go', months: 12 }], education },
      });
      people.push(c.data!.createCandidate.id);
    }
  });
  afterAll(() => t.close());

  it('answers score null, qualified null and a reason, never 0-and-qualified or 100 for a degree', async () => {
    for (const c of people) {
      const res = await t.gql(
        'query($p: ID!, $c: ID!) { match(postingId: $p, candidateId: $c) { score qualified reason requiredScore } }',
        { p: postingId, c },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.match).toMatchObject({ score: null, qualified: null, requiredScore: null });
      expect(res.data!.match.reason).toMatch(/nothing to score/);
    }
  });

  it('ranks everyone by id with null scores, and lets no one through qualifiedOnly', async () => {
    const all = await t.gql(
      'query($p: ID!) { rankCandidates(postingId: $p) { totalCount edges { node { candidateId score qualified } } } }',
      { p: postingId },
    );
    expect(all.errors).toBeUndefined();
    expect(all.data!.rankCandidates.edges.map((e: any) => e.node)).toEqual(
      people.map((candidateId) => ({ candidateId, score: null, qualified: null })),
    );
    const qualified = await t.gql(
      'query($p: ID!) { rankCandidates(postingId: $p, qualifiedOnly: true) { totalCount } }',
      { p: postingId },
    );
    expect(qualified.data!.rankCandidates.totalCount).toBe(0);

    // The kept ranking stays by id across a write: a new candidate with every skill goes last.
    const c = await t.gql('mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }', {
      input: {
        name: 'Late',
        skills: [{ name: 'Git', months: 120 }],
        education: [{ level: 'DOCTORATE', status: 'COMPLETED' }],
      },
    });
    const again = await t.gql(
      'query($p: ID!) { rankCandidates(postingId: $p) { edges { node { candidateId score } } } }',
      {
        p: postingId,
      },
    );
    expect(again.data!.rankCandidates.edges.map((e: any) => e.node.candidateId)).toEqual([
      ...people,
      c.data!.createCandidate.id,
    ]);
  });
});
