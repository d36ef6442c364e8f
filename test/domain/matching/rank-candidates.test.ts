import { candidateIdKey, compareCandidateIds } from '../../../src/domain/matching/candidate-id';
import { compareRanked, rankCandidates } from '../../../src/domain/matching/rank-candidates';
import { candidate, miniTaxonomy, posting } from './fixtures';

describe('candidate id order', () => {
  it('orders decimal ids numerically without parsing them', () => {
    const ids = ['10', '9', '100', '2', '11', '1', '99999999999999999999', '123456789012345678'];
    expect([...ids].sort(compareCandidateIds)).toEqual([
      '1',
      '2',
      '9',
      '10',
      '11',
      '100',
      '123456789012345678',
      '99999999999999999999',
    ]);
  });

  it('has a numeric key with the same order for canonical ids, NaN otherwise', () => {
    expect(candidateIdKey('42')).toBe(42);
    expect(candidateIdKey('0')).toBe(0);
    for (const id of ['', '007', '1e3', '-1', '1234567890123456', 'abc']) expect(candidateIdKey(id)).toBeNaN();
  });
});

describe('rankCandidates', () => {
  const tax = miniTaxonomy();
  const spec = posting(tax, [{ skills: ['Java'] }, { skills: ['Docker'], importance: 'PREFERRED' }]);

  it('puts qualified candidates first, then higher scores, then lower ids', () => {
    const results = rankCandidates(tax, spec, [
      candidate(tax, '3', [
        ['Docker', 12],
        ['Kotlin', 12],
      ]), // unqualified, 0.6 x 3 + 1 -> 70
      candidate(tax, '10', [['Java', 12]]), // qualified 75
      candidate(tax, '9', [['Java', 12]]), // qualified 75
      candidate(tax, '4', [
        ['Java', 1],
        ['Docker', 1],
      ]), // qualified 100
      candidate(tax, '1', []), // 0
    ]);
    expect(results.map((r) => [r.candidateId, r.qualified, r.score])).toEqual([
      ['4', true, 100],
      ['9', true, 75],
      ['10', true, 75],
      ['3', false, 70],
      ['1', false, 0],
    ]);
  });

  it('compareRanked is a total order consistent with the ranking', () => {
    const a = { candidateId: '2', score: 50, qualified: false };
    const b = { candidateId: '10', score: 50, qualified: false };
    const c = { candidateId: '1', score: 10, qualified: true };
    expect(compareRanked(a, b)).toBeLessThan(0);
    expect(compareRanked(b, a)).toBeGreaterThan(0);
    expect(compareRanked(c, a)).toBeLessThan(0);
    expect(compareRanked(a, a)).toBe(0);
  });
});
