import type { SkillDef } from '../../domain/taxonomy/skill-def';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import type { SkillCategory } from '../../domain/vocabulary';
import type { PlacedSkill } from './placed-skill';

/**
 * Categories whose top skill names a class of things, not something a person does: "a programming
 * language such as Go", "Windows or Linux operating systems". Practices named beside examples
 * ("version control such as Git", "cloud providers such as AWS") are asked for themselves and stay.
 */
const CLASS_CATEGORIES: ReadonlySet<SkillCategory> = new Set<SkillCategory>(['LANGUAGE', 'OS']);

/**
 * Drops the class noun of a line that also names members of the class: "experience with a
 * programming language such as PHP, Go or Python" asks for one of those languages, and "Linux or
 * other Unix based operating systems" for Linux or Unix; the class itself adds nothing to match.
 * A class is named by a plural noun and is the top skill of its category (Programming languages,
 * Operating systems), never a member that has members of its own (JavaScript, Linux, CSS).
 */
export function withoutClassUmbrellas(taxonomy: Taxonomy, found: readonly PlacedSkill[]): PlacedSkill[] {
  const isClass = (skill: SkillDef): boolean =>
    CLASS_CATEGORIES.has(skill.category) &&
    /[a-z]s$/u.test(skill.name) &&
    ![...taxonomy.ancestors(skill.id)].some((id) => taxonomy.byId(id)?.category === skill.category);
  return found.filter(
    (f) =>
      !isClass(f.skill) ||
      !found.some((g) => g.skill.id !== f.skill.id && taxonomy.ancestors(g.skill.id).has(f.skill.id)),
  );
}
