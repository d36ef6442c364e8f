import type { MatchKind } from './match-result';
import { BROADER_CREDIT } from './matching-defaults';
import type { MatchingTaxonomy } from './matching-taxonomy';

/** Preference among kinds when credits tie: a direct claim explains itself best. */
export const KIND_RANK: Readonly<Record<MatchKind, number>> = { EXACT: 0, NARROWER: 1, RELATED: 2, BROADER: 3 };

/** The posting-level rules that change how a cover counts (resolved from the scoring profile). */
export interface CoverageRules {
  /** A RELATED skill counts as the skill itself (ScoringProfile.substitutesSatisfy). */
  readonly substitutesSatisfy: boolean;
}

/** The default rules: substitutes earn their similarity only. */
export const DEFAULT_COVERAGE_RULES: CoverageRules = { substitutesSatisfy: false };

/**
 * Kinds that can satisfy a group: the candidate has the skill itself or a more specific one, or a
 * substitute when the posting accepts substitutes. A broader word never does.
 */
export function kindSatisfies(kind: MatchKind, rules: CoverageRules = DEFAULT_COVERAGE_RULES): boolean {
  return kind === 'EXACT' || kind === 'NARROWER' || (kind === 'RELATED' && rules.substitutesSatisfy);
}

export interface Coverage {
  readonly kind: MatchKind;
  /** Credit before the experience factor. */
  readonly baseCredit: number;
}

/** True when coverage `a` is better than `b`: more credit, then the more direct kind. */
export function isBetterCoverage(a: Coverage, b: Coverage): boolean {
  if (a.baseCredit !== b.baseCredit) return a.baseCredit > b.baseCredit;
  return KIND_RANK[a.kind] < KIND_RANK[b.kind];
}

/**
 * How the candidate skill `candidateSkillId` covers the accepted skill `acceptedId`, or null when it
 * does not. Evidence flows from the specific to the broad: EXACT (same id; aliases are resolved
 * before ids exist) and NARROWER (a transitive descendant: Kubernetes shows "Container
 * technologies") earn full credit; RELATED (a direct substitute) earns its similarity, or full
 * credit when the posting accepts substitutes; BROADER (a transitive ancestor: "Software
 * development" for Python) earns nothing, and is reported only so the reader sees why. When a pair
 * qualifies in several ways, the best one counts. A skill that is not TECHNICAL (communication,
 * English, "Tools") covers no technical skill, however they are linked.
 */
export function coverageOf(
  taxonomy: MatchingTaxonomy,
  acceptedId: number,
  candidateSkillId: number,
  rules: CoverageRules = DEFAULT_COVERAGE_RULES,
): Coverage | null {
  if (acceptedId === candidateSkillId) return { kind: 'EXACT', baseCredit: 1 };
  // A soft skill, a spoken language or a CV heading on a profile is never evidence of a technical skill.
  if (taxonomy.byId(candidateSkillId)?.kind !== 'TECHNICAL' && taxonomy.byId(acceptedId)?.kind === 'TECHNICAL')
    return null;
  if (taxonomy.descendants(acceptedId).has(candidateSkillId)) return { kind: 'NARROWER', baseCredit: 1 };
  let best: Coverage | null = null;
  for (const rel of taxonomy.related(acceptedId)) {
    if (rel.skillId === candidateSkillId) {
      const candidate: Coverage = { kind: 'RELATED', baseCredit: rules.substitutesSatisfy ? 1 : rel.similarity };
      if (best === null || isBetterCoverage(candidate, best)) best = candidate;
    }
  }
  if (taxonomy.ancestors(acceptedId).has(candidateSkillId)) {
    const candidate: Coverage = { kind: 'BROADER', baseCredit: BROADER_CREDIT };
    if (best === null || isBetterCoverage(candidate, best)) best = candidate;
  }
  return best;
}
