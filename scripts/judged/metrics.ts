/**
 * Ranking and agreement figures for the judged benchmark. Pure: judged pairs and a method's scores
 * in, numbers out. Every figure is computed within a posting first, because a recruiter compares
 * candidates for one role, never across roles.
 */

export interface ScoredPair {
  readonly posting: string;
  readonly candidate: string;
  readonly grade: number;
  readonly meetsMustHaves: boolean;
  /** The method's score; null (no score) ranks below every number. */
  readonly score: number | null;
  /** The method's qualified verdict; null (undecided) is counted as not qualified. */
  readonly qualified: boolean | null;
}

function byPosting(pairs: readonly ScoredPair[]): ScoredPair[][] {
  const groups = new Map<string, ScoredPair[]>();
  for (const p of pairs) groups.set(p.posting, [...(groups.get(p.posting) ?? []), p]);
  return [...groups.values()];
}

/** Orders two scores: null (no score) below every number, two nulls equal. */
function compareScores(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return Math.sign(a - b);
}

/**
 * Share of the pairs of candidates for the same posting, with different grades, that the scores put
 * in the grades' order (a tie counts half). Summed over all postings of the split (micro average),
 * so each judged comparison weighs the same.
 */
export function pairwiseAccuracy(pairs: readonly ScoredPair[]): number {
  let agree = 0;
  let total = 0;
  for (const group of byPosting(pairs)) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        if (a.grade === b.grade) continue;
        total++;
        const [hi, lo] = a.grade > b.grade ? [a, b] : [b, a];
        const order = compareScores(hi.score, lo.score);
        agree += order > 0 ? 1 : order === 0 ? 0.5 : 0;
      }
    }
  }
  return total === 0 ? 1 : agree / total;
}

/**
 * NDCG@k of one posting's candidates ordered by score (highest first, ties by candidate id, as the
 * service breaks them), with gain 2^grade − 1; 1 when no candidate has a positive grade.
 */
export function ndcgAtK(group: readonly ScoredPair[], k: number): number {
  const dcg = (gains: readonly number[]): number =>
    gains.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ordered = [...group].sort((a, b) => compareScores(b.score, a.score) || (a.candidate < b.candidate ? -1 : 1));
  const ideal = dcg([...group].map((p) => p.grade).sort((a, b) => b - a));
  return ideal === 0 ? 1 : dcg(ordered.map((p) => p.grade)) / ideal;
}

/** NDCG@k averaged over the postings of the split (each posting weighs the same). */
export function meanNdcgAtK(pairs: readonly ScoredPair[], k: number): number {
  const groups = byPosting(pairs);
  return groups.reduce((sum, g) => sum + ndcgAtK(g, k), 0) / groups.length;
}

export interface Agreement {
  readonly accuracy: number;
  /** Cohen's kappa: agreement beyond what the two raters' base rates give by chance. */
  readonly kappa: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
}

/** How often `qualified` (null counted as no) agrees with the judge's "meets the must-haves". */
export function qualifiedAgreement(pairs: readonly ScoredPair[]): Agreement {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const p of pairs) {
    const said = p.qualified === true;
    if (said && p.meetsMustHaves) tp++;
    else if (said) fp++;
    else if (p.meetsMustHaves) fn++;
    else tn++;
  }
  const n = tp + fp + fn + tn;
  const observed = (tp + tn) / n;
  const chance = ((tp + fp) / n) * ((tp + fn) / n) + ((fn + tn) / n) * ((fp + tn) / n);
  const kappa = chance === 1 ? (observed === 1 ? 1 : 0) : (observed - chance) / (1 - chance);
  return { accuracy: observed, kappa, truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn };
}

export interface SplitFigures {
  readonly pairs: number;
  readonly pairwiseAccuracy: number;
  readonly ndcgAt10: number;
  readonly qualified: Agreement;
}

/** The three figures the README reports, for one method on one split. */
export function figures(pairs: readonly ScoredPair[]): SplitFigures {
  return {
    pairs: pairs.length,
    pairwiseAccuracy: pairwiseAccuracy(pairs),
    ndcgAt10: meanNdcgAtK(pairs, 10),
    qualified: qualifiedAgreement(pairs),
  };
}
