import { chooseThreshold, keywordOverlap, TfIdf, tokens } from '../../scripts/judged/baselines';
import { ndcgAtK, pairwiseAccuracy, qualifiedAgreement, type ScoredPair } from '../../scripts/judged/metrics';

const pair = (
  candidate: string,
  grade: number,
  score: number | null,
  meets = false,
  qualified: boolean | null = null,
) => ({ posting: 'p', candidate, grade, meetsMustHaves: meets, score, qualified }) satisfies ScoredPair;

describe('judged figures', () => {
  it('counts the pairs with different grades the scores order rightly, a tie as half', () => {
    // (a,b) right, (a,c) right, (b,c) tie; a same-grade pair (c,d) is not a comparison.
    const pairs = [pair('a', 3, 90), pair('b', 2, 50), pair('c', 0, 50), pair('d', 0, 10)];
    // comparisons: a>b ok, a>c ok, a>d ok, b>c tie, b>d ok -> 4.5 / 5
    expect(pairwiseAccuracy(pairs)).toBeCloseTo(0.9);
    expect(pairwiseAccuracy([pair('a', 3, null), pair('b', 0, 5)])).toBe(0);
    expect(pairwiseAccuracy([pair('a', 3, 1), pair('b', 0, null)])).toBe(1);
  });

  it('gives NDCG 1 to the ideal order and less when a strong candidate is ranked low', () => {
    expect(ndcgAtK([pair('a', 3, 9), pair('b', 1, 5), pair('c', 0, 1)], 10)).toBe(1);
    const swapped = ndcgAtK([pair('a', 3, 1), pair('b', 1, 5), pair('c', 0, 9)], 10);
    expect(swapped).toBeLessThan(0.7);
    expect(swapped).toBeGreaterThan(0);
  });

  it("computes Cohen's kappa, counting an undecided qualified as no", () => {
    const a = qualifiedAgreement([
      pair('a', 3, 1, true, true),
      pair('b', 3, 1, true, null),
      pair('c', 0, 1, false, false),
      pair('d', 0, 1, false, true),
    ]);
    expect([a.truePositives, a.falseNegatives, a.trueNegatives, a.falsePositives]).toEqual([1, 1, 1, 1]);
    expect(a.accuracy).toBe(0.5);
    expect(a.kappa).toBe(0);
    const perfect = qualifiedAgreement([pair('a', 3, 1, true, true), pair('b', 0, 1, false, false)]);
    expect(perfect.kappa).toBe(1);
  });

  it('keeps C++ and C# apart from C in the TF-IDF baseline', () => {
    expect(tokens('C++, C#, .NET and C.')).toEqual(['c++', 'c#', 'net', 'and', 'c']);
    const model = new TfIdf(['go and java', 'python', 'java']);
    expect(model.cosine('java', 'java')).toBeCloseTo(1);
    expect(model.cosine('go', 'python')).toBe(0);
  });

  it('overlaps keywords letter for letter, a required group counting twice', () => {
    const posting = {
      requirements: [
        { importance: 'REQUIRED', skills: ['Go'] },
        { importance: 'PREFERRED', skills: ['Docker'] },
      ],
    } as any;
    expect(keywordOverlap(posting, { skills: [{ name: 'go' }] } as any)).toBeCloseTo(2 / 3);
    expect(keywordOverlap(posting, { skills: [{ name: 'golang' }, { name: 'Docker' }] } as any)).toBeCloseTo(1 / 3);
  });

  it('chooses the baseline threshold with the best kappa on the pairs it is given', () => {
    const pairs = [pair('a', 3, 0.9, true), pair('b', 2, 0.6, true), pair('c', 0, 0.5), pair('d', 0, 0.1)];
    expect(chooseThreshold(pairs)).toBe(0.6);
  });
});
