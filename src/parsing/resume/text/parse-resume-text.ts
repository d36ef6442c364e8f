import type { CandidateDraft, CandidateSkillDraft, EducationDraft, ImportWarning } from '../../../domain/drafts';
import { findSkillMentions } from '../../../domain/taxonomy/mentions';
import type { SkillDef } from '../../../domain/taxonomy/skill-def';
import type { Taxonomy } from '../../../domain/taxonomy/taxonomy';
import { mergedMonths, type DayInterval } from '../day-intervals';
import { dayOf } from '../resume-date';
import { skillLevelFromText } from '../skill-level';
import { readContactFields } from './contact-fields';
import { dayAfter, firstDay, formatMonth, isBackwards, type MonthDate } from './date-ranges';
import { readEducation } from './education-entries';
import { NotAResumeDocumentError } from './not-a-resume-document-error';
import { SOFT_SKILL_SLUGS, SPOKEN_LANGUAGE_SLUGS, softSkill, spokenLanguage } from './personal-vocabulary';
import { isGroupLabel, sectionHeading, type ResumeSectionKind } from './section-headings';
import { resumeLines, type ResumeLine } from './text-lines';
import { readWorkBlocks, type WorkBlock } from './work-entries';
import { COUNT_PATTERNS, PROFICIENCY_WORDS, ROLE_WORDS } from './skill-list-words';

/** Where an item was read: the section it sat in and its line in the document text. */
export interface Provenance {
  readonly section: ResumeSectionKind;
  readonly line: number;
}

export interface ParsedSkill {
  readonly name: string;
  /** Months from the dated jobs and projects that name it (overlaps merged); null when none does. */
  readonly months: number | null;
  readonly foundAt: readonly Provenance[];
}

export interface ParsedEducation extends EducationDraft {
  readonly foundAt: Provenance;
}

export interface ParsedWork {
  readonly title: string | null;
  readonly employer: string | null;
  /** "2020-01" */
  readonly start: string;
  /** "2022-08", or null while it runs ("Present"). */
  readonly end: string | null;
  readonly foundAt: Provenance;
}

export interface ResumeTextParse {
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly location: string | null;
  readonly headline: string | null;
  readonly work: readonly ParsedWork[];
  readonly education: readonly ParsedEducation[];
  readonly skills: readonly ParsedSkill[];
  readonly spokenLanguages: readonly string[];
  readonly softSkills: readonly string[];
  readonly warnings: readonly ImportWarning[];
  /** The skills and education as a candidate to store; name falls back to "Unnamed candidate". */
  readonly candidate: CandidateDraft;
}

export interface ResumeTextOptions {
  /** "Today": open jobs run to it, and a graduation after it is in progress. */
  readonly now: Date;
}

export type ResumeTextWarningCode =
  | 'MISSING_NAME'
  | 'MISSING_EMAIL'
  | 'NO_WORK_DATES'
  | 'END_BEFORE_START'
  | 'FUTURE_START'
  | 'UNKNOWN_SKILL'
  | 'NO_DEGREE_LEVEL'
  | 'NO_SKILLS';

interface SkillAcc {
  readonly def: SkillDef;
  readonly intervals: DayInterval[];
  readonly foundAt: Provenance[];
}

interface Ctx {
  readonly taxonomy: Taxonomy;
  readonly skills: Map<number, SkillAcc>;
  readonly spoken: Map<string, string>;
  readonly soft: Map<string, string>;
  readonly warnings: ImportWarning[];
}

interface Section {
  readonly kind: ResumeSectionKind;
  readonly heading: ResumeLine | null;
  readonly lines: ResumeLine[];
}

const UNNAMED = 'Unnamed candidate';
const ITEM_SPLIT = /\s*(?:[,;|•·▪●]|\s\/\s|\s{2,}|\s[-–—]\s|\band\b(?=\s+[A-Z]))\s*/u;
const IGNORABLE_ITEM = new RegExp(`^(?:${[...PROFICIENCY_WORDS, ...COUNT_PATTERNS].join('|')})$`, 'iu');
const ROLE_WORD = new RegExp(`\\b(?:${ROLE_WORDS.join('|')})\\b`, 'iu');
const INLINE_LABEL = /^([\p{L}][\p{L}&/ -]{1,40}?)\s*[:：]\s*(.+)$/u;

function warn(ctx: Ctx, code: ResumeTextWarningCode, line: number | null, message: string): void {
  ctx.warnings.push({ code, message, at: line === null ? 'document' : `line ${line}` });
}

function addSkill(ctx: Ctx, def: SkillDef, at: Provenance, interval: DayInterval | null): void {
  if (SOFT_SKILL_SLUGS.has(def.slug)) {
    ctx.soft.set(def.name.toLowerCase(), def.name);
    return;
  }
  if (SPOKEN_LANGUAGE_SLUGS.has(def.slug)) {
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

/** Skills named in running text: a job's bullets, a summary. Group labels before a colon are cut. */
function mentionsIn(ctx: Ctx, text: string, at: Provenance, interval: DayInterval | null): void {
  const labelled = INLINE_LABEL.exec(text);
  const body = labelled !== null && isGroupLabel(labelled[1]) ? labelled[2] : text;
  for (const mention of findSkillMentions(ctx.taxonomy, body)) {
    if (isGroupLabel(mention.text) && body.trim() === mention.text) continue;
    addSkill(ctx, mention.skill, at, interval);
  }
}

/** One item of a list ("Java", "English (C1)", "Teamwork", "Programming languages"). */
function listItem(ctx: Ctx, raw: string, at: Provenance, alone: boolean): void {
  const item = raw.replace(/^[\s*•·-]+|[\s.*]+$/gu, '').trim();
  if (item === '' || IGNORABLE_ITEM.test(item) || skillLevelFromText(item) !== null) return;
  const spoken = spokenLanguage(item);
  if (spoken !== null) {
    ctx.spoken.set(spoken.toLowerCase(), spoken);
    return;
  }
  const soft = softSkill(item);
  if (soft !== null && ctx.taxonomy.resolve(item) === undefined) {
    ctx.soft.set(soft.toLowerCase(), soft);
    return;
  }
  // Alone on its line, "Databases" or "CI/CD" labels what follows; within a list it is an item.
  if (alone && isGroupLabel(item)) return;
  const def = ctx.taxonomy.resolve(item);
  if (def !== undefined) {
    addSkill(ctx, def, at, null);
    return;
  }
  const mentions = findSkillMentions(ctx.taxonomy, item);
  if (mentions.length > 0) {
    for (const m of mentions) if (!(isGroupLabel(m.text) && m.text === item)) addSkill(ctx, m.skill, at, null);
    return;
  }
  if (/\p{L}/u.test(item) && item.length <= 40)
    warn(ctx, 'UNKNOWN_SKILL', at.line, `Unknown skill "${item}"; it is not imported`);
}

/** A line of a skills, languages or soft-skills list: "Label: a, b, c" or "a, b, c" or "a". */
function listLine(ctx: Ctx, line: ResumeLine, section: ResumeSectionKind): void {
  const at: Provenance = { section, line: line.line };
  let text = line.text;
  const labelled = INLINE_LABEL.exec(text);
  // "Databases: PostgreSQL, Redis" is a label and a list; "English: fluent" is an item with its level.
  const isLabel =
    labelled !== null &&
    (isGroupLabel(labelled[1]) ||
      (labelled[1].split(/\s+/u).length <= 4 &&
        spokenLanguage(labelled[1]) === null &&
        ctx.taxonomy.resolve(labelled[1]) === undefined));
  if (isLabel) text = labelled![2];
  else if (isGroupLabel(text)) return;
  // Parenthesised lists are items too: "Java (Spring, Hibernate)".
  const flat = text.replace(/[()[\]]/gu, ',');
  if (flat.length > 120 && !/[,;|•]/u.test(flat)) {
    mentionsIn(ctx, flat, at, null);
    return;
  }
  const items = flat.split(ITEM_SPLIT).filter((item) => item.trim() !== '');
  for (const item of items) listItem(ctx, item, at, items.length === 1 && !isLabel);
}

function splitSections(lines: readonly ResumeLine[]): Section[] {
  const sections: Section[] = [{ kind: 'header', heading: null, lines: [] }];
  for (const line of lines) {
    const kind = sectionHeading(line.text);
    if (kind !== null) sections.push({ kind, heading: line, lines: [] });
    else sections[sections.length - 1].lines.push(line);
  }
  return sections;
}

function intervalOf(ctx: Ctx, block: WorkBlock, today: number): DayInterval | null {
  const range = block.range;
  if (isBackwards(range)) {
    warn(ctx, 'END_BEFORE_START', block.line, `"${range.text}" ends before it starts; the entry's dates are ignored`);
    return null;
  }
  const start = firstDay(range.start);
  if (start > today) {
    warn(ctx, 'FUTURE_START', block.line, `"${range.text}" starts in the future; the entry's dates are ignored`);
    return null;
  }
  const end = range.end === null ? today + 1 : dayAfter(range.end);
  return { start, end: Math.min(end, today + 1) };
}

function readDated(ctx: Ctx, section: Section, today: number, work: ParsedWork[] | null): void {
  const { blocks, before } = readWorkBlocks(section.lines);
  for (const line of before) mentionsIn(ctx, line.text, { section: section.kind, line: line.line }, null);
  for (const block of blocks) {
    const interval = intervalOf(ctx, block, today);
    work?.push({
      title: block.title,
      employer: block.employer,
      start: formatMonth(block.range.start),
      end: block.range.end === null ? null : formatMonth(block.range.end),
      foundAt: { section: section.kind, line: block.line },
    });
    for (const line of block.lines) {
      let text = line.text;
      if (block.employerText !== null) text = text.replace(block.employerText, ' ');
      mentionsIn(ctx, text, { section: section.kind, line: line.line }, interval);
    }
  }
}

function monthOf(now: Date): MonthDate {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
}

function headlineOf(header: readonly ResumeLine[], taken: ReadonlySet<number>): string | null {
  for (const line of header.slice(0, 5)) {
    if (taken.has(line.line)) continue;
    const text = line.text;
    if (text.length <= 60 && !/[@\d|]/u.test(text) && ROLE_WORD.test(text)) {
      return text;
    }
  }
  return null;
}

function checkIsResume(
  sections: readonly Section[],
  lines: readonly ResumeLine[],
  found: { skills: number; education: number; work: number },
): void {
  const core = sections.filter((s) => ['experience', 'education', 'skills', 'projects'].includes(s.kind));
  if (core.length > 0 && found.skills + found.education + found.work > 0) return;
  const text = lines
    .slice(0, 30)
    .map((l) => l.text)
    .join('\n');
  let looks = '';
  if (/\b(?:invoice|bill to|amount due|subtotal|total due|qty|quantity|unit price|vat)\b/iu.test(text))
    looks = ' (it reads like an invoice)';
  else if (/\b(?:memo|memorandum)\b|^(?:to|from|subject|re|cc)\s*:/imu.test(text)) looks = ' (it reads like a memo)';
  else if (/\b(?:dear|sincerely|regards)\b/iu.test(text)) looks = ' (it reads like a letter)';
  const reason =
    core.length === 0
      ? `no résumé sections (Experience, Education, Skills) found${looks}`
      : `no work history, education or skills found${looks}`;
  throw new NotAResumeDocumentError(reason);
}

/**
 * Reads a résumé's plain text (extracted from a PDF or DOCX, or pasted) into a candidate.
 *
 * Sections are found by their headings; contact fields (name, e-mail, phone, location) come from
 * the lines above the first section and are personal fields only. In the experience and projects
 * sections every line holding a date range anchors an entry, and every skill named in the
 * entry's lines earns the entry's months — the union of the day intervals of all entries naming
 * it, overlaps counted once, "Present" running to `now` — while a skill only listed (skills
 * section, summary, an undated project) has months null: unknown, not zero. Skills resolve
 * through the taxonomy as the JSON Resume importer resolves them; spoken languages and soft
 * skills go to their own lists, and section headings and list labels are never skills.
 * Throws NotAResumeDocumentError when the text has no résumé sections or none of work history,
 * education and skills (a memo, an invoice). Pure and deterministic for a given `now`.
 */
export function parseResumeText(text: string, taxonomy: Taxonomy, options: ResumeTextOptions): ResumeTextParse {
  const lines = resumeLines(text);
  const sections = splitSections(lines);
  const ctx: Ctx = { taxonomy, skills: new Map(), spoken: new Map(), soft: new Map(), warnings: [] };
  const today = dayOf(options.now);
  const work: ParsedWork[] = [];
  const education: ParsedEducation[] = [];
  const header = sections[0].lines;
  const contact = readContactFields(header, lines);
  for (const section of sections) {
    switch (section.kind) {
      case 'experience':
        readDated(ctx, section, today, work);
        break;
      case 'projects':
        readDated(ctx, section, today, null);
        break;
      case 'skills':
      case 'languages':
      case 'softSkills':
        for (const line of section.lines) listLine(ctx, line, section.kind);
        break;
      case 'summary':
      case 'certifications':
        for (const line of section.lines) mentionsIn(ctx, line.text, { section: section.kind, line: line.line }, null);
        break;
      case 'education': {
        const read = readEducation(section.lines, monthOf(options.now));
        for (const e of read.entries) {
          education.push({
            level: e.level,
            field: e.field,
            status: e.status,
            foundAt: { section: 'education', line: e.line },
          });
        }
        for (const u of read.unleveled) {
          warn(
            ctx,
            'NO_DEGREE_LEVEL',
            u.line,
            `"${u.text}" names no degree level (a bootcamp or course is none); not imported as education`,
          );
        }
        break;
      }
      default:
        break;
    }
  }
  const taken = new Set(Object.values(contact.lines));
  const headline = headlineOf(header, taken);
  // "Senior Java Developer" under the name names a skill, with no dates of its own.
  const headlineLine = header.find((l) => l.text === headline);
  if (headlineLine !== undefined)
    mentionsIn(ctx, headlineLine.text, { section: 'header', line: headlineLine.line }, null);
  checkIsResume(sections, lines, { skills: ctx.skills.size, education: education.length, work: work.length });
  if (contact.name === null) warn(ctx, 'MISSING_NAME', null, `No name found; the candidate is called "${UNNAMED}"`);
  if (contact.email === null) warn(ctx, 'MISSING_EMAIL', null, 'No e-mail address found');
  if (sections.some((s) => s.kind === 'experience') && work.length === 0) {
    warn(
      ctx,
      'NO_WORK_DATES',
      sections.find((s) => s.kind === 'experience')!.heading!.line,
      'No dated jobs in the experience section; its skills have unknown months',
    );
  }
  if (ctx.skills.size === 0) warn(ctx, 'NO_SKILLS', null, 'No skill the taxonomy knows was found');
  const skills: ParsedSkill[] = [...ctx.skills.values()].map((acc) => ({
    name: acc.def.name,
    months: acc.intervals.length === 0 ? null : mergedMonths(acc.intervals),
    foundAt: acc.foundAt,
  }));

  const candidateSkills: CandidateSkillDraft[] = skills.map((s) => ({ name: s.name, months: s.months, level: null }));
  return {
    name: contact.name,
    email: contact.email,
    phone: contact.phone,
    location: contact.location,
    headline,
    work,
    education,
    skills,
    spokenLanguages: [...ctx.spoken.values()],
    softSkills: [...ctx.soft.values()],
    warnings: ctx.warnings,
    candidate: {
      name: contact.name ?? UNNAMED,
      email: contact.email,
      phone: contact.phone,
      headline,
      location: contact.location,
      education: education.map(({ level, field, status }) => ({ level, field, status })),
      skills: candidateSkills,
    },
  };
}
