/**
 * The judged evaluation (docs/judged/RUBRIC.md): skillmatch and the two baselines on the pairs of a
 * split, with the figures of each. Shared by `npm run judged` and test/judged/judged-metrics.test.ts.
 */
import { chooseThreshold, keywordOverlap, postingText, profileText, TfIdf, withThreshold } from './baselines';
import { type JudgedPair, type JudgedSet, pairsOf, type SplitName } from './judged-data';
import { figures, type ScoredPair, type SplitFigures } from './metrics';
import { scoreWithSkillmatch, type UnknownNames } from './skillmatch-scorer';

export interface MethodFigures {
  readonly method: 'skillmatch' | 'tf-idf cosine' | 'keyword overlap';
  readonly figures: SplitFigures;
  /** A baseline's qualified threshold (chosen on the tuned split); null for skillmatch. */
  readonly threshold: number | null;
}

export interface SplitEvaluation {
  readonly split: SplitName;
  readonly methods: readonly MethodFigures[];
  /** skillmatch's score and verdict for every pair of the split. */
  readonly skillmatchPairs: readonly ScoredPair[];
  readonly unknown: UnknownNames;
  readonly modelVersion: string;
  readonly taxonomyVersion: string;
}

type Scorer = (pair: JudgedPair) => number;

function baselineScorers(set: JudgedSet): Record<'tf-idf cosine' | 'keyword overlap', Scorer> {
  const corpus = [
    ...[...set.postings.values()].map((p) => postingText(p.draft)),
    ...[...set.profiles.values()].map((c) => profileText(c.draft)),
  ];
  const tfidf = new TfIdf(corpus);
  return {
    'tf-idf cosine': (pair) =>
      tfidf.cosine(
        postingText(set.postings.get(pair.posting)!.draft),
        profileText(set.profiles.get(pair.candidate)!.draft),
      ),
    'keyword overlap': (pair) =>
      keywordOverlap(set.postings.get(pair.posting)!.draft, set.profiles.get(pair.candidate)!.draft),
  };
}

const scoredBy = (pairs: readonly JudgedPair[], score: Scorer): ScoredPair[] =>
  pairs.map((p) => ({ ...p, score: score(p), qualified: null }));

/**
 * Scores one split with skillmatch (through the service) and both baselines. The baselines'
 * thresholds are always chosen on the tuned split, whichever split is being reported.
 */
export async function evaluateSplit(set: JudgedSet, split: SplitName): Promise<SplitEvaluation> {
  const pairs = pairsOf(set, split);
  const tuned = pairsOf(set, 'tuned');
  const methods: MethodFigures[] = [];
  const run = await scoreWithSkillmatch(set, pairs);
  methods.push({ method: 'skillmatch', figures: figures(run.pairs), threshold: null });
  for (const [method, scorer] of Object.entries(baselineScorers(set)) as [MethodFigures['method'], Scorer][]) {
    const threshold = chooseThreshold(scoredBy(tuned, scorer));
    methods.push({ method, figures: figures(withThreshold(scoredBy(pairs, scorer), threshold)), threshold });
  }
  return {
    split,
    methods,
    skillmatchPairs: run.pairs,
    unknown: run.unknown,
    modelVersion: run.modelVersion,
    taxonomyVersion: run.taxonomyVersion,
  };
}
