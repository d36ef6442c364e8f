import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';
import { CONDITIONS_POSTING as TEXT, CONDITION_NAMES as CONDITIONS } from '../fixtures/conditions-posting';

const GROUPS = 'requirements { label assessable skills { name kind } }';
const names = (groups: any[]) => groups.map((g) => g.skills.map((s: any) => s.name));

describe.each(testDatabases())('conditions a posting sets, through the API on $kind', (db) => {
  let t: TestApp;
  let postingId: string;

  beforeAll(async () => {
    t = await startTestApp(db, { seedOnStart: false });
  });
  afterAll(() => t.close());

  it('parses and stores each condition as a named not-assessable group, with no warning', async () => {
    const parsed = await t.gql(`query($text: String!) { parsePosting(text: $text) { ${GROUPS} warnings { code } } }`, {
      text: TEXT,
    });
    expect(parsed.errors).toBeUndefined();
    const p = parsed.data!.parsePosting;
    expect(names(p.requirements.filter((g: any) => !g.assessable))).toEqual(CONDITIONS.map((c) => [c]));
    expect(p.requirements.filter((g: any) => !g.assessable).every((g: any) => g.skills[0].kind === 'SOFT_SKILL')).toBe(
      true,
    );
    expect(p.warnings.map((w: any) => w.code)).not.toContain('NOT_ASSESSABLE_UNNAMED');

    const stored = await t.gql(`mutation($text: String!) { importPosting(text: $text) { posting { id ${GROUPS} } } }`, {
      text: TEXT,
    });
    expect(stored.errors).toBeUndefined();
    postingId = stored.data!.importPosting.posting.id;
    expect(stored.data!.importPosting.posting.requirements).toEqual(p.requirements);
  });

  it('reports them NOT_ASSESSABLE in a match, outside the score and qualified', async () => {
    const c = await t.gql('mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }', {
      input: { name: 'Py Person', skills: [{ name: 'Python', months: 48 }] },
    });
    const res = await t.gql(
      `query($p: ID!, $c: ID!) { match(postingId: $p, candidateId: $c) {
        score qualified requirements { status requirement { label skills { name } } } } }`,
      { p: postingId, c: c.data!.createCandidate.id },
    );
    expect(res.errors).toBeUndefined();
    const m = res.data!.match;
    expect(m).toMatchObject({ score: 100, qualified: true });
    expect(m.requirements.map((r: any) => [r.status, r.requirement.skills.map((s: any) => s.name)])).toEqual([
      ['MET', ['Python']],
      ...CONDITIONS.map((name) => ['NOT_ASSESSABLE', [name]]),
    ]);
  });

  it('carries them through JSON-LD: out with their schema.org properties, back in as the same posting', async () => {
    const res = await t.gql(`query($id: ID!) { posting(id: $id) { ${GROUPS} jsonLd } }`, { id: postingId });
    expect(res.errors).toBeUndefined();
    const { jsonLd, requirements } = res.data!.posting;
    expect(jsonLd.eligibilityToWorkRequirement).toBe('Must be authorized to work in the US');
    expect(jsonLd.securityClearanceRequirement).toBe('Active Secret clearance');
    const back = await t.gql(`mutation($j: JSON!) { importJobPosting(jsonLd: $j) { posting { ${GROUPS} } } }`, {
      j: jsonLd,
    });
    expect(back.errors).toBeUndefined();
    expect(back.data!.importJobPosting.posting.requirements).toEqual(requirements);
  });
});
