import { evaluateSplit, type SplitEvaluation } from '../../scripts/judged/evaluation';
import { loadJudgedSet } from '../../scripts/judged/judged-data';

/**
 * The tuned split's figures at the last landing of the judged benchmark, rounded down to 2 decimals
 * (docs/judged/RESULTS.md). A change to the matcher may raise them, never lower them; raise the floor
 * when it rises.
 */
const FLOOR = {
  pairwiseAccuracy: 0.94,
  ndcgAt10: 0.89,
  qualifiedAccuracy: 0.92,
  qualifiedKappa: 0.75,
};

describe('judged benchmark, tuned split (docs/judged/RUBRIC.md)', () => {
  let evaluation: SplitEvaluation;
  beforeAll(async () => {
    evaluation = await evaluateSplit(loadJudgedSet(), 'tuned');
  });
  const method = (name: string) => evaluation.methods.find((m) => m.method === name)!.figures;

  it('scores every tuned pair', () => {
    expect(method('skillmatch').pairs).toBe(220);
  });

  it('keeps skillmatch at or above the recorded floor', () => {
    const s = method('skillmatch');
    expect(s.pairwiseAccuracy).toBeGreaterThanOrEqual(FLOOR.pairwiseAccuracy);
    expect(s.ndcgAt10).toBeGreaterThanOrEqual(FLOOR.ndcgAt10);
    expect(s.qualified.accuracy).toBeGreaterThanOrEqual(FLOOR.qualifiedAccuracy);
    expect(s.qualified.kappa).toBeGreaterThanOrEqual(FLOOR.qualifiedKappa);
  });

  it('orders candidates better than both baselines', () => {
    const s = method('skillmatch').pairwiseAccuracy;
    expect(s).toBeGreaterThan(method('tf-idf cosine').pairwiseAccuracy);
    expect(s).toBeGreaterThan(method('keyword overlap').pairwiseAccuracy);
  });
});
