import { type CoverageRules, DEFAULT_COVERAGE_RULES, KIND_RANK, coverageOf, kindSatisfies } from './coverage';
import { evidencePath } from './evidence-path';
import { coverageCredit, effectiveMinMonths } from './experience';
import { topMeanCredit } from './group-credit';
import type { GroupResult, MatchKind, SkillMatch } from './match-result';
import type { MatchingTaxonomy } from './matching-taxonomy';
import { type RequirementSpec, isAssessable } from './profiles';

/** A candidate skill as the matcher reads it: months already normalized. */
export interface NormalizedSkill {
  readonly skillId: number;
  readonly months: number | null;
}

interface Cover {
  readonly skillId: number;
  readonly position: number;
  readonly viaSkillId: number;
  readonly kind: MatchKind;
  readonly credit: number;
  readonly months: number | null;
  /** A kind that can satisfy (EXACT/NARROWER, RELATED when substitutes count) with enough months. */
  readonly satisfies: boolean;
}

/** A group's evaluation: the reported result plus what the summary needs to name. */
export interface GroupEvaluation {
  readonly result: GroupResult;
  /** The unrounded credit that enters the score. */
  readonly credit: number;
  /** The candidate skill behind monthsShort/monthsUnknown, or null. */
  readonly shortViaSkillId: number | null;
}

/** Credits are reported with 4 decimals; scores use the unrounded value. */
export function roundCredit(value: number): number {
  return Math.round(value * 10000) / 10000;
}

function compareMonthsDesc(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/** Best first: more credit, a satisfying cover, a more direct kind, more months, then lower ids. */
function compareCovers(a: Cover, b: Cover): number {
  return (
    b.credit - a.credit ||
    Number(b.satisfies) - Number(a.satisfies) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    compareMonthsDesc(a.months, b.months) ||
    a.position - b.position ||
    a.viaSkillId - b.viaSkillId
  );
}

/** Closest to satisfying first: more credit, known months (a concrete shortfall) before unknown. */
function compareShortfalls(a: Cover, b: Cover): number {
  return (
    b.credit - a.credit ||
    Number(a.months === null) - Number(b.months === null) ||
    compareMonthsDesc(a.months, b.months) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    a.position - b.position ||
    a.viaSkillId - b.viaSkillId
  );
}

/** The group's accepted skills without repeats, in the posting's order. */
export function acceptedSkills(group: RequirementSpec): number[] {
  return [...new Set(group.skillIds)];
}

/**
 * Evaluates one requirement group the plain way: for every accepted skill, every candidate skill's
 * coverage is weighed and the best one kept. Satisfied when at least `minMatches` accepted skills
 * are covered EXACT or NARROWER (or RELATED, when the posting accepts substitutes) with enough
 * months; credit is the mean of the best `minMatches` per-skill credits. An accepted skill only a
 * broader word reaches is reported with that word (no credit) and as missing. When the group is
 * short, the best cover that failed only on months says by how much (or that its months are
 * unknown).
 */
export function evaluateGroup(
  taxonomy: MatchingTaxonomy,
  group: RequirementSpec,
  skills: readonly NormalizedSkill[],
  rules: CoverageRules = DEFAULT_COVERAGE_RULES,
): GroupEvaluation {
  const minMonths = effectiveMinMonths(group.minMonths);
  const best: Cover[] = [];
  const monthsFailures: Cover[] = [];
  const missingSkillIds: number[] = [];
  let satisfiedCount = 0;

  acceptedSkills(group).forEach((acceptedId, position) => {
    let top: Cover | null = null;
    let satisfied = false;
    for (const skill of skills) {
      const coverage = coverageOf(taxonomy, acceptedId, skill.skillId, rules);
      if (coverage === null) continue;
      const direct = kindSatisfies(coverage.kind, rules);
      const enoughMonths = minMonths === null || (skill.months !== null && skill.months >= minMonths);
      const cover: Cover = {
        skillId: acceptedId,
        position,
        viaSkillId: skill.skillId,
        kind: coverage.kind,
        credit: coverageCredit(coverage.baseCredit, skill.months, minMonths),
        months: skill.months,
        satisfies: direct && enoughMonths,
      };
      if (cover.satisfies) satisfied = true;
      else if (direct) monthsFailures.push(cover);
      if (top === null || compareCovers(cover, top) < 0) top = cover;
    }
    if (top === null || top.kind === 'BROADER') missingSkillIds.push(acceptedId);
    if (top !== null) best.push(top);
    if (satisfied) satisfiedCount++;
  });

  best.sort(compareCovers);
  const credits = best.map((cover) => cover.credit);
  const credit = topMeanCredit(credits, credits.length, group.minMatches);
  const isSatisfied = satisfiedCount >= group.minMatches;

  let monthsShort: number | null = null;
  let monthsUnknown = false;
  let shortViaSkillId: number | null = null;
  if (!isSatisfied && minMonths !== null && monthsFailures.length > 0) {
    const closest = [...monthsFailures].sort(compareShortfalls)[0];
    shortViaSkillId = closest.viaSkillId;
    if (closest.months === null) monthsUnknown = true;
    else monthsShort = minMonths - closest.months;
  }

  const matched: SkillMatch[] = best.map((cover) => ({
    skillId: cover.skillId,
    viaSkillId: cover.viaSkillId,
    kind: cover.kind,
    credit: roundCredit(cover.credit),
    months: cover.months,
    path: evidencePath(taxonomy, cover.kind, cover.skillId, cover.viaSkillId),
  }));

  return {
    result: {
      requirementId: group.id,
      status: !isAssessable(group) ? 'NOT_ASSESSABLE' : isSatisfied ? 'MET' : 'NOT_MET',
      satisfied: isSatisfied,
      credit: roundCredit(credit),
      matched,
      missingSkillIds,
      monthsShort,
      monthsUnknown,
    },
    credit,
    shortViaSkillId,
  };
}
