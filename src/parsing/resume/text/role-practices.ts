import type { SkillDef } from '../../../domain/taxonomy/skill-def';
import type { Taxonomy } from '../../../domain/taxonomy/taxonomy';

// A role noun and the practice nouns it is the doer of: a "Software Engineer" does software
// engineering, a "Web Developer" web development, a "Data Analyst" data analysis, a "Product
// Manager" product management, a "UX Designer" UX design, a "Software Architect" software architecture,
// a "Database Administrator" database administration.
const PRACTICE_NOUNS: Readonly<Record<string, readonly string[]>> = {
  engineer: ['engineering', 'development'],
  developer: ['development'],
  programmer: ['programming', 'development'],
  scientist: ['science'],
  analyst: ['analysis'],
  manager: ['management'],
  coordinator: ['coordination'],
  designer: ['design'],
  architect: ['architecture'],
  tester: ['testing'],
  administrator: ['administration'],
};

// Up to three words before the role noun: "Site Reliability Engineer", "Senior Software Engineer".
// Singular only: "worked with product managers and UX designers" names colleagues, not the person's role.
const ROLE = new RegExp(
  `((?:[\\p{L}][\\p{L}.+#-]*\\s+){1,3})(${Object.keys(PRACTICE_NOUNS).join('|')})(?![\\p{L}\\d])`,
  'giu',
);

/**
 * The practices a role named in text is the doer of: "Software Engineer" is Software development
 * (by its alias "Software engineering"), "Mobile Developer" Mobile development, "Data Analyst"
 * Data analysis. A job title names the practice its holder spent the job doing, so it earns the
 * job's months as any skill named in the job does (the corpus README's label rule). Only an
 * exact taxonomy name or alias of "<words> <practice noun>" counts, the longest first: "Senior
 * Java Developer" names no practice unless the taxonomy has "Java development".
 */
export function rolePractices(taxonomy: Taxonomy, text: string): SkillDef[] {
  const found: SkillDef[] = [];
  ROLE.lastIndex = 0;
  for (let m = ROLE.exec(text); m !== null; m = ROLE.exec(text)) {
    if (m.index > 0 && /[\p{L}\d]/u.test(text[m.index - 1])) continue;
    const words = m[1].trim().split(/\s+/u);
    const nouns = PRACTICE_NOUNS[m[2].toLowerCase()];
    let def: SkillDef | undefined;
    for (let n = words.length; n >= 1 && def === undefined; n--) {
      const stem = words.slice(words.length - n).join(' ');
      for (const noun of nouns) {
        def ??= taxonomy.resolve(`${stem} ${noun}`);
      }
    }
    if (def !== undefined && !found.includes(def)) found.push(def);
  }
  return found;
}

// A role noun that names its practice by itself, whatever words come before it: a "Senior DevOps
// Consultant" consults, an "Adjunct Lecturer" teaches.
const BARE_ROLES: Readonly<Record<string, string>> = {
  consultant: 'consulting',
  lecturer: 'teaching',
  teacher: 'teaching',
  instructor: 'teaching',
  recruiter: 'recruiting',
};
const BARE_ROLE = new RegExp(`(?<![\\p{L}\\d])(${Object.keys(BARE_ROLES).join('|')})(?![\\p{L}\\d])`, 'giu');

// "Developer", "Senior Developer", "Principal Engineer": a developer named by seniority alone does
// software development. A bare "Engineer" may be any engineer; with a seniority word before it, in
// a job title of a software résumé, it is read as the software one (the public corpus README's
// label rule). "Java Developer" names Java and no practice (the generated corpus's rule).
const MAKER = /(?<![\p{L}\d])((?:[\p{L}][\p{L}.-]*\s+){0,3})(developer|programmer|engineer)(?![\p{L}\d])/giu;
const SENIORITY = new Set(['senior', 'sr', 'sr.', 'junior', 'jr', 'jr.', 'lead', 'principal', 'staff', 'chief']);

function makerPractice(taxonomy: Taxonomy, title: string): SkillDef | undefined {
  for (const m of title.matchAll(MAKER)) {
    const words = m[1].split(/\s+/u).filter((w) => w !== '');
    if (!words.every((w) => SENIORITY.has(w.toLowerCase()))) continue;
    if (m[2].toLowerCase() !== 'engineer' || words.length > 0) return taxonomy.resolve('software development');
  }
  return undefined;
}

/**
 * The practices a job title's role noun names by itself ("IT Consultant for IBM XPages" is
 * Consulting, "Lecturer" Teaching, "Senior Developer" Software development): read in a title, where the role is the person's own, not in a
 * sentence ("advised by a consultant").
 */
export function titleRolePractices(taxonomy: Taxonomy, title: string): SkillDef[] {
  const found: SkillDef[] = [];
  // "Senior Data Engineer (Consultant to SageSure)": a role in brackets says how the person was
  // engaged, beside the role the title names.
  for (const m of title.replace(/\([^()]*\)/gu, ' ').matchAll(BARE_ROLE)) {
    const def = taxonomy.resolve(BARE_ROLES[m[1].toLowerCase()]);
    if (def !== undefined && !found.includes(def)) found.push(def);
  }
  const maker = makerPractice(taxonomy, title);
  if (maker !== undefined && !found.includes(maker)) found.push(maker);
  return found;
}
