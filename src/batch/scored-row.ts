import { matchCandidate } from '../domain/matching/match-candidate';
import type { GroupStatus, MatchResult, SkillMatch } from '../domain/matching/match-result';
import type { MatchingTaxonomy } from '../domain/matching/matching-taxonomy';
import type { PostingSpec } from '../domain/matching/profiles';
import type { Importance } from '../domain/vocabulary';
import type { RankedCandidate } from './chunk-scorer';

// Alike in shape to GroupResult (match-result.ts) and other records of readonly fields: this is the
// by-name view that --explain prints, with fields of its own, not a copy of one.
/** A requirement group of one result, by skill name, for --explain. */
export interface GroupExplanation {
  readonly requirementId: string;
  readonly label: string;
  readonly importance: Importance;
  /** NOT_ASSESSABLE groups are shown with their evidence but count nowhere. */
  readonly status: GroupStatus;
  readonly satisfied: boolean;
  readonly credit: number;
  /** Accepted skills the candidate covers, with the candidate's skill when it is another one. */
  readonly matched: readonly string[];
  readonly missing: readonly string[];
}

/** One output row: a candidate's place in a posting's ranking and its explained score. */
export interface ScoredRow extends Pick<
  MatchResult,
  | 'postingId'
  | 'candidateId'
  | 'score'
  | 'qualified'
  | 'reason'
  | 'requiredScore'
  | 'preferredScore'
  | 'categories'
  | 'summary'
> {
  readonly rank: number;
  readonly groups: readonly GroupExplanation[];
}

function skillName(taxonomy: MatchingTaxonomy, id: number): string {
  return taxonomy.byId(id)?.name ?? `skill #${id}`;
}

/**
 * How one accepted skill was shown, by name: "Kubernetes" when exact, else its evidence path and kind,
 * e.g. "Databases, via Relational databases, via PostgreSQL (narrower)", "PostgreSQL, via MySQL
 * (related)", "Python, via Software development (broader, no credit)".
 */
export function explainSkillMatch(taxonomy: MatchingTaxonomy, match: SkillMatch): string {
  if (match.kind === 'EXACT') return skillName(taxonomy, match.skillId);
  const path = match.path.map((id) => skillName(taxonomy, id)).join(', via ');
  const reason =
    match.kind === 'RELATED'
      ? taxonomy.related(match.skillId).find((r) => r.skillId === match.viaSkillId)?.reason
      : null;
  const kind =
    match.kind === 'BROADER' ? 'broader, no credit' : reason ? `related: ${reason}` : match.kind.toLowerCase();
  return `${path} (${kind})`;
}

/** The groups of a match result by skill name, each matched skill with its evidence path (explainSkillMatch). */
export function explainGroups(
  taxonomy: MatchingTaxonomy,
  posting: PostingSpec,
  result: MatchResult,
): GroupExplanation[] {
  return result.requirements.map((group, i) => {
    const spec = posting.requirements[i];
    return {
      requirementId: group.requirementId,
      label: spec.label,
      importance: spec.importance,
      status: group.status,
      satisfied: group.satisfied,
      credit: group.credit,
      matched: group.matched.map((m) => explainSkillMatch(taxonomy, m)),
      missing: group.missingSkillIds.map((id) => skillName(taxonomy, id)),
    };
  });
}

/**
 * Explains the top candidates of a posting with `matchCandidate`, the matcher behind the GraphQL
 * `match` query, so every figure of a row is the service's. The ranker's score and qualification
 * must agree with it exactly; a disagreement is a bug and stops the run.
 */
export function explainRanking(
  taxonomy: MatchingTaxonomy,
  posting: PostingSpec,
  ranked: readonly RankedCandidate[],
): ScoredRow[] {
  return ranked.map((candidate, i) => {
    const result = matchCandidate(taxonomy, posting, candidate.spec);
    if (result.score !== candidate.score || result.qualified !== candidate.qualified) {
      throw new Error(
        `internal error: ranker and matcher disagree on candidate ${candidate.candidateId} for posting ${posting.id} ` +
          `(${candidate.score}/${candidate.qualified} vs ${result.score}/${result.qualified})`,
      );
    }
    return {
      postingId: posting.id,
      rank: i + 1,
      candidateId: candidate.candidateId,
      score: result.score,
      qualified: result.qualified,
      reason: result.reason,
      requiredScore: result.requiredScore,
      preferredScore: result.preferredScore,
      categories: result.categories,
      groups: explainGroups(taxonomy, posting, result),
      summary: result.summary,
    };
  });
}
