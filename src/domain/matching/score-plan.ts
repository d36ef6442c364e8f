import type { AppliedWeights } from './match-result';
import { scoredPosting, type PostingSpec, type RequirementSpec, type ScoringProfile } from './profiles';
import { resolveWeights } from './resolve-weights';

/**
 * The weighted arithmetic that turns per-group credits into scores, fixed per posting and weights.
 * The compiled ranker (compiled-scorer.ts) repeats exactly these operations in the same order, so
 * its scores agree with the explainable matcher's to the last bit, not just approximately.
 */
export interface ScorePlan {
  readonly groupCount: number;
  /** Per group, in posting order: group.weight x categoryWeights[group.category]. */
  readonly groupWeights: Float64Array;
  /** Per group: 1 when REQUIRED, 0 when PREFERRED. */
  readonly groupRequired: Uint8Array;
  /** Where education is scored: not at all, in the required part, or in the preferred part. */
  readonly educationPart: 'NONE' | 'REQUIRED' | 'PREFERRED';
  readonly educationWeight: number;
  readonly requiredWeight: number;
  readonly preferredWeight: number;
}

/** A group's weight in its part; a negative or non-finite posting weight counts as 0. */
export function groupWeight(group: RequirementSpec, weights: AppliedWeights): number {
  const own = Number.isFinite(group.weight) && group.weight > 0 ? group.weight : 0;
  return own * weights.categoryWeights[group.category];
}

/**
 * Whether a posting has anything a profile can be scored on: an assessable group that asks for at
 * least one known skill. Without one there is no score (null), not a 0 or a 100: education alone,
 * or groups no profile can show, say nothing about the skills the posting is for.
 */
export function hasScorableRequirement(posting: PostingSpec): boolean {
  return posting.requirements.some(
    (group) => group.assessable !== false && group.minMatches > 0 && group.skillIds.length > 0,
  );
}

/**
 * The plan for a posting (its assessable groups, see scoredPosting) under resolved weights.
 * Education is scored only in a part that has groups, at most EDUCATION_SHARE_CAP of that part:
 * its weight is cut to cap / (1 - cap) of the part's group weights.
 */
export function buildScorePlan(posting: PostingSpec, weights: AppliedWeights): ScorePlan {
  const n = posting.requirements.length;
  const groupWeights = new Float64Array(n);
  const groupRequired = new Uint8Array(n);
  posting.requirements.forEach((group, i) => {
    groupWeights[i] = groupWeight(group, weights);
    groupRequired[i] = group.importance === 'REQUIRED' ? 1 : 0;
  });
  let educationPart: ScorePlan['educationPart'] =
    posting.education === null ? 'NONE' : posting.education.required ? 'REQUIRED' : 'PREFERRED';
  let educationWeight = 0;
  if (educationPart !== 'NONE') {
    const want = educationPart === 'REQUIRED' ? 1 : 0;
    let groups = 0;
    let total = 0;
    for (let g = 0; g < n; g++) {
      if (groupRequired[g] !== want) continue;
      groups++;
      total += groupWeights[g];
    }
    const cap = weights.educationShareCap;
    if (groups === 0) educationPart = 'NONE';
    else educationWeight = Math.min(weights.educationWeight, (total * cap) / (1 - cap));
  }
  return {
    groupCount: n,
    groupWeights,
    groupRequired,
    educationPart,
    educationWeight,
    requiredWeight: weights.requiredWeight,
    preferredWeight: weights.preferredWeight,
  };
}

/** What a score of a posting starts from: its weights, the groups that count, and their plan. */
export interface Scoring {
  readonly weights: AppliedWeights;
  /** The posting as the score sees it (scoredPosting: its assessable groups only). */
  readonly scored: PostingSpec;
  readonly plan: ScorePlan;
}

/**
 * The weights (defaults < posting < override), the scored posting and its plan: the one start both
 * matchers share, so the compiled ranker scores exactly the plan the explainable matcher does.
 */
export function scoringOf(posting: PostingSpec, override?: ScoringProfile | null): Scoring {
  const weights = resolveWeights(posting, override);
  const scored = scoredPosting(posting);
  return { weights, scored, plan: buildScorePlan(scored, weights) };
}

/** Scores are reported with 2 decimals; ranking compares the reported value. */
export function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The weighted mean (0..1) of one part's items: its groups in posting order, then education when it
 * belongs to this part. NaN when the part has no groups. When every weight of the part is 0 the
 * groups count equally (education, capped to a share of nothing, not at all), so zeroing all
 * weights does not make the part meaningless.
 */
export function partValue(
  plan: ScorePlan,
  credits: ArrayLike<number>,
  educationCredit: number,
  required: boolean,
): number {
  const want = required ? 1 : 0;
  let sum = 0;
  let total = 0;
  let plainSum = 0;
  let count = 0;
  for (let g = 0; g < plan.groupCount; g++) {
    if (plan.groupRequired[g] !== want) continue;
    const w = plan.groupWeights[g];
    const c = credits[g];
    sum += w * c;
    total += w;
    plainSum += c;
    count++;
  }
  if (plan.educationPart === (required ? 'REQUIRED' : 'PREFERRED')) {
    sum += plan.educationWeight * educationCredit;
    total += plan.educationWeight;
  }
  if (count === 0) return Number.NaN;
  return total > 0 ? sum / total : plainSum / count;
}

/**
 * The overall value (0..1) from the two parts, weighted by requiredWeight/preferredWeight over the
 * parts that exist. 1 when neither exists; matchCandidate reports no score for such a posting
 * (hasScorableRequirement), and the compiled ranker ranks it by id alone.
 */
export function combineParts(plan: ScorePlan, requiredPart: number, preferredPart: number): number {
  const hasRequired = !Number.isNaN(requiredPart);
  const hasPreferred = !Number.isNaN(preferredPart);
  if (hasRequired && hasPreferred) {
    const total = plan.requiredWeight + plan.preferredWeight;
    if (total > 0) return (plan.requiredWeight * requiredPart + plan.preferredWeight * preferredPart) / total;
    return (requiredPart + preferredPart) / 2;
  }
  if (hasRequired) return requiredPart;
  if (hasPreferred) return preferredPart;
  return 1;
}
