import { findDegrees } from './education';
import type { SkillMention } from '../../domain/taxonomy/mentions';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import type { PlacedSkill } from './placed-skill';
import { endsProperName } from './proper-names';

/**
 * Adjusts raw mentions to how requirement lines are written: a lower-case generic word right
 * before another skill is its modifier ("cloud data warehouse" asks for data warehousing, not
 * cloud computing); the field of study of a degree ("Bachelor's in Statistics") is not a skill;
 * and an elided noun is restored ("manual or automated testing" also names manual testing).
 */
export function refineMentions(taxonomy: Taxonomy, line: string, mentions: readonly SkillMention[]): PlacedSkill[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const degree = findDegrees(line);
  const fieldEnd = degree.length === 0 ? -1 : fieldOfStudyEnd(line, degree[degree.length - 1].start);
  const kept: PlacedSkill[] = [];
  sorted.forEach((m, i) => {
    const next = sorted[i + 1];
    // A product's or method's own one-word name typed in lower case ("git revision control", "agile product
    // management") still names it; a generic alias ("cloud", "data") is what describes the next skill.
    // A field's name ("marketing design", category OTHER) still describes.
    const ownName =
      m.text.toLowerCase() === m.skill.name.toLowerCase() &&
      /^\p{Lu}[\p{Ll}\d]*$/u.test(m.skill.name) &&
      m.skill.category !== 'OTHER';
    const lowerWord = /^[a-z]+$/u.test(m.text) && !ownName;
    const gap = next === undefined ? '' : line.slice(m.end, next.start);
    // "cloud data warehouse", "programming in C++", "server-side rendering": a word describing something else.
    const modifier =
      lowerWord &&
      ((next !== undefined && (gap === ' ' || /^ (?:in|with|using) $/u.test(gap))) ||
        /^-[a-z]/u.test(line.slice(m.end, m.end + 2)));
    const inDegreeField = degree.length > 0 && m.start > degree[0].start && m.start < fieldEnd;
    if (!modifier && !inDegreeField && !endsProperName(line, m, sorted))
      kept.push({ skill: m.skill, start: m.start, end: m.end });
  });
  for (const m of sorted) {
    const words = m.text.split(/\s+/u);
    if (words.length < 2) continue;
    const before = /([A-Za-z][\w-]*)\s*(?:,|\band\s*\/\s*or\b|\bor\b|\band\b|\/|&)\s*$/u.exec(
      line.slice(Math.max(0, m.start - 40), m.start),
    );
    if (before === null) continue;
    const start = m.start - before[0].length;
    // The word must be free: in "Windows Server and Linux administration", "Server" belongs to Windows Server.
    if (sorted.some((o) => o !== m && o.start < start + before[1].length && o.end > start)) continue;
    const skill = taxonomy.resolve(`${before[1]} ${words[words.length - 1]}`);
    if (skill !== undefined && !kept.some((k) => k.skill.id === skill.id))
      kept.push({ skill, start, end: start + before[1].length });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Where the field of study after a degree ends: at "experience", "with", "and N years" or the clause end. */
export function fieldOfStudyEnd(line: string, degreeStart: number): number {
  const rest = line.slice(degreeStart);
  const stop = /\b(?:experience|with|knowledge|proficien\w*|familiar\w*|skills?|plus|and \d)\b|[;.](?:\s|$)/iu.exec(
    rest,
  );
  return stop === null ? line.length : degreeStart + stop.index;
}
