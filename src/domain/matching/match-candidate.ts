import { categoryScores } from './category-scores';
import { evaluateEducation } from './education';
import { normalizeMonths } from './experience';
import { evaluateGroup, type NormalizedSkill } from './group-evaluation';
import type { MatchResult } from './match-result';
import { MODEL_VERSION } from './matching-defaults';
import type { MatchingTaxonomy } from './matching-taxonomy';
import { type CandidateSpec, type PostingSpec, type ScoringProfile, isAssessable } from './profiles';
import { combineParts, hasScorableRequirement, partValue, roundScore, scoringOf } from './score-plan';
import { buildSummary } from './summary';

/** Why a posting gives no score, in words a recruiter reads. */
function noScoreReason(posting: PostingSpec): string {
  if (posting.requirements.length === 0) {
    return 'The posting lists no skill requirements: there is nothing to score a profile on.';
  }
  if (posting.requirements.every((group) => !isAssessable(group))) {
    return 'Every requirement of the posting is one no profile can show: there is nothing to score a profile on.';
  }
  return 'No requirement of the posting names a known skill to look for: there is nothing to score a profile on.';
}

/**
 * The explainable match of one candidate against one posting: every requirement group evaluated
 * skill by skill, education, per-part and per-category scores, and a one-sentence summary. This is
 * the readable reference implementation; the compiled ranker must agree with it exactly. Only
 * skills and education are read: the candidate's personal attributes are not inputs. Groups no
 * profile can show (not assessable) are evaluated and reported, but the score, the categories and
 * `qualified` read only the assessable ones.
 */
export function matchCandidate(
  taxonomy: MatchingTaxonomy,
  posting: PostingSpec,
  candidate: CandidateSpec,
  override?: ScoringProfile | null,
): MatchResult {
  const { weights, scored, plan } = scoringOf(posting, override);
  const skills: NormalizedSkill[] = candidate.skills.map((skill) => ({
    skillId: skill.skillId,
    months: normalizeMonths(skill.months),
  }));

  const evaluations = posting.requirements.map((group) => evaluateGroup(taxonomy, group, skills, weights));
  const credits = evaluations.filter((_, i) => isAssessable(posting.requirements[i])).map((e) => e.credit);
  const education = evaluateEducation(posting.education, candidate.education);

  const requiredPart = partValue(plan, credits, education.credit, true);
  const preferredPart = partValue(plan, credits, education.credit, false);
  const score = roundScore(100 * combineParts(plan, requiredPart, preferredPart));

  const requiredGroupsMet = posting.requirements.every(
    (group, i) => group.importance !== 'REQUIRED' || !isAssessable(group) || evaluations[i].result.satisfied,
  );
  const educationOk = !education.required || education.outcome === 'MEETS' || education.outcome === 'EXCEEDS';
  const categories = categoryScores(scored, credits, weights);
  const scorable = hasScorableRequirement(scored);

  return {
    postingId: posting.id,
    candidateId: candidate.id,
    score: scorable ? score : null,
    qualified: scorable ? requiredGroupsMet && educationOk : null,
    reason: scorable ? null : noScoreReason(posting),
    requiredScore: !scorable ? null : Number.isNaN(requiredPart) ? 100 : roundScore(100 * requiredPart),
    preferredScore: !scorable || Number.isNaN(preferredPart) ? null : roundScore(100 * preferredPart),
    categories,
    requirements: evaluations.map((evaluation) => evaluation.result),
    education,
    summary: buildSummary(taxonomy, posting.requirements, evaluations, categories, education),
    weights,
    modelVersion: MODEL_VERSION,
    taxonomyVersion: taxonomy.version,
  };
}
