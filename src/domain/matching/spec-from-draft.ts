import type { SkillDef } from '../taxonomy/skill-def';
import type { CandidateDraft, PostingDraft } from '../drafts';
import type { CandidateSkillSpec, CandidateSpec, PostingSpec, RequirementSpec } from './profiles';

/** The taxonomy lookup the conversion needs: a Taxonomy, or a cache in front of one. */
export interface SkillResolver {
  resolve(name: string): SkillDef | undefined;
}

/** A skill name the taxonomy does not know, and where the draft names it (`requirements[0].skills[2]`). */
export interface UnknownSkill {
  readonly name: string;
  readonly at: string;
}

export interface Converted<T> {
  readonly spec: T;
  /** Skill names the taxonomy does not know: left out of the spec, never guessed; the caller refuses or reports them. */
  readonly unknownSkills: readonly UnknownSkill[];
}

/**
 * A posting draft as the matcher sees it, the one conversion the service's preview, the command
 * line and the benchmarks share: skill names resolved to ids (aliases included), a skill named twice
 * in a group ("Go", "golang") counted once where it is first named, groups numbered `<id>-r<n>`
 * unless the caller numbers them, and the posting's own scoring weights kept.
 */
export function postingSpecFromDraft(
  taxonomy: SkillResolver,
  id: string,
  draft: PostingDraft,
  groupId: (index: number) => string = (i) => `${id}-r${i + 1}`,
): Converted<PostingSpec> {
  const unknownSkills: UnknownSkill[] = [];
  const requirements: RequirementSpec[] = draft.requirements.map((group, i) => {
    const skillIds: number[] = [];
    group.skills.forEach((name, j) => {
      const def = taxonomy.resolve(name);
      if (def === undefined) unknownSkills.push({ name, at: `requirements[${i}].skills[${j}]` });
      else if (!skillIds.includes(def.id)) skillIds.push(def.id);
    });
    return {
      id: groupId(i),
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
    spec: {
      id,
      employmentType: draft.employmentType,
      requirements,
      education: draft.education,
      scoring: draft.scoring ?? null,
    },
    unknownSkills,
  };
}

/**
 * A candidate draft as the matcher sees it, exactly as the service reads a stored one back: skills
 * resolved through the taxonomy and listed by skill id (the order the database returns them in), a
 * skill named twice (an alias and its name) counted once with its larger months; name, email and
 * the rest dropped, since personal attributes are never score inputs (nor is the level).
 */
export function candidateSpecFromDraft(
  taxonomy: SkillResolver,
  id: string,
  draft: CandidateDraft,
): Converted<CandidateSpec> {
  const unknownSkills: UnknownSkill[] = [];
  const byId = new Map<number, CandidateSkillSpec>();
  draft.skills.forEach((skill, i) => {
    const def = taxonomy.resolve(skill.name);
    if (def === undefined) {
      unknownSkills.push({ name: skill.name, at: `skills[${i}].name` });
      return;
    }
    const months = skill.months ?? null;
    const previous = byId.get(def.id);
    if (previous === undefined || (months !== null && (previous.months === null || months > previous.months))) {
      byId.set(def.id, { skillId: def.id, months });
    }
  });
  return {
    spec: {
      id,
      skills: [...byId.values()].sort((a, b) => a.skillId - b.skillId),
      education: draft.education.map(({ level, status }) => ({ level, status })),
    },
    unknownSkills,
  };
}
