import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import type { PlacedSkill } from './placed-skill';

/** Objects of "lead" / "manage" that are people: a team, reports, staff, or a plural role. */
const PEOPLE =
  /(?:teams?|people|staff|employees|(?:direct\s+)?reports?|engineers|developers|designers|analysts|researchers|recruiters)/u
    .source;

/** "(and grow) a small platform team", "the engineers": the people a verb of leading or managing takes. */
const PEOPLE_OBJECT = `(?:and\\s+[a-z]+\\s+)?(?:(?:a|an|the|our|your|their)\\s+)?(?:[\\w-]+\\s+){0,3}?${PEOPLE}\\b(?![\\s-]*building)`;

/**
 * Everyday wordings of people skills the taxonomy names (as soft skills) but no alias can spell,
 * because the words vary inside the phrase: "managed a support team", "hire a team", "managing a
 * direct report" (team management); "leading a team of designers", "build and lead a
 * high-performing engineering team", "lead a cross-functional team", "a team lead" (leadership); "know how to
 * prioritize", "prioritize tasks", "managing your time", "meet tight deadlines"; "mentor new developers",
 * "providing guidance to team members".
 */
const WORDINGS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  {
    // Managing, supervising or hiring people is management; leading them is leadership (below),
    // as the corpus's soft-skill convention reads "lead a team".
    name: 'Team management',
    pattern: new RegExp(`\\b(?:manag|supervis|hir)(?:e|es|ed|ing)\\s+${PEOPLE_OBJECT}`, 'giu'),
  },
  {
    name: 'Leadership',
    pattern: new RegExp(`\\b(?:lead(?:s|ing)?|led)\\s+${PEOPLE_OBJECT}|\\bteam\\s+lead(?:er)?s?\\b`, 'giu'),
  },
  {
    name: 'Mentoring',
    pattern: new RegExp(
      `\\b(?:mentor(?:s|ed|ing)?|coach(?:es|ed|ing)?|(?:provid(?:e|es|ing)|giv(?:e|es|ing))\\s+guidance\\s+to)\\s+(?:and\\s+[a-z]+\\s+)?(?:(?:new|junior|other|less\\s+experienced|fellow)\\s+(?:(?:and|or|&)\\s+[a-z]+\\s+)?)?(?:${PEOPLE}|team\\s*members|teammates|colleagues|others|juniors)\\b`,
      'giu',
    ),
  },
  {
    name: 'Time management',
    pattern:
      /\b(?:manag(?:e|es|ing)\s+(?:(?:your|their|one's|one’s)\s+)?(?:own\s+)?time\b|(?:know(?:s|ing)?\s+how|ability|able)\s+to\s+prioriti[sz]e|prioriti[sz](?:e|es|ing)\s+(?:multiple|competing|several|tasks|work|workloads?|requests)\b|(?:meet|meeting|manage|managing|handle|handling|maintain|maintaining|work\s+to|working\s+to|work\s+under|deliver(?:ing)?\s+(?:against|on|to))\s+(?:(?:tight|strict|short|multiple|competing)\s+)?(?:priorities\s+and\s+)?deadlines|organi[sz]e\s+(?:and\s+[a-z]+\s+)?(?:(?:your|their|own)\s+)?work\b|juggl(?:e|es|ing)\s+(?:multiple|several|many|competing|different)\s+(?:projects|priorities|tasks|deadlines)|balanc(?:e|es|ing)\s+(?:(?:multiple|several|many|competing|changing|shifting)\s+){1,2}(?:projects|priorities|tasks)|(?:balance|manage|managing)\s+and\s+prioriti[sz]e|owning\s+(?:\w+\s+)?deadlines|(?:manag|handl)(?:e|es|ing)\s+(?:and\s+[a-z]+\s+(?:on\s+)?)?(?:multiple|several|many|competing)\s+(?:projects|tasks|priorities|workstreams)|manag(?:e|es|ing)\s+(?:your|their)\s+own\s+workload|allocat(?:e|es|ing)\s+(?:your|their)\s+time)/giu,
  },
];

/**
 * Adds to a requirement line's skills the people skills its wording names (see WORDINGS); a
 * skill already found where the wording stands is not added twice. The taxonomy calls these soft
 * skills, so the caller records them as not assessable, as it does for their aliases.
 */
export function withPeopleSkills(taxonomy: Taxonomy, line: string, found: readonly PlacedSkill[]): PlacedSkill[] {
  const out = [...found];
  const ids = new Set(found.map((f) => f.skill.id));
  for (const { name, pattern } of WORDINGS) {
    const skill = taxonomy.resolve(name);
    if (skill === undefined || ids.has(skill.id)) continue;
    // One place is enough: the line asks for the skill once.
    for (const m of line.matchAll(pattern)) {
      ids.add(skill.id);
      out.push({ skill, start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
