import type { SkillDef } from '../taxonomy/skill-def';
import type { CandidateDraft, PostingDraft } from '../drafts';
import type { CandidateSkillSpec, CandidateSpec, PostingSpec, RequirementSpec } from './profiles';

/** The taxonomy lookup the conversion needs. */
export interface SkillResolver {
  resolve(name: string): SkillDef | undefined;
}

export interface Converted<T> {
  readonly spec: T;
  /** Skill names the taxonomy does not know (left out of the spec, never guessed). */
  readonly unknownSkills: readonly string[];
}

/**
 * A posting draft as the matcher sees it: skill names resolved to ids (aliases included), groups
 * numbered `<postingId>-r<n>` in draft order. For in-process uses (seed checks, benchmarks); the
 * service stores its own ids.
 */
export function postingSpecFromDraft(taxonomy: SkillResolver, id: string, draft: PostingDraft): Converted<PostingSpec> {
  const unknownSkills: string[] = [];
  const requirements: RequirementSpec[] = draft.requirements.map((group, i) => {
    const skillIds: number[] = [];
    for (const name of group.skills) {
      const def = taxonomy.resolve(name);
      if (def === undefined) unknownSkills.push(name);
      else if (!skillIds.includes(def.id)) skillIds.push(def.id);
    }
    return {
      id: `${id}-r${i + 1}`,
      importance: group.importance,
      category: group.category,
      label: group.label,
      skillIds,
      minMatches: group.minMatches,
      minMonths: group.minMonths,
      weight: group.weight,
      ...(group.assessable === false ? { assessable: false } : {}),
    };
  });
  return {
    spec: { id, employmentType: draft.employmentType, requirements, education: draft.education, scoring: null },
    unknownSkills,
  };
}

/** A candidate draft as the matcher sees it: skills resolved to ids; name, email and the rest dropped. */
export function candidateSpecFromDraft(
  taxonomy: SkillResolver,
  id: string,
  draft: CandidateDraft,
): Converted<CandidateSpec> {
  const unknownSkills: string[] = [];
  const skills: CandidateSkillSpec[] = [];
  for (const skill of draft.skills) {
    const def = taxonomy.resolve(skill.name);
    if (def === undefined) unknownSkills.push(skill.name);
    else skills.push({ skillId: def.id, months: skill.months });
  }
  return {
    spec: { id, skills, education: draft.education.map(({ level, status }) => ({ level, status })) },
    unknownSkills,
  };
}
