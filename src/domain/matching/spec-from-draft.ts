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
  const skills: CandidateSkillSpec[] = [];
  draft.skills.forEach((skill, i) => {
    const def = taxonomy.resolve(skill.name);
    if (def === undefined) unknownSkills.push({ name: skill.name, at: `skills[${i}].name` });
    else skills.push({ skillId: def.id, months: skill.months ?? null });
  });
  return { spec: candidateSpec(id, draft, skills), unknownSkills };
}

/**
 * candidateSpecFromDraft for a draft whose skill names are already resolved (`skillIds[i]` is the
 * id of `draft.skills[i]`), as the service has them when it stores the draft: the same spec, without
 * looking every name up a second time.
 */
export function candidateSpecFromResolved(
  id: string,
  draft: CandidateDraft,
  skillIds: readonly number[],
): CandidateSpec {
  return candidateSpec(
    id,
    draft,
    draft.skills.map((skill, i) => ({ skillId: skillIds[i], months: skill.months ?? null })),
  );
}

/**
 * The spec of resolved skills: sorted by skill id, a skill listed twice kept once with its larger
 * months (unknown months are the smallest).
 */
function candidateSpec(id: string, draft: CandidateDraft, skills: CandidateSkillSpec[]): CandidateSpec {
  sortBySkillId(skills);
  let kept = 0;
  for (const skill of skills) {
    const last = kept > 0 ? skills[kept - 1] : undefined;
    if (last === undefined || last.skillId !== skill.skillId) skills[kept++] = skill;
    else if (skill.months !== null && (last.months === null || skill.months > last.months)) skills[kept - 1] = skill;
  }
  skills.length = kept;
  return { id, skills, education: draft.education.map(({ level, status }) => ({ level, status })) };
}

/**
 * Sorts in place by skill id. A bulk write converts every draft it stores; on 100,000 generated
 * drafts (9.4 skills each) Array.prototype.sort with a comparator cost twice the whole conversion,
 * an insertion sort of these short lists next to nothing (micro-measured: ~160 ms for the unsorted
 * conversion, ~330 ms with sort(), ~200 ms with this). Long lists keep the O(n log n) sort.
 */
function sortBySkillId(skills: CandidateSkillSpec[]): void {
  if (skills.length > 32) {
    skills.sort((a, b) => a.skillId - b.skillId);
    return;
  }
  for (let i = 1; i < skills.length; i++) {
    const skill = skills[i];
    let j = i - 1;
    for (; j >= 0 && skills[j].skillId > skill.skillId; j--) skills[j + 1] = skills[j];
    skills[j + 1] = skill;
  }
}
