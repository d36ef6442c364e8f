import type { ImportWarning, RequirementDraft } from '../../domain/drafts';
import { testPattern } from './ascii-pattern';
import { findSkillMentions } from '../../domain/taxonomy/mentions';
import type { SkillDef } from '../../domain/taxonomy/skill-def';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import type { PlacedSkill } from './placed-skill';
import type { Importance, SkillCategory } from '../../domain/vocabulary';
import { alternativeSpans } from './alternatives';
import { withoutClassUmbrellas } from './class-umbrellas';
import { repairLostCpp } from './cpp-repair';
import { findDegrees } from './education';
import { findDurations } from './experience';
import { withPeopleSkills } from './people-skills';
import { fieldOfStudyEnd, refineMentions } from './refine-mentions';
import { withRoleSkills } from './role-nouns';
import { withSharedModifier } from './shared-modifier';
import { withoutWorkStages } from './work-stages';
import { findUnassessable } from './unassessable';
import { takeUnassessable } from './unassessable-group';
import { findTermCandidates, leftoverListItems } from './unknown-terms';
import { warning } from './warnings';
import { foldPunctuation } from './whitespace';

/** How many skills of a group a candidate needs: one, all, or a number. */
export type MatchRule = 'ONE' | 'ALL' | number;

/** What the lines around a requirement line say about it. */
export interface LineContext {
  readonly importance: Importance;
  /** A lead-in said "one or more of the following" (or similar) for this line. */
  readonly disjunctive: boolean;
  /** Months a lead-in asked for ("3+ years with one of the following:"). */
  readonly months: number | null;
  readonly matchRule: MatchRule;
  /** Words never reported as unknown terms (the company name). */
  readonly ignore: readonly string[];
}

export interface LineGroups {
  readonly groups: RequirementDraft[];
  readonly warnings: ImportWarning[];
  /** Technical-looking words of the line that name no known skill, for the caller to report. */
  readonly unknownTerms: string[];
  /** Every skill name and alias was plain list items: the line is a bare list ("Python, Go"). */
  readonly flatList: boolean;
}

const DISJUNCTIVE =
  /\b(?:one or more|one of|any of|at least one|either|some of|a number of|familiarity with one|proficien\w* in one)\b/iu;
const FLAT_GAP = /^\s*(?:[,/;&]\s*)?(?:(?:and\/or|or|and|&|as well as|plus)\s+)?$/iu;
/** A separator followed by a new lead-in: what follows is a requirement of its own. */
const CLAUSE_RESET =
  /(?:[,;]|\band\b|\bas well as\b|\bplus\b)\s+(?:(?:a |an |some |basic |good |solid |strong |working )?(?:familiarity|knowledge|understanding|exposure|proficiency|experience|background|ability)\b)/iu;
const OR_GAP = /\bor\b|^\s*\/\s*$/iu;
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/** The match rule a line states: "all of" / "each of" / "both" / "two or more" / "at least 2 of". */
export function matchRuleOf(text: string): MatchRule {
  const t = text.toLowerCase();
  if (/\b(?:all|each) of (?:the following|these|them)\b|\ball of\b/u.test(t)) return 'ALL';
  if (/\bboth\b/u.test(t)) return 2;
  const counted = /\b(?:at least |minimum of |)(two|three|four|2|3|4)\s*(?:\+|or more)?\s*(?:of|from)\b/u.exec(t);
  if (counted) return { two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4 }[counted[1]] ?? 'ONE';
  return 'ONE';
}

/** Whether a line offers alternatives ("one or more of", "any of", "either"). */
export function isDisjunctive(text: string): boolean {
  return DISJUNCTIVE.test(text);
}

/**
 * Turns one requirement line into requirement groups. Skills are the taxonomy's mentions
 * (after restoring a lost "C++"), plus technical-looking words that resolve exactly; the
 * rest are returned as unknown terms. Alternatives (a list under "one or more of", or joined
 * by "or"/"/") stay one group whatever their categories; other skills are grouped by category,
 * so a line naming devops tools and databases becomes two groups with the same label. Each
 * skill takes the experience duration written before it (or the line's only one, or the
 * lead-in's), and skills with different durations go to different groups.
 */
export function groupsFromLine(taxonomy: Taxonomy, text: string, label: string, ctx: LineContext): LineGroups {
  const warnings: ImportWarning[] = [];
  const unknownTerms: string[] = [];
  const repair = repairLostCpp(text);
  // A web or mail address names no skill ("https://…" is not HTTPS, "tvo.org" no unknown term): blanked, offsets kept.
  const line = repair.text.replace(ADDRESS, (address) => ' '.repeat(address.length));
  if (repair.repaired) {
    warnings.push(
      warning(
        'CPP_REPAIRED',
        'a language list named a bare C twice ("C , C" or "C/C"): one was read as C++, whose "++" was lost in pasting',
        label,
      ),
    );
  }
  const raw = findSkillMentions(taxonomy, line);
  const mentioned = withSharedModifier(taxonomy, line, raw, refineMentions(taxonomy, line, raw));
  const found = withRoleSkills(taxonomy, line, withPeopleSkills(taxonomy, line, mentioned));
  // A degree's field of study ("Bachelor's in Electrical Engineering") is neither a skill nor an unknown term.
  const degrees = findDegrees(line);
  const field: [number, number][] =
    degrees.length === 0 ? [] : [[degrees[0].start, fieldOfStudyEnd(line, degrees[degrees.length - 1].start)]];
  // "Communication skills", "authorized to work in the US": no skill, and no unknown term either.
  const phrases = findUnassessable(line);
  const covered = (): [number, number][] => [
    ...found.map((f): [number, number] => [f.start, f.end]),
    ...field,
    ...phrases.map((p): [number, number] => [p.start, p.end]),
  ];
  const candidates = [...findTermCandidates(line, covered(), ctx.ignore)];
  for (const item of leftoverListItems(line, covered())) {
    if (!candidates.some((c) => c.start <= item.start && item.start < c.end)) candidates.push(item);
  }
  for (const term of candidates.sort((a, b) => a.start - b.start)) {
    if (found.some((f) => f.start < term.end && f.end > term.start)) continue;
    const skill = taxonomy.resolve(term.text);
    if (skill !== undefined) {
      found.push({ skill, start: term.start, end: term.end });
      continue;
    }
    unknownTerms.push(term.text);
  }
  found.sort((a, b) => a.start - b.start);
  const cleanLabel = label.replace(/\s*:\s*$/u, '').trim();
  const split = takeUnassessable(
    taxonomy,
    phrases,
    withoutWorkStages(line, withoutClassUmbrellas(taxonomy, found)).filter(
      (f, i, all) => all.findIndex((g) => g.skill.id === f.skill.id) === i,
    ),
    ctx.importance,
    cleanLabel,
  );
  warnings.push(...split.warnings);
  const unique = split.rest;
  if (unique.length === 0)
    return { groups: split.group === null ? [] : [split.group], warnings, unknownTerms, flatList: false };

  // A duration qualifies the skills of its own sentence: "2+ years of Java. Familiarity with Spring" gives Spring none.
  const durations = findDurations(line, (position) => unique.some((f) => f.start === position));
  const sentenceOf = sentenceIndexer(line);
  const monthsFor = (f: PlacedSkill): number | null => {
    // "3+ years of Java, and familiarity with Docker": a new lead-in between a duration and a skill ends its reach.
    const reaches = (d: { start: number; end: number }): boolean =>
      !testPattern(CLAUSE_RESET, d.start < f.start ? line.slice(d.end, f.start) : line.slice(f.end, d.start));
    const same = durations.filter(
      (d) =>
        sentenceOf(d.start) === sentenceOf(f.start) && (d.boundTo === undefined || d.boundTo === f.start) && reaches(d),
    );
    const before = same.filter((d) => d.start < f.start);
    if (before.length > 0) return before[before.length - 1].months;
    if (same.length > 0) return same[0].months;
    return ctx.months;
  };

  // Runs of skills separated only by commas / "and" / "or": a list. A list the line offers as
  // alternatives ("…; Container technologies; Internet Services; and/or Managed Services") is one
  // run whatever words stand between its items.
  const spans = alternativeSpans(line);
  const spanOf = (f: PlacedSkill): number => spans.findIndex((s) => s.start <= f.start && f.start < s.end);
  const runs: PlacedSkill[][] = [];
  const anyOf = new Set<PlacedSkill[]>();
  for (const f of unique) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    const span = spanOf(f);
    const sameSpan = prev !== undefined && span >= 0 && spanOf(prev) === span;
    if (
      sameSpan ||
      (prev !== undefined &&
        prev.end <= f.start &&
        spanOf(prev) < 0 &&
        span < 0 &&
        FLAT_GAP.test(foldPunctuation(line.slice(prev.end, f.start))))
    )
      run.push(f);
    else runs.push([f]);
    if (span >= 0) anyOf.add(runs[runs.length - 1]);
  }
  const leftover = stripCovered(line, unique)
    .replace(/[^A-Za-z]+/gu, ' ')
    .trim();
  const flatList = leftover === '' || /^(?:(?:and|or|etc|e g|i e|such as|including|like|plus)\s*)*$/iu.test(leftover);
  // A lead-in's "one or more of the following" makes a bare list one set of alternatives; a
  // sentence under it ("knowledge of servers and databases") still asks for each thing it names.
  const lineDisjunctive = (ctx.disjunctive && flatList) || DISJUNCTIVE.test(line);
  type Bucket = { category: SkillCategory; months: number | null; skills: SkillDef[] };
  const buckets: Bucket[] = [];
  const add = (category: SkillCategory, months: number | null, skills: readonly SkillDef[]): void => {
    const bucket = buckets.find((b) => b.category === category && b.months === months);
    if (bucket === undefined) buckets.push({ category, months, skills: [...skills] });
    else for (const s of skills) if (!bucket.skills.some((k) => k.id === s.id)) bucket.skills.push(s);
  };
  for (const run of runs) {
    const gaps = run.slice(1).map((f, k) => line.slice(run[k].end, f.start));
    const alternatives = run.length > 1 && (anyOf.has(run) || lineDisjunctive || gaps.some((g) => OR_GAP.test(g)));
    if (alternatives) {
      // Split only where the duration changes: "2+ years of Java or 1+ year of Go" stays two groups.
      const byMonths = new Map<number | null, PlacedSkill[]>();
      for (const f of run) byMonths.set(monthsFor(f), [...(byMonths.get(monthsFor(f)) ?? []), f]);
      for (const [months, members] of byMonths)
        add(
          dominantCategory(members.map((m) => m.skill)),
          months,
          members.map((m) => m.skill),
        );
    } else {
      for (const f of run) add(f.skill.category, monthsFor(f), [f.skill]);
    }
  }

  const groups = buckets.map((b): RequirementDraft => {
    const rule = ctx.matchRule === 'ONE' ? matchRuleOf(line) : ctx.matchRule;
    const minMatches = rule === 'ALL' ? b.skills.length : rule === 'ONE' ? 1 : Math.min(rule, b.skills.length);
    return {
      importance: ctx.importance,
      category: b.category,
      label: cleanLabel,
      skills: b.skills.map((s) => s.name),
      minMatches: Math.max(1, minMatches),
      minMonths: b.months,
      weight: 1,
    };
  });
  if (split.group !== null) groups.push(split.group);
  return { groups, warnings, unknownTerms, flatList };
}

/** The category most of the skills share; ties go to the first skill's category. */
export function dominantCategory(skills: readonly SkillDef[]): SkillCategory {
  const counts = new Map<SkillCategory, number>();
  for (const s of skills) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
  let best = skills[0].category;
  for (const [category, count] of counts) if (count > (counts.get(best) ?? 0)) best = category;
  return best;
}

/** Maps a position to the index of its sentence (sentences end at ".", "!" or "?" before a capital). */
function sentenceIndexer(text: string): (position: number) => number {
  const ends: number[] = [];
  const END = /[.!?](?=\s+[A-Z])/gu;
  for (let m = END.exec(text); m !== null; m = END.exec(text)) ends.push(m.index);
  return (position) => ends.filter((e) => e < position).length;
}

function stripCovered(text: string, found: readonly PlacedSkill[]): string {
  let out = '';
  let at = 0;
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += `${text.slice(at, f.start)} `;
    at = f.end;
  }
  return out + text.slice(at);
}
