import { matchCandidate } from '../../src/domain/matching/match-candidate';
import { rankCandidates as oracleRank } from '../../src/domain/matching/rank-candidates';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp, rowId } from '../support/test-app';
import { toGlobalId } from '../../src/graphql/ids';

const RESULT = `
  postingId candidateId score qualified requiredScore preferredScore summary modelVersion taxonomyVersion
  categories { category score }
  education { outcome requiredLevel required candidateLevel credit }
  weights { requiredWeight preferredWeight educationWeight categoryWeights { category weight } }
  requirements {
    requirement { id importance category label skills { name } }
    satisfied credit monthsShort monthsUnknown
    matched { skill { name } via { name } kind credit months }
    missing { name }
  }
`;

describe.each(testDatabases())('matching on $kind', (db) => {
  let t: TestApp;
  let intern: string;
  const byName = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp(db);
    const postings = await t.gql('{ postings { edges { node { id title } } } }');
    intern = postings.data!.postings.edges.find((e: any) => e.node.title === 'Back End Developer Intern 2026').node.id;
    const candidates = await t.gql('{ candidates(first: 100) { edges { node { id name } } } }');
    for (const e of candidates.data!.candidates.edges) byName.set(e.node.name, e.node.id);
  });
  afterAll(() => t.close());

  const match = (candidateId: string, extra = '') =>
    t.gql(`query($p: ID!, $c: ID!) { match(postingId: $p, candidateId: $c${extra}) { ${RESULT} } }`, {
      p: intern,
      c: candidateId,
    });

  it('explains a strong fit group by group, with versions and the weights applied', async () => {
    const res = await match(byName.get('Priya Raman')!);
    expect(res.errors).toBeUndefined();
    const m = res.data!.match;
    expect(m.qualified).toBe(true);
    expect(m.score).toBeGreaterThan(80);
    expect(m.modelVersion).toMatch(/^skillmatch-match-/);
    expect(m.taxonomyVersion).toBe(t.app.services.taxonomy.current().version);
    // 13 groups since the "and/or" line is one any-of group instead of three (issue 9).
    expect(m.requirements).toHaveLength(13);
    const languages = m.requirements.find(
      (r: any) => r.requirement.importance === 'REQUIRED' && r.requirement.category === 'LANGUAGE',
    );
    expect(languages.satisfied).toBe(true);
    expect(languages.matched.map((x: any) => x.skill.name)).toEqual(
      expect.arrayContaining(['Java', 'Python', 'C++', 'SQL']),
    );
    // Go is not on the profile: whatever covers it is partial, never EXACT.
    const go = languages.matched.find((x: any) => x.skill.name === 'Go');
    expect(go === undefined || (go.kind !== 'EXACT' && go.credit < 1)).toBe(true);
    expect(languages.matched.find((x: any) => x.skill.name === 'Java')).toMatchObject({
      via: { name: 'Java' },
      kind: 'EXACT',
      credit: 1,
      months: 30,
    });
    const alternatives = m.requirements.find((r: any) =>
      r.requirement.skills.some((s: any) => s.name === 'Container technologies'),
    );
    expect(alternatives.matched).toContainEqual(
      expect.objectContaining({ skill: { name: 'Container technologies' }, kind: 'NARROWER' }),
    );
    expect(m.categories.map((c: any) => c.category)).toEqual(expect.arrayContaining(['LANGUAGE', 'API', 'DEVOPS']));
    expect(m.weights).toMatchObject({ requiredWeight: 3, preferredWeight: 1 });
    expect(typeof m.summary).toBe('string');
    expect(m.summary.length).toBeGreaterThan(20);
  });

  it('agrees with the pure matcher, and is byte-identical on repeat', async () => {
    const id = byName.get('Aisha Bello')!;
    const a = await match(id);
    const b = await match(id);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const [posting, [candidate]] = [
      await t.app.services.postings.specOf(rowId(intern)),
      await t.app.services.candidates.specsOf([rowId(id)]),
    ];
    const oracle = matchCandidate(t.app.services.taxonomy.current(), posting!, candidate);
    expect(a.data!.match.score).toBe(oracle.score);
    expect(a.data!.match.summary).toBe(oracle.summary);
  });

  it('never lets name, email, headline or location change the score', async () => {
    const id = byName.get('Marcus Okafor')!;
    const before = await match(id);
    await t.gql(
      'mutation($id: ID!) { updateCandidate(id: $id, input: { name: "Someone Else", email: "x@example.com", headline: "other", location: "Nowhere" }) { id } }',
      { id },
    );
    const after = await match(id);
    expect(JSON.stringify(after.data!.match)).toBe(JSON.stringify(before.data!.match));
  });

  it('ranks every candidate as the pure oracle does: qualified, score, id', async () => {
    const res = await t.gql(
      'query($p: ID!) { rankCandidates(postingId: $p, first: 100) { totalCount edges { node { candidateId score qualified } } } }',
      { p: intern },
    );
    const rows = res.data!.rankCandidates.edges.map((e: any) => e.node);
    const posting = await t.app.services.postings.specOf(rowId(intern));
    const ids = [...byName.values()].map(rowId);
    const specs = await t.app.services.candidates.specsOf(ids);
    const oracle = oracleRank(t.app.services.taxonomy.current(), posting!, specs);
    expect(res.data!.rankCandidates.totalCount).toBe(oracle.length);
    expect(rows).toEqual(
      oracle.map((o) => ({
        candidateId: toGlobalId('Candidate', o.candidateId),
        score: o.score,
        qualified: o.qualified,
      })),
    );
    // Qualified come first.
    const firstUnqualified = rows.findIndex((r: any) => !r.qualified);
    expect(rows.slice(firstUnqualified).every((r: any) => !r.qualified)).toBe(true);
  });

  it('pages a ranking with cursors and filters by qualifiedOnly and minScore', async () => {
    const all = (
      await t.gql(
        'query($p: ID!) { rankCandidates(postingId: $p, first: 100) { edges { node { candidateId score qualified } } } }',
        { p: intern },
      )
    ).data!.rankCandidates.edges.map((e: any) => e.node);
    const page1 = (
      await t.gql(
        'query($p: ID!) { rankCandidates(postingId: $p, first: 5) { pageInfo { hasNextPage endCursor } edges { node { candidateId } } } }',
        { p: intern },
      )
    ).data!.rankCandidates;
    const page2 = (
      await t.gql(
        'query($p: ID!, $a: String) { rankCandidates(postingId: $p, first: 5, after: $a) { pageInfo { hasPreviousPage } edges { node { candidateId } } } }',
        { p: intern, a: page1.pageInfo.endCursor },
      )
    ).data!.rankCandidates;
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node.candidateId)).toEqual(
      all.slice(0, 10).map((r: any) => r.candidateId),
    );
    expect(page2.pageInfo.hasPreviousPage).toBe(true);
    const qualified = (
      await t.gql('query($p: ID!) { rankCandidates(postingId: $p, first: 100, qualifiedOnly: true) { totalCount } }', {
        p: intern,
      })
    ).data!.rankCandidates;
    expect(qualified.totalCount).toBe(all.filter((r: any) => r.qualified).length);
    const min = (
      await t.gql('query($p: ID!) { rankCandidates(postingId: $p, first: 100, minScore: 50) { totalCount } }', {
        p: intern,
      })
    ).data!.rankCandidates;
    expect(min.totalCount).toBe(all.filter((r: any) => r.score >= 50).length);
    const bad = await t.gql('query($p: ID!) { rankCandidates(postingId: $p, minScore: 101) { totalCount } }', {
      p: intern,
    });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minScore' });
  });

  it('keeps the ranking current after create, update and delete', async () => {
    const rank = async () =>
      (
        await t.gql(
          'query($p: ID!) { rankCandidates(postingId: $p, first: 100) { edges { node { candidateId score } } } }',
          { p: intern },
        )
      ).data!.rankCandidates.edges.map((e: any) => e.node);
    const created = await t.gql(
      'mutation { createCandidate(input: { name: "Index Probe", skills: [{ name: "Go", months: 40 }, { name: "Git", months: 40 }, { name: "Jenkins", months: 40 }, { name: "PostgreSQL", months: 40 }, { name: "REST", months: 40 }, { name: "Linux", months: 40 }, { name: "Docker", months: 40 }] }) { id } }',
    );
    const id = created.data!.createCandidate.id;
    const first = (await rank()).find((r: any) => r.candidateId === id);
    expect(first).toBeDefined();
    await t.gql(
      'mutation($id: ID!) { updateCandidate(id: $id, input: { skills: [{ name: "Go", months: 1 }] }) { id } }',
      { id },
    );
    const second = (await rank()).find((r: any) => r.candidateId === id);
    expect(second.score).toBeLessThan(first.score);
    await t.gql('mutation($id: ID!) { deleteCandidate(id: $id) }', { id });
    expect((await rank()).find((r: any) => r.candidateId === id)).toBeUndefined();
  });

  it('applies and echoes request weights', async () => {
    const id = byName.get('Jordan Lee')!;
    const res = await match(
      id,
      ', weights: { requiredWeight: 1, preferredWeight: 1, categoryWeights: [{ category: LANGUAGE, weight: 5 }] }',
    );
    expect(res.data!.match.weights.requiredWeight).toBe(1);
    expect(res.data!.match.weights.categoryWeights).toEqual(
      expect.arrayContaining([{ category: 'LANGUAGE', weight: 5 }]),
    );
    const plain = await match(id);
    expect(res.data!.match.score).not.toBe(plain.data!.match.score);
  });

  it('previews unsaved input exactly as if it were stored', async () => {
    const id = byName.get('Daniel Kim')!;
    const stored = (await match(id)).data!.match;
    const c = (
      await t.gql(
        'query($id: ID!) { candidate(id: $id) { skills { skill { name } months level } education { level field status } } }',
        { id },
      )
    ).data!.candidate;
    const input = {
      name: 'Preview',
      skills: c.skills.map((s: any) => ({ name: s.skill.name, months: s.months, level: s.level })),
      education: c.education,
    };
    const res = await t.gql(
      `query($p: ID!, $c: CreateCandidateInput!) { matchPreview(posting: { id: $p }, candidate: { candidate: $c }) { candidateId score qualified summary } }`,
      { p: intern, c: input },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.matchPreview).toMatchObject({
      candidateId: 'preview',
      score: stored.score,
      qualified: stored.qualified,
      summary: stored.summary,
    });
    const both = await t.gql(
      'query($p: ID!) { matchPreview(posting: { id: $p }, candidate: { id: "1", candidate: { name: "x" } }) { score } }',
      { p: intern },
    );
    expect(both.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'candidate' });
    const unknown = await t.gql(
      'query($p: ID!) { matchPreview(posting: { id: $p }, candidate: { candidate: { name: "x", skills: [{ name: "Gollang" }] } }) { score } }',
      { p: intern },
    );
    expect(unknown.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'candidate.candidate.skills[0].name',
    });
  });

  it('suggests the skills that would raise a score most', async () => {
    const id = byName.get('Sofia Martinez')!;
    const res = await t.gql(
      'query($p: ID!, $c: ID!) { match(postingId: $p, candidateId: $c) { score gaps(limit: 3) { skill { name } score gain wouldQualify } } }',
      { p: intern, c: id },
    );
    const { score, gaps } = res.data!.match;
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) {
      expect(g.gain).toBeGreaterThan(0);
      expect(g.score).toBeCloseTo(score + g.gain, 1);
    }
    expect(gaps.map((g: any) => g.gain)).toEqual(
      [...gaps.map((g: any) => g.gain)].sort((a: number, b: number) => b - a),
    );
  });

  it('ranks postings for a candidate and normalizes skill names', async () => {
    const res = await t.gql(
      'query($c: ID!) { rankPostings(candidateId: $c) { totalCount edges { node { postingId score posting { title } } } } }',
      { c: byName.get('Mei Lin') },
    );
    expect(res.data!.rankPostings.totalCount).toBe(2);
    const names = await t.gql(
      '{ normalizeSkills(names: ["golang", "k8s", "RESTful APIs", "Postgres", "GCP", "Google Cloud", "C", "c++", "C#", ".NET", "Node", "Node.js", "Kubernets"]) { input skill { name } suggestions } }',
    );
    const got = names.data!.normalizeSkills.map((r: any) => r.skill?.name ?? null);
    expect(got.slice(0, 8)).toEqual([
      'Go',
      'Kubernetes',
      'REST',
      'PostgreSQL',
      'Google Cloud',
      'Google Cloud',
      'C',
      'C++',
    ]);
    expect(got[8]).toBe('C#');
    expect(got[9]).toBe('.NET');
    expect(got[11]).toBe('Node.js');
    expect(got[12]).toBeNull();
    expect(names.data!.normalizeSkills[12].suggestions).toContain('Kubernetes');
  });

  it('reports unknown postings and candidates as NOT_FOUND', async () => {
    const res = await t.gql('{ match(postingId: "99999", candidateId: "1") { score } }');
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    const res2 = await t.gql('query($p: ID!) { match(postingId: $p, candidateId: "99999") { score } }', { p: intern });
    expect(res2.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
