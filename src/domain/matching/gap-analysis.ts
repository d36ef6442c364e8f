import { effectiveMinMonths, normalizeMonths } from './experience';
import { matchCandidate } from './match-candidate';
import type { GapSuggestion } from './match-result';
import type { MatchingTaxonomy } from './matching-taxonomy';
import type { CandidateSkillSpec, CandidateSpec, PostingSpec, ScoringProfile } from './profiles';
import { roundScore } from './score-plan';

/** The months a suggested skill is tried with: the highest bar among the groups accepting it, or unknown. */
function targetMonths(posting: PostingSpec, skillId: number): number | null {
  let target: number | null = null;
  for (const group of posting.requirements) {
    if (!group.skillIds.includes(skillId)) continue;
    const bar = effectiveMinMonths(group.minMonths);
    if (bar !== null) target = Math.max(target ?? 0, bar);
  }
  return target;
}

/** The candidate with `skillId` held at `months` (keeping more months if they already have them). */
function withSkill(candidate: CandidateSpec, skillId: number, months: number | null): CandidateSpec {
  let existing: number | null = null;
  const others: CandidateSkillSpec[] = [];
  for (const skill of candidate.skills) {
    if (skill.skillId !== skillId) {
      others.push(skill);
      continue;
    }
    const m = normalizeMonths(skill.months);
    if (m !== null) existing = Math.max(existing ?? 0, m);
  }
  const merged = months === null ? existing : Math.max(existing ?? 0, months);
  return { ...candidate, skills: [...others, { skillId, months: merged }] };
}

/**
 * Gap analysis: among the skills the posting accepts, those whose addition would raise this
 * candidate's score most, each with the resulting score, the gain and whether it would make the
 * candidate qualified. A skill is tried at the posting's months bar for it (or unknown months when
 * no group sets one). Only positive gains; ties by skill name so the list is stable.
 */
export function suggestGaps(
  taxonomy: MatchingTaxonomy,
  posting: PostingSpec,
  candidate: CandidateSpec,
  limit = 3,
  override?: ScoringProfile | null,
): GapSuggestion[] {
  if (limit <= 0) return [];
  const base = matchCandidate(taxonomy, posting, candidate, override);
  // Nothing to score, nothing a skill could raise.
  if (base.score === null) return [];
  const accepted = [...new Set(posting.requirements.flatMap((group) => group.skillIds))];
  const suggestions: Array<GapSuggestion & { name: string }> = [];
  for (const skillId of accepted) {
    const result = matchCandidate(
      taxonomy,
      posting,
      withSkill(candidate, skillId, targetMonths(posting, skillId)),
      override,
    );
    if (result.score === null) continue;
    const gain = roundScore(result.score - base.score);
    if (gain <= 0) continue;
    const name = taxonomy.byId(skillId)?.name ?? '';
    suggestions.push({ skillId, score: result.score, gain, wouldQualify: result.qualified === true, name });
  }
  suggestions.sort(
    (a, b) => b.gain - a.gain || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || a.skillId - b.skillId,
  );
  return suggestions
    .slice(0, limit)
    .map(({ skillId, score, gain, wouldQualify }) => ({ skillId, score, gain, wouldQualify }));
}
