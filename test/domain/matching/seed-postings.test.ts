import { matchCandidate } from '../../../src/domain/matching/match-candidate';
import type { CandidateSpec, PostingSpec } from '../../../src/domain/matching/profiles';
import { postingSpecFromDraft } from '../../../src/domain/matching/spec-from-draft';
import { rankCandidates } from '../../../src/domain/matching/rank-candidates';
import { seedData } from './seed-data';

const { taxonomy, postingDrafts, postings, candidateDrafts, candidates } = seedData();
const id = (name: string): number => {
  const def = taxonomy.resolve(name);
  if (def === undefined) throw new Error(`unknown skill ${name}`);
  return def.id;
};
const intern = ((): PostingSpec => {
  const index = postingDrafts.findIndex((p) => /intern/i.test(p.title) && /2026/.test(p.title));
  if (index < 0) throw new Error('no intern 2026 seed posting');
  return postings[index];
})();
const person = (name: string): CandidateSpec => {
  const index = candidateDrafts.findIndex((c) => c.name === name);
  if (index < 0) throw new Error(`no seed candidate ${name}`);
  return candidates[index];
};
const languageGroup = intern.requirements.find((g) => g.importance === 'REQUIRED' && g.category === 'LANGUAGE');
const probe = (skills: Array<[string, number | null]>): CandidateSpec => ({
  id: '999',
  skills: skills.map(([name, months]) => ({ skillId: id(name), months, level: null })),
  education: [],
});

describe('the seed postings', () => {
  it('resolve every skill they name (Golang is Go)', () => {
    postingDrafts.forEach((draft, i) =>
      expect([draft.title, postingSpecFromDraft(taxonomy, String(i + 1), draft).unknownSkills]).toEqual([
        draft.title,
        [],
      ]),
    );
    expect(languageGroup?.skillIds).toContain(id('Go'));
  });
});

describe('the intern 2026 posting', () => {
  it('has a required language group', () => {
    expect(languageGroup).toBeDefined();
  });

  it('matches golang, k8s and Postgres spellings as the skills themselves', () => {
    const result = matchCandidate(taxonomy, intern, person('Aisha Bello'));
    const languages = result.requirements.find((g) => g.requirementId === languageGroup?.id);
    expect(languages?.satisfied).toBe(true);
    expect(languages?.matched).toContainEqual(
      expect.objectContaining({ skillId: id('Go'), viaSkillId: id('Go'), kind: 'EXACT' }),
    );
    // Container technologies is one of the "…; Container technologies; Internet Services; and/or Managed
    // Services" alternatives (one any-of group since issue 9).
    const containers = result.requirements.find((g) =>
      intern.requirements.find((r) => r.id === g.requirementId)?.skillIds.includes(id('Container technologies')),
    );
    expect(containers?.satisfied).toBe(true);
    expect(containers?.matched[0]).toMatchObject({ kind: 'NARROWER' });
  });

  it('does not take JavaScript/TypeScript for Java, nor C# alone for C or C++', () => {
    const front = matchCandidate(taxonomy, intern, person('Sofia Martinez'));
    const languages = front.requirements.find((g) => g.requirementId === languageGroup?.id);
    expect(languages?.satisfied).toBe(false);
    expect(languages?.matched.filter((m) => m.kind === 'EXACT' || m.kind === 'NARROWER')).toEqual([]);

    const csharp = matchCandidate(taxonomy, intern, probe([['C#', 48]]));
    const group = csharp.requirements.find((g) => g.requirementId === languageGroup?.id);
    expect(group?.satisfied).toBe(false);
    expect(group?.matched.every((m) => m.kind === 'RELATED' && m.viaSkillId === id('C#'))).toBe(true);
    expect(group?.matched.map((m) => m.skillId)).toEqual(expect.arrayContaining([id('Java'), id('C++')]));
    expect(group?.credit).toBeGreaterThan(0);
    expect(group?.credit).toBeLessThan(1);
  });

  it('ranks the seed candidates with the all-round back-end developer first and a deterministic order', () => {
    const ranked = rankCandidates(taxonomy, intern, candidates);
    expect(ranked[0].candidateId).toBe(person('Priya Raman').id);
    expect(ranked[0].qualified).toBe(true);
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1], ranked[i]];
      expect(Number(a.qualified) > Number(b.qualified) || (a.qualified === b.qualified && a.score! >= b.score!)).toBe(
        true,
      );
    }
    expect(JSON.stringify(rankCandidates(taxonomy, intern, [...candidates].reverse()))).toBe(JSON.stringify(ranked));
  });

  it('explains a junior: months shortfalls, a degree in progress, names in the summary', () => {
    const result = matchCandidate(taxonomy, intern, person('Jordan Lee'));
    const shortGroups = result.requirements.filter((g) => g.monthsShort !== null);
    expect(shortGroups.length).toBeGreaterThan(0);
    expect(result.education).toMatchObject({ outcome: 'IN_PROGRESS', requiredLevel: 'BACHELOR', required: false });
    expect(result.summary).toMatch(/^Meets \d+ of \d+ required groups and \d+ of \d+ preferred; /);
    expect(result.summary).toContain('months short on Java');
  });

  it('keeps unknown months visible as unknown, not zero', () => {
    const result = matchCandidate(taxonomy, intern, person('Emily Nguyen'));
    expect(result.requirements.some((g) => g.monthsUnknown)).toBe(true);
    const zero = matchCandidate(taxonomy, intern, {
      ...person('Emily Nguyen'),
      skills: person('Emily Nguyen').skills.map((s) => ({ ...s, months: 0 })),
    });
    expect(result.score).toBeGreaterThan(zero.score!);
  });
});
