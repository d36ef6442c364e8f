import { MODEL_VERSION } from '../../src/domain/matching/matching-defaults';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

const GROUPS = `
  score qualified modelVersion weights { substitutesSatisfy }
  requirements {
    requirement { label }
    satisfied credit
    matched { skill { name } via { name } kind credit path reason }
    missing { name }
  }
`;

describe.each(testDatabases())('evidence direction on $kind', (db) => {
  let t: TestApp;
  let postingId: string;
  let candidateId: string;

  beforeAll(async () => {
    t = await startTestApp(db, { seedOnStart: false });
    const posting = await t.gql('mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }', {
      input: {
        title: 'Backend engineer',
        employmentType: 'FULL_TIME',
        requirements: [
          { importance: 'REQUIRED', category: 'LANGUAGE', label: 'Python', skills: ['Python'] },
          { importance: 'REQUIRED', category: 'DATABASE', label: 'Databases', skills: ['Databases'], minMonths: 12 },
          { importance: 'PREFERRED', category: 'DATABASE', label: 'PostgreSQL', skills: ['PostgreSQL'] },
        ],
      },
    });
    expect(posting.errors).toBeUndefined();
    postingId = posting.data!.createPosting.id;
    const person = await t.gql('mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }', {
      input: {
        name: 'Umbrella Words',
        skills: [
          { name: 'Software development', months: 60 },
          { name: 'Programming languages', months: 60 },
          { name: 'MySQL', months: 24 },
        ],
      },
    });
    expect(person.errors).toBeUndefined();
    candidateId = person.data!.createCandidate.id;
  });
  afterAll(() => t.close());

  const match = (extra = '') =>
    t.gql(`query($p: ID!, $c: ID!) { match(postingId: $p, candidateId: $c${extra}) { ${GROUPS} } }`, {
      p: postingId,
      c: candidateId,
    });

  it('gives broad words no credit for a concrete skill, and names the path of narrower evidence', async () => {
    const res = await match();
    expect(res.errors).toBeUndefined();
    const m = res.data!.match;
    expect(m.modelVersion).toBe(MODEL_VERSION);
    const [python, databases, postgres] = m.requirements;
    expect(python).toMatchObject({ satisfied: false, credit: 0, missing: [{ name: 'Python' }] });
    // Only umbrella words reach Python: shown (no credit) with the chain up to the word named.
    expect(python.matched).toHaveLength(1);
    expect(python.matched[0]).toMatchObject({ kind: 'BROADER', credit: 0 });
    expect(python.matched[0].path[0]).toBe('Python');
    expect(python.matched[0].path.at(-1)).toBe(python.matched[0].via.name);
    expect(['Programming languages', 'Software development']).toContain(python.matched[0].via.name);
    expect(databases).toMatchObject({ satisfied: true, credit: 1, missing: [] });
    expect(databases.matched[0]).toMatchObject({ kind: 'NARROWER', via: { name: 'MySQL' } });
    expect(databases.matched[0].path).toEqual(['Databases', 'Relational databases', 'MySQL']);
    // MySQL is a substitute for PostgreSQL: its similarity, not satisfied.
    expect(postgres).toMatchObject({ satisfied: false, missing: [] });
    expect(postgres.matched[0]).toMatchObject({ kind: 'RELATED', path: ['PostgreSQL', 'MySQL'] });
    // The taxonomy says why MySQL stands in for PostgreSQL; other kinds carry no reason.
    expect(postgres.matched[0].reason).toEqual(expect.stringMatching(/\w/));
    expect(databases.matched[0].reason).toBeNull();
    expect(postgres.credit).toBeGreaterThan(0);
    expect(postgres.credit).toBeLessThan(1);
    expect(m.qualified).toBe(false);
    expect(m.weights.substitutesSatisfy).toBe(false);
  });

  it('lets a substitute satisfy only when the posting (or the request) accepts substitutes', async () => {
    const res = await match(', weights: { substitutesSatisfy: true }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.match.weights.substitutesSatisfy).toBe(true);
    expect(res.data!.match.requirements[2]).toMatchObject({ satisfied: true, credit: 1 });
    const updated = await t.gql(
      'mutation($id: ID!) { updatePosting(id: $id, input: { scoring: { substitutesSatisfy: true } }) { scoring { substitutesSatisfy } } }',
      { id: postingId },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updatePosting.scoring).toEqual({ substitutesSatisfy: true });
    const stored = (await match()).data!.match;
    expect(stored.requirements[2]).toMatchObject({ satisfied: true, credit: 1 });
    // A broad word stays no evidence whatever the posting accepts.
    expect(stored.requirements[0]).toMatchObject({ satisfied: false, credit: 0 });
  });
});
