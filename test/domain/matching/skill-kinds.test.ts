import { CandidateIndex } from '../../../src/domain/matching/candidate-index';
import { compilePosting } from '../../../src/domain/matching/compile-posting';
import { matchCandidate } from '../../../src/domain/matching/match-candidate';
import { rankTopK } from '../../../src/domain/matching/rank-top-k';
import { realTaxonomy } from '../taxonomy/load-taxonomy';
import { candidate, posting } from './fixtures';

const { taxonomy: tax } = realTaxonomy();

describe('soft skills, spoken languages and CV headings on a profile (issue 9 item 5)', () => {
  const technical = posting(tax, [
    { skills: ['Technical writing'] },
    { skills: ['Troubleshooting'] },
    { skills: ['Java'] },
  ]);
  const nonTechnical = candidate(tax, 'soft', [
    ['Communication', 60],
    ['Problem solving', 60],
    ['English', 60],
    ['Tools', 60],
    ['Technical skills', 60],
  ]);

  it('are never evidence of a technical skill, even where the taxonomy relates them', () => {
    // Communication ~ technical writing and problem solving ~ troubleshooting are RELATED in the taxonomy.
    expect(tax.related(tax.resolve('Communication')!.id).map((r) => tax.byId(r.skillId)!.slug)).toContain(
      'technical-writing',
    );
    const result = matchCandidate(tax, technical, nonTechnical);
    expect(result.requirements.map((g) => g.status)).toEqual(['NOT_MET', 'NOT_MET', 'NOT_MET']);
    expect(result.score).toBe(0);
    expect(result.qualified).toBe(false);
  });

  it('while technical evidence still counts for a soft requirement', () => {
    const soft = posting(tax, [{ skills: ['Communication'] }]);
    const writer = candidate(tax, 'writer', [['Technical writing', 24]]);
    expect(matchCandidate(tax, soft, writer).score).toBeGreaterThan(0);
  });

  it('are skipped the same way by the compiled ranker', () => {
    const people = [nonTechnical, candidate(tax, 'dev', [['Java', 24]])];
    const { rows } = rankTopK(CandidateIndex.from(people), compilePosting(tax, technical), { k: 5 });
    expect(rows).toEqual(
      people
        .map((p) => matchCandidate(tax, technical, p))
        .map((r) => ({ candidateId: r.candidateId, score: r.score, qualified: r.qualified }))
        .sort((a, b) => (b.score ?? 0) - (a.score ?? 0)),
    );
  });
});
