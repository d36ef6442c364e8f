import type { SkillDef } from '../../domain/taxonomy/skill-def';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import type { PlacedSkill } from './placed-skill';

/** What a role noun's holder practises, as the taxonomy spells practices: "analyst" -> "... analysis". */
const PRACTICE_OF: Readonly<Record<string, readonly string[]>> = {
  engineer: ['development', 'engineering', ''],
  developer: ['development', ''],
  programmer: ['development', 'programming', ''],
  analyst: ['analysis', 'analytics', ''],
  designer: ['design', ''],
  architect: ['architecture'],
  administrator: ['administration'],
  scientist: ['science'],
  tester: ['testing'],
  manager: ['management'],
};

// Sticky: a role is read only where the list says it stands, so a text full of "as a" stays linear.
const ROLE =
  /\b((?:[\w+#./-]+\s+){0,3}?)(engineer|developer|programmer|analyst|designer|architect|administrator|scientist|tester|manager)s?\b/iuy;
/** "Experience as a software engineer, network engineer, or DevOps engineer": the roles a line names. */
const AS_A = /(?<!\bsuch\s)\bas\s+an?\s+/giu;
const LIST_GAP = /^\s*(?:,\s*)?(?:(?:or|and|and\/or)\s+)?(?:an?\s+)?$/iu;

/**
 * Adds the skills a line asks for by naming a role ("experience as a software developer", "as a
 * Developer or Business Analyst", "training as a network engineer"): each role noun after "as a",
 * and the roles listed after it, stand for the practice of the role, spelled as the taxonomy does
 * (software engineer -> Software engineering, business analyst -> Business analysis, UX designer
 * -> UX design); a bare "developer" or "programmer" is software development. A role whose words are
 * already a skill of the line (DevOps engineer -> DevOps) adds nothing.
 */
export function withRoleSkills(taxonomy: Taxonomy, line: string, found: readonly PlacedSkill[]): PlacedSkill[] {
  const out = [...found];
  const ids = new Set(found.map((f) => f.skill.id));
  // Where the line's skills already stand, so a role over one of them ("DevOps engineer") adds nothing.
  const covered = new Uint8Array(line.length);
  for (const f of found) covered.fill(1, f.start, f.end);
  for (const as of line.matchAll(AS_A)) {
    let at = as.index + as[0].length;
    ROLE.lastIndex = at;
    for (let role = ROLE.exec(line); role !== null && role.index === at; role = ROLE.exec(line)) {
      const end = role.index + role[0].length;
      if (!covered.subarray(role.index, end).includes(1)) {
        const skill = practiceOf(taxonomy, role[1].trim(), role[2].toLowerCase());
        if (skill !== undefined && !ids.has(skill.id)) {
          ids.add(skill.id);
          out.push({ skill, start: role.index, end });
        }
      }
      const gap = /^[\s,]*(?:(?:or|and|and\/or)\s+)?(?:an?\s+)?/iu.exec(line.slice(end, end + 24))?.[0] ?? '';
      if (gap === '' || !LIST_GAP.test(gap)) break;
      at = end + gap.length;
      ROLE.lastIndex = at;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function practiceOf(taxonomy: Taxonomy, field: string, role: string): SkillDef | undefined {
  if (field === '')
    return role === 'developer' || role === 'programmer' ? taxonomy.resolve('Software development') : undefined;
  for (const practice of PRACTICE_OF[role] ?? []) {
    const skill = taxonomy.resolve(`${field} ${practice}`.trim());
    if (skill !== undefined) return skill;
  }
  return undefined;
}
