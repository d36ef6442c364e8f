import type { ImportWarning } from '../../../domain/drafts';
import { findSkillMentions, type SkillMention } from '../../../domain/taxonomy/mentions';
import type { SkillDef } from '../../../domain/taxonomy/skill-def';
import type { Taxonomy } from '../../../domain/taxonomy/taxonomy';
import type { DayInterval } from '../day-intervals';
import { isBareEverydayWord, type MentionPlace } from './everyday-words';
import { isFillerText } from './filler-text';
import { SOFT_SKILL_SLUGS, SPOKEN_LANGUAGE_SLUGS } from './personal-vocabulary';
import type { Provenance, ResumeTextWarningCode } from './resume-text-parse';
import { isLetterOfAName } from './lettered-names';
import { rolePractices, titleRolePractices } from './role-practices';
import { withoutRowLabel } from './row-label';
import { isGroupLabel } from './section-headings';
import { sharedHeadSkills } from './shared-head';
import { namesSomeoneElse } from './someone-else';
import { verbPractices } from './verb-practices';

/** What the parser has gathered of one skill so far. */
export interface SkillAcc {
  readonly def: SkillDef;
  readonly intervals: DayInterval[];
  readonly foundAt: Provenance[];
}

/** The state of one parse: the taxonomy, the skills, languages and soft skills found, the warnings. */
export interface TextParseContext {
  readonly taxonomy: Taxonomy;
  readonly skills: Map<number, SkillAcc>;
  readonly spoken: Map<string, string>;
  readonly soft: Map<string, string>;
  readonly warnings: ImportWarning[];
}

/** "Label: rest" on one line: a short label (a letter, then up to 40 letters, spaces, `&`, `/` or `-`) before a colon. */
export const INLINE_LABEL = /^([\p{L}][\p{L}&/ -]{1,40}?)\s*[:：]\s*(.+)$/u;

/** A link: it names a site, not a skill ("github.com/name/repo" is no GitHub, "http://…" no HTTP). */
const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|me|dev|edu)\/\S*/giu;

/** Records a warning about a line of the document (null: about the document as a whole). */
export function warn(ctx: TextParseContext, code: ResumeTextWarningCode, line: number | null, message: string): void {
  ctx.warnings.push({ code, message, at: line === null ? 'document' : `line ${line}` });
}

/**
 * Records a skill found at `at`, with the interval of its entry when it has one. Soft skills and
 * spoken languages the taxonomy knows (by slug or by kind) go to their own lists.
 */
export function addSkill(ctx: TextParseContext, def: SkillDef, at: Provenance, interval: DayInterval | null): void {
  if (SOFT_SKILL_SLUGS.has(def.slug) || def.kind === 'SOFT_SKILL') {
    ctx.soft.set(def.name.toLowerCase(), def.name);
    return;
  }
  if (SPOKEN_LANGUAGE_SLUGS.has(def.slug) || def.kind === 'SPOKEN_LANGUAGE') {
    ctx.spoken.set(def.name.toLowerCase(), def.name);
    return;
  }
  let acc = ctx.skills.get(def.id);
  if (acc === undefined) {
    acc = { def, intervals: [], foundAt: [] };
    ctx.skills.set(def.id, acc);
  }
  if (interval !== null) acc.intervals.push(interval);
  if (!acc.foundAt.some((p) => p.line === at.line)) acc.foundAt.push(at);
}

/**
 * Skills named in running text: a job's title and bullets, a summary, the headline; a role names
 * its practice ("Software Engineer": Software development). Group labels before a colon are cut,
 * a skill that names someone else (an employer, colleagues, users) is no claim, and neither is an
 * everyday word in a sentence (`place` "prose": "an app for marketing") nor a template's Latin filler.
 */
export function mentionsIn(
  ctx: TextParseContext,
  text: string,
  at: Provenance,
  interval: DayInterval | null,
  place: MentionPlace = 'prose',
): void {
  if (isFillerText(text)) return;
  const labelled = INLINE_LABEL.exec(text);
  const unlabelled = labelled !== null && isGroupLabel(labelled[1]) ? labelled[2] : withoutRowLabel(ctx.taxonomy, text);
  const body = unlabelled.replace(LINK, ' ');
  const claimed: SkillMention[] = [];
  for (const mention of findSkillMentions(ctx.taxonomy, body)) {
    if (isGroupLabel(mention.text) && body.trim() === mention.text) continue;
    if (namesSomeoneElse(body, mention) || isBareEverydayWord(mention, place, body)) continue;
    if (isLetterOfAName(body, mention)) continue;
    addSkill(ctx, mention.skill, at, interval);
    claimed.push(mention);
  }
  for (const skill of sharedHeadSkills(ctx.taxonomy, body, claimed)) addSkill(ctx, skill, at, interval);
  for (const practice of rolePractices(ctx.taxonomy, body)) addSkill(ctx, practice, at, interval);
  if (place === 'title')
    for (const practice of titleRolePractices(ctx.taxonomy, body)) addSkill(ctx, practice, at, interval);
  for (const practice of verbPractices(ctx.taxonomy, body)) addSkill(ctx, practice, at, interval);
}
