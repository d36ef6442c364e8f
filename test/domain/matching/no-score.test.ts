import { CandidateIndex } from '../../../src/domain/matching/candidate-index';
import { compilePosting } from '../../../src/domain/matching/compile-posting';
import { suggestGaps } from '../../../src/domain/matching/gap-analysis';
import { matchCandidate } from '../../../src/domain/matching/match-candidate';
import { rankCandidates } from '../../../src/domain/matching/rank-candidates';
import { rankTopK } from '../../../src/domain/matching/rank-top-k';
import { candidate, miniTaxonomy, posting } from './fixtures';

const tax = miniTaxonomy();
const bachelor = [{ level: 'BACHELOR' as const, status: 'COMPLETED' as const }];
const people = [
  candidate(tax, '10', [['Java', 60]], bachelor),
  candidate(tax, '9', []),
  candidate(tax, '2', [['Go', 1]], bachelor),
];

describe('nothing to score means no score', () => {
  const unscorable = [
    posting(tax, []),
    posting(tax, [], { education: { level: 'BACHELOR', required: true } }),
    posting(tax, [{ skills: ['Git'], assessable: false }], { education: { level: 'MASTER', required: false } }),
    posting(tax, [{ skills: ['Java'], minMatches: 0 }]),
  ];

  it('gives score null, qualified null and a reason, never 0-and-qualified or 100 for a degree', () => {
    for (const spec of unscorable) {
      for (const person of people) {
        const result = matchCandidate(tax, spec, person);
        expect(result).toMatchObject({ score: null, qualified: null, requiredScore: null, preferredScore: null });
        expect(result.reason).toMatch(/nothing to score/);
        expect(suggestGaps(tax, spec, person)).toEqual([]);
      }
    }
    expect(matchCandidate(tax, unscorable[2], people[0]).reason).toContain('no profile can show');
    expect(matchCandidate(tax, posting(tax, [{ skills: ['Java'] }]), people[0]).reason).toBeNull();
  });

  it('ranks such a posting by candidate id alone, in both rankers, and lets no one through a filter', () => {
    const index = CandidateIndex.from(people);
    for (const spec of unscorable) {
      const compiled = compilePosting(tax, spec);
      expect(rankTopK(index, compiled, { k: 10 })).toEqual({
        rows: ['2', '9', '10'].map((candidateId) => ({ candidateId, score: null, qualified: null })),
        totalCount: 3,
      });
      expect(rankTopK(index, compiled, { k: 1, offset: 1 }).rows.map((r) => r.candidateId)).toEqual(['9']);
      expect(rankTopK(index, compiled, { k: 10, qualifiedOnly: true })).toEqual({ rows: [], totalCount: 0 });
      expect(rankTopK(index, compiled, { k: 10, minScore: 0 })).toEqual({ rows: [], totalCount: 0 });
      expect(rankCandidates(tax, spec, people).map((r) => r.candidateId)).toEqual(['2', '9', '10']);
    }
  });
});

describe('education never decides a ranking alone', () => {
  it('caps education at a quarter of its part: every required skill without the degree beats the degree alone', () => {
    const spec = posting(tax, [{ skills: ['Java'] }], { education: { level: 'BACHELOR', required: true } });
    const skills = matchCandidate(tax, spec, candidate(tax, '1', [['Java', 12]]));
    const degree = matchCandidate(tax, spec, candidate(tax, '2', [], bachelor));
    expect(skills.score).toBe(75);
    expect(degree.score).toBe(25);
    // Even when the request asks education to weigh 100 times a group.
    const heavy = { educationWeight: 100 };
    expect(matchCandidate(tax, spec, candidate(tax, '2', [], bachelor), heavy).score).toBe(25);
    expect(matchCandidate(tax, spec, candidate(tax, '1', [['Java', 12]]), heavy).weights).toMatchObject({
      educationWeight: 100,
      educationShareCap: 0.25,
    });
  });

  it('keeps the compiled ranker in agreement under the cap and with zero weights', () => {
    const index = CandidateIndex.from(people);
    const spec = posting(tax, [{ skills: ['Java'] }, { skills: ['Go'], importance: 'PREFERRED', weight: 0 }], {
      education: { level: 'BACHELOR', required: false },
    });
    for (const override of [null, { educationWeight: 50 }, { categoryWeights: { LANGUAGE: 0 } }]) {
      const expected = rankCandidates(tax, spec, people, override).map((r) => ({
        candidateId: r.candidateId,
        score: r.score,
        qualified: r.qualified,
      }));
      expect(rankTopK(index, compilePosting(tax, spec, override), { k: 10 }).rows).toEqual(expected);
    }
  });
});
