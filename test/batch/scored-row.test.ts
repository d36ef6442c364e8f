import { explainGroups } from '../../src/batch/scored-row';
import { matchCandidate } from '../../src/domain/matching/match-candidate';
import { candidate, miniTaxonomy, posting } from '../domain/matching/fixtures';

describe('the CLI explanation of matched skills', () => {
  const tax = miniTaxonomy();

  it('names the evidence path and its kind: narrower, related, broader with no credit, exact by name', () => {
    const spec = posting(tax, [
      { skills: ['Databases'] },
      { skills: ['C++'] },
      { skills: ['Go'] },
      { skills: ['Kubernetes'] },
    ]);
    const person = candidate(tax, '1', [
      ['PostgreSQL', 24],
      ['C', 12],
      ['Go', 12],
      ['Container technologies', 12],
    ]);
    const groups = explainGroups(tax, spec, matchCandidate(tax, spec, person));
    expect(groups.map((g) => g.matched)).toEqual([
      ['Databases, via Relational databases, via PostgreSQL (narrower)'],
      ['C++, via C (related)'],
      ['Go'],
      ['Kubernetes, via Container orchestration, via Container technologies (broader, no credit)'],
    ]);
    expect(groups[3].missing).toEqual(['Kubernetes']);
  });
});
