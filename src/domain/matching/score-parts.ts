import type { ScorePlan } from './score-plan';

/** One part of a posting (its required or its preferred groups), as partValue of score-plan.ts reads it. */
class ScorePart {
  /** How many groups the part has: unweighted, a part is the plain mean of its groups. */
  readonly count: number;

  constructor(
    private readonly groupWeights: Float64Array,
    /** The part's groups in posting order. */
    private readonly groups: Int32Array,
    /** Bits of the part's groups, when the groups fit a mask (0 otherwise). */
    private readonly bits: number,
    /** The part's group weights summed in posting order, then its education weight. */
    private readonly total: number,
    /** Whether education is scored in this part. */
    private readonly withEducation: boolean,
    private readonly educationWeight: number,
  ) {
    this.count = groups.length;
  }

  /** partValue over the part's groups in `active` only (the others add exact zeros). */
  valueOfActive(active: number, credit: Float64Array, eduCredit: number): number {
    const groupWeights = this.groupWeights;
    const weighted = this.total > 0;
    let sum = 0;
    for (let bits = active & this.bits; bits !== 0;) {
      const low = bits & -bits;
      bits ^= low;
      const g = 31 - Math.clz32(low);
      sum += weighted ? groupWeights[g] * credit[g] : credit[g];
    }
    return this.finish(sum, weighted, eduCredit);
  }

  /**
   * partValue over every group of the part. It walks a list where valueOfActive walks bits: a list
   * serves postings with more groups than a mask holds, bits keep key() to the groups a candidate
   * touches.
   */
  valueOfAll(credit: Float64Array, eduCredit: number): number {
    const { groupWeights, groups } = this;
    const weighted = this.total > 0;
    let sum = 0;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      sum += weighted ? groupWeights[g] * credit[g] : credit[g];
    }
    return this.finish(sum, weighted, eduCredit);
  }

  /** Education after the groups (education has no share of nothing), over the part's total weight. */
  private finish(sum: number, weighted: boolean, eduCredit: number): number {
    if (this.withEducation && weighted) sum += this.educationWeight * eduCredit;
    return sum / (weighted ? this.total : this.count);
  }
}

/** The required or the preferred part of a plan, its constants accumulated in partValue's order. */
function scorePart(plan: ScorePlan, required: boolean, masked: boolean): ScorePart {
  const want = required ? 1 : 0;
  const groups: number[] = [];
  let bits = 0;
  let total = 0;
  for (let g = 0; g < plan.groupCount; g++) {
    if (plan.groupRequired[g] !== want) continue;
    groups.push(g);
    total += plan.groupWeights[g];
    if (masked) bits |= 1 << g;
  }
  const withEducation = plan.educationPart === (required ? 'REQUIRED' : 'PREFERRED');
  if (withEducation) total += plan.educationWeight;
  return new ScorePart(plan.groupWeights, Int32Array.from(groups), bits, total, withEducation, plan.educationWeight);
}

/**
 * partValue and combineParts of score-plan.ts for one posting, with the constants of both parts
 * worked out once, so SlotScorer repeats the matcher's float operations in the same order: the
 * weighted sum of a part's groups in posting order, then education, over the part's total weight.
 */
export class ScoreParts {
  private readonly required: ScorePart;
  private readonly preferred: ScorePart;
  private readonly requiredWeight: number;
  private readonly preferredWeight: number;
  private readonly bothWeight: number;

  constructor(plan: ScorePlan, masked: boolean) {
    this.required = scorePart(plan, true, masked);
    this.preferred = scorePart(plan, false, masked);
    this.requiredWeight = plan.requiredWeight;
    this.preferredWeight = plan.preferredWeight;
    this.bothWeight = plan.requiredWeight + plan.preferredWeight;
  }

  /** Both parts over the groups in `active` only (the others add exact zeros), then combineParts. */
  combineActive(active: number, credit: Float64Array, eduCredit: number): number {
    const { required, preferred } = this;
    return this.combineParts(
      required.count > 0 ? required.valueOfActive(active, credit, eduCredit) : 0,
      preferred.count > 0 ? preferred.valueOfActive(active, credit, eduCredit) : 0,
    );
  }

  /** Both parts over every group, then combineParts, as score-plan.ts computes them. */
  combineAll(credit: Float64Array, eduCredit: number): number {
    const { required, preferred } = this;
    return this.combineParts(
      required.count > 0 ? required.valueOfAll(credit, eduCredit) : 0,
      preferred.count > 0 ? preferred.valueOfAll(credit, eduCredit) : 0,
    );
  }

  /** combineParts of score-plan.ts over the parts that exist. */
  private combineParts(requiredPart: number, preferredPart: number): number {
    const hasRequired = this.required.count > 0;
    const hasPreferred = this.preferred.count > 0;
    if (hasRequired && hasPreferred) {
      return this.bothWeight > 0
        ? (this.requiredWeight * requiredPart + this.preferredWeight * preferredPart) / this.bothWeight
        : (requiredPart + preferredPart) / 2;
    }
    if (hasRequired) return requiredPart;
    if (hasPreferred) return preferredPart;
    return 1;
  }
}
