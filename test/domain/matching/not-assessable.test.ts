import { compilePosting } from '../../../src/domain/matching/compile-posting';
import { CandidateIndex } from '../../../src/domain/matching/candidate-index';
import { matchCandidate } from '../../../src/domain/matching/match-candidate';
import { rankTopK } from '../../../src/domain/matching/rank-top-k';
import { candidate, miniTaxonomy, posting } from './fixtures';

const tax = miniTaxonomy();

describe('groups no profile can show (not assessable)', () => {
  const spec = posting(tax, [
    { skills: ['Java'] },
    { skills: ['Git'], assessable: false },
    { skills: ['JSON'], importance: 'PREFERRED' },
  ]);
  const plain = posting(tax, [{ skills: ['Java'] }, { skills: ['JSON'], importance: 'PREFERRED' }]);

  it('are reported with the evidence the profile has, and count in neither the score nor qualified', () => {
    const without = matchCandidate(tax, spec, candidate(tax, '1', [['Java', 12]]));
    expect(without.requirements.map((g) => g.status)).toEqual(['MET', 'NOT_ASSESSABLE', 'NOT_MET']);
    expect(without.requirements[1]).toMatchObject({ satisfied: false, missingSkillIds: [tax.resolve('Git')!.id] });
    expect(without.qualified).toBe(true);
    expect(without.score).toBe(matchCandidate(tax, plain, candidate(tax, '1', [['Java', 12]])).score);
    expect(without.summary).toContain('Meets 1 of 1 required group and 0 of 1 preferred');
    expect(without.summary).toContain('1 group not assessable from a profile (not scored)');
    expect(without.summary).not.toContain('missing Git');

    const shown = matchCandidate(
      tax,
      spec,
      candidate(tax, '1', [
        ['Java', 12],
        ['Git', 12],
      ]),
    );
    expect(shown.requirements[1]).toMatchObject({ status: 'NOT_ASSESSABLE', satisfied: true });
    expect(shown.score).toBe(without.score);
  });

  it('leave category scores to the groups that count', () => {
    const result = matchCandidate(tax, spec, candidate(tax, '1', [['Java', 12]]));
    expect(result.categories.find((c) => c.category === 'DEVOPS')).toEqual({ category: 'DEVOPS', score: null });
  });

  it('are skipped the same way by the compiled ranker', () => {
    const people = [candidate(tax, '1', [['Java', 12]]), candidate(tax, '2', [['Git', 60]])];
    const { rows } = rankTopK(CandidateIndex.from(people), compilePosting(tax, spec), { k: 5 });
    expect(rows).toEqual(
      people
        .map((p) => matchCandidate(tax, spec, p))
        .map((r) => ({ candidateId: r.candidateId, score: r.score, qualified: r.qualified })),
    );
    expect(rows[1]).toEqual({ candidateId: '2', score: 0, qualified: false });
  });
});
