import type { CandidateDraft, CandidateSkillDraft, EducationDraft, ImportWarning } from '../../domain/drafts';
import { phoneProblem } from '../../domain/field-rules';
import { findSkillMentions } from '../../domain/taxonomy/mentions';
import type { SkillDef } from '../../domain/taxonomy/skill-def';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import { SKILL_LEVELS, type SkillLevel } from '../../domain/vocabulary';
import { mergedMonths, type DayInterval } from './day-intervals';
import { cleanText, describeJsonType, isBlank, isRecord, type JsonRecord } from './json-values';
import { NotAResumeError } from './not-a-resume-error';
import { dayOf, parseResumeDate } from './resume-date';
import { skillLevelFromText } from './skill-level';
import { educationLevelFromStudyType } from './study-type';

export interface JsonResumeOptions {
  /** "Today": open-ended jobs run to it and education ending after it is in progress. */
  readonly now: Date;
}

export interface JsonResumeImport {
  readonly candidate: CandidateDraft;
  /** In the order the importer met them: basics, skills, work, projects, education. */
  readonly warnings: ImportWarning[];
}

/** Every warning code the JSON Resume importer emits; `at` is always a JSON path. */
export type ResumeWarningCode =
  /** A section or field has the wrong JSON type (e.g. `work` is an object); it is ignored. */
  | 'INVALID_FIELD'
  /** An entry of a section is not an object; it is ignored. */
  | 'INVALID_ENTRY'
  /** A placeholder entry with every field blank; it is skipped. */
  | 'EMPTY_ENTRY'
  | 'MISSING_NAME'
  | 'INVALID_EMAIL'
  | 'INVALID_PHONE'
  /** An unreadable date: the entry's dates are ignored, its skills still count (months unknown). */
  | 'INVALID_DATE'
  /** An end date but no start date: the entry's dates are ignored. */
  | 'MISSING_START_DATE'
  | 'END_BEFORE_START'
  /** A job or project that starts after `now`: its dates are ignored. */
  | 'FUTURE_START'
  /** A declared skill the taxonomy does not know: reported, not invented. */
  | 'UNKNOWN_SKILL'
  | 'UNKNOWN_SKILL_LEVEL'
  /** A degree name that maps to no education level: the education entry is skipped. */
  | 'UNKNOWN_STUDY_TYPE';

const UNNAMED_CANDIDATE = 'Unnamed candidate';
const RESUME_SECTIONS = ['basics', 'work', 'education', 'skills'] as const;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

interface SkillEntry {
  readonly def: SkillDef;
  level: SkillLevel | null;
  readonly intervals: DayInterval[];
}

interface ImportContext {
  readonly taxonomy: Taxonomy;
  readonly warnings: ImportWarning[];
  /** Today's UTC day number. */
  readonly today: number;
  /** The exclusive end of an open-ended interval: today counts. */
  readonly openEnd: number;
  readonly skills: Map<number, SkillEntry>;
}

interface PathText {
  readonly text: string;
  readonly at: string;
}

function warn(ctx: ImportContext, code: ResumeWarningCode, at: string, message: string): void {
  ctx.warnings.push({ code, message, at });
}

function skillEntry(ctx: ImportContext, def: SkillDef): SkillEntry {
  let entry = ctx.skills.get(def.id);
  if (entry === undefined) {
    entry = { def, level: null, intervals: [] };
    ctx.skills.set(def.id, entry);
  }
  return entry;
}

function higherLevel(a: SkillLevel | null, b: SkillLevel | null): SkillLevel | null {
  if (a === null) return b;
  if (b === null) return a;
  return SKILL_LEVELS.indexOf(b) > SKILL_LEVELS.indexOf(a) ? b : a;
}

/** The skills a short name stands for: itself when the taxonomy knows it, else the skills it mentions ("React/Redux"). */
function skillsNamedBy(taxonomy: Taxonomy, text: string): SkillDef[] {
  const exact = taxonomy.resolve(text);
  if (exact !== undefined) return [exact];
  return skillsMentionedIn(taxonomy, text);
}

function skillsMentionedIn(taxonomy: Taxonomy, text: string): SkillDef[] {
  const mentions = findSkillMentions(taxonomy, text);
  if (mentions.length <= 1) return mentions.map((m) => m.skill);
  const seen = new Map<number, SkillDef>();
  for (const mention of mentions) seen.set(mention.skill.id, mention.skill);
  return [...seen.values()];
}

/** A text field: null when absent or blank, with a warning when it holds something other than text. */
function readText(ctx: ImportContext, record: JsonRecord, key: string, path: string): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    warn(ctx, 'INVALID_FIELD', `${path}.${key}`, `Expected text, got ${describeJsonType(value)}; ignored`);
    return null;
  }
  return cleanText(value);
}

/** A list-of-text field; a lone string is read as a one-item list (older resume tools write that). */
function readTextList(ctx: ImportContext, record: JsonRecord, key: string, path: string): PathText[] {
  const value = record[key];
  const listPath = `${path}.${key}`;
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') {
    const text = cleanText(value);
    return text === null ? [] : [{ text, at: listPath }];
  }
  if (!Array.isArray(value)) {
    warn(ctx, 'INVALID_FIELD', listPath, `Expected a list of text, got ${describeJsonType(value)}; ignored`);
    return [];
  }
  const items: PathText[] = [];
  value.forEach((item: unknown, index) => {
    const at = `${listPath}[${index}]`;
    if (typeof item === 'string') {
      const text = cleanText(item);
      if (text !== null) items.push({ text, at });
    } else if (item !== null) {
      warn(ctx, 'INVALID_FIELD', at, `Expected text, got ${describeJsonType(item)}; ignored`);
    }
  });
  return items;
}

/** A section that should be a list: its items, or none (with a warning) when it is something else. */
function readSection(ctx: ImportContext, doc: JsonRecord, key: string): readonly unknown[] {
  const value = doc[key];
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  warn(ctx, 'INVALID_FIELD', `$.${key}`, `Expected a list, got ${describeJsonType(value)}; the section is ignored`);
  return [];
}

/** The entry as an object worth reading, or null (with a warning) for non-objects and placeholders. */
function readEntry(ctx: ImportContext, item: unknown, path: string): JsonRecord | null {
  if (!isRecord(item)) {
    if (item !== null) warn(ctx, 'INVALID_ENTRY', path, `Expected an object, got ${describeJsonType(item)}; ignored`);
    return null;
  }
  if (isBlank(item)) {
    warn(ctx, 'EMPTY_ENTRY', path, 'Every field is blank; the entry is skipped');
    return null;
  }
  return item;
}

/**
 * The days a job or project ran, clipped to today, or null when its dates cannot be trusted
 * (each reason warned with the path of the offending field).
 */
function entryInterval(ctx: ImportContext, entry: JsonRecord, path: string): DayInterval | null {
  const start = parseResumeDate(entry.startDate);
  const end = parseResumeDate(entry.endDate);
  let readable = true;
  if (start.kind === 'invalid' || start.kind === 'present') {
    const text = start.kind === 'invalid' ? start.text : String(entry.startDate);
    warn(ctx, 'INVALID_DATE', `${path}.startDate`, `Unreadable start date "${text}"; the entry's dates are ignored`);
    readable = false;
  }
  if (end.kind === 'invalid') {
    warn(ctx, 'INVALID_DATE', `${path}.endDate`, `Unreadable end date "${end.text}"; the entry's dates are ignored`);
    readable = false;
  }
  if (!readable) return null;
  if (start.kind !== 'date') {
    if (end.kind === 'date') {
      warn(
        ctx,
        'MISSING_START_DATE',
        `${path}.startDate`,
        "An end date but no start date; the entry's dates are ignored",
      );
    }
    return null;
  }
  if (end.kind === 'date' && end.span.last < start.span.first) {
    warn(
      ctx,
      'END_BEFORE_START',
      `${path}.endDate`,
      `End date "${String(entry.endDate)}" is before start date "${String(entry.startDate)}"; the entry's dates are ignored`,
    );
    return null;
  }
  if (start.span.first >= ctx.openEnd) {
    warn(
      ctx,
      'FUTURE_START',
      `${path}.startDate`,
      `Start date "${String(entry.startDate)}" is in the future; the entry's dates are ignored`,
    );
    return null;
  }
  const end0 = end.kind === 'date' ? end.span.last + 1 : ctx.openEnd;
  return { start: start.span.first, end: Math.min(end0, ctx.openEnd) };
}

/** Credits every skill an entry's texts name with the entry's interval (or with nothing, when undated). */
function creditEntry(ctx: ImportContext, entry: JsonRecord, path: string, freeTextKeys: readonly string[]): void {
  const named = new Map<number, SkillDef>();
  for (const key of freeTextKeys) {
    const text = readText(ctx, entry, key, path);
    if (text !== null) for (const def of skillsMentionedIn(ctx.taxonomy, text)) named.set(def.id, def);
  }
  for (const item of readTextList(ctx, entry, 'highlights', path)) {
    for (const def of skillsMentionedIn(ctx.taxonomy, item.text)) named.set(def.id, def);
  }
  for (const item of readTextList(ctx, entry, 'keywords', path)) {
    for (const def of skillsNamedBy(ctx.taxonomy, item.text)) named.set(def.id, def);
  }
  const interval = entryInterval(ctx, entry, path);
  for (const def of named.values()) {
    const skill = skillEntry(ctx, def);
    if (interval !== null) skill.intervals.push(interval);
  }
}

// The job title names the technology as often as the text does ("Go Developer"); the
// employer's name is left out because companies are named after skills ("Oracle").
const WORK_TEXT_KEYS = ['position', 'summary', 'description'] as const;
// A project's name is left out: names are wordplay ("Go Fish", "Rust Belt Map") that exact
// token matching cannot tell from a skill.
const PROJECT_TEXT_KEYS = ['description', 'summary'] as const;

function importDated(ctx: ImportContext, doc: JsonRecord, section: 'work' | 'projects', keys: readonly string[]): void {
  readSection(ctx, doc, section).forEach((item, index) => {
    const path = `$.${section}[${index}]`;
    const entry = readEntry(ctx, item, path);
    if (entry !== null) creditEntry(ctx, entry, path, keys);
  });
}

function readLevel(ctx: ImportContext, value: unknown, at: string): SkillLevel | null {
  if (value === undefined || value === null) return null;
  // Numbers ("4" of 5) are no level: scales differ from one resume tool to the next.
  const text = typeof value === 'string' ? cleanText(value) : JSON.stringify(value);
  if (text === null) return null;
  const level = typeof value === 'string' ? skillLevelFromText(text) : null;
  if (level === null) {
    warn(ctx, 'UNKNOWN_SKILL_LEVEL', at, `Unknown skill level "${text}"; the level is left unknown`);
  }
  return level;
}

function declareSkill(ctx: ImportContext, text: string, at: string, level: SkillLevel | null): void {
  const defs = skillsNamedBy(ctx.taxonomy, text);
  if (defs.length === 0) {
    // No "did you mean" here: taxonomy.suggest costs ~20x the whole import, and bulk imports
    // meet unknown skills on most lines. Callers that show one warning can ask for it.
    warn(ctx, 'UNKNOWN_SKILL', at, `Unknown skill "${text}"; it is not imported`);
    return;
  }
  for (const def of defs) {
    const entry = skillEntry(ctx, def);
    entry.level = higherLevel(entry.level, level);
  }
}

/**
 * The skills section: each entry's name and keywords are declared skills sharing the entry's
 * level (a "Frontend / Advanced / [React, Vue]" entry says both are advanced). A skill
 * declared twice keeps the higher level. Plain strings (an older variant) are names.
 */
function importDeclaredSkills(ctx: ImportContext, doc: JsonRecord): void {
  readSection(ctx, doc, 'skills').forEach((item, index) => {
    const path = `$.skills[${index}]`;
    if (typeof item === 'string') {
      const text = cleanText(item);
      if (text !== null) declareSkill(ctx, text, path, null);
      return;
    }
    const entry = readEntry(ctx, item, path);
    if (entry === null) return;
    const level = readLevel(ctx, entry.level, `${path}.level`);
    const name = readText(ctx, entry, 'name', path);
    if (name !== null) declareSkill(ctx, name, `${path}.name`, level);
    for (const keyword of readTextList(ctx, entry, 'keywords', path))
      declareSkill(ctx, keyword.text, keyword.at, level);
  });
}

function importEducation(ctx: ImportContext, doc: JsonRecord): EducationDraft[] {
  const education: EducationDraft[] = [];
  readSection(ctx, doc, 'education').forEach((item, index) => {
    const path = `$.education[${index}]`;
    const entry = readEntry(ctx, item, path);
    if (entry === null) return;
    const studyType = readText(ctx, entry, 'studyType', path);
    const level = studyType === null ? null : educationLevelFromStudyType(studyType);
    if (level === null) {
      const message =
        studyType === null
          ? 'No studyType; the education entry is skipped'
          : `Unknown studyType "${studyType}"; the education entry is skipped`;
      warn(ctx, 'UNKNOWN_STUDY_TYPE', `${path}.studyType`, message);
      return;
    }
    const start = parseResumeDate(entry.startDate);
    if (start.kind === 'invalid')
      warn(ctx, 'INVALID_DATE', `${path}.startDate`, `Unreadable start date "${start.text}"; ignored`);
    const end = parseResumeDate(entry.endDate);
    if (end.kind === 'invalid') {
      warn(
        ctx,
        'INVALID_DATE',
        `${path}.endDate`,
        `Unreadable end date "${end.text}"; the degree is taken as in progress`,
      );
    }
    // Completed only when the whole written end date lies before today: "2025-05" read in
    // mid-May is a graduation still to come. No date, or an unreadable one, is not proof of completion.
    const completed = end.kind === 'date' && end.span.last < ctx.today;
    education.push({
      level,
      field: readText(ctx, entry, 'area', path),
      status: completed ? 'COMPLETED' : 'IN_PROGRESS',
    });
  });
  return education;
}

interface BasicsDraft {
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly headline: string | null;
  readonly location: string | null;
}

function readLocation(ctx: ImportContext, basics: JsonRecord): string | null {
  const value = basics.location;
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return cleanText(value);
  if (!isRecord(value)) {
    warn(ctx, 'INVALID_FIELD', '$.basics.location', `Expected an object, got ${describeJsonType(value)}; ignored`);
    return null;
  }
  // City, region and country only: a street address is more than matching or display needs.
  const parts = [value.city, value.region, value.countryCode ?? value.country]
    .map(cleanText)
    .filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join(', ');
}

function importBasics(ctx: ImportContext, doc: JsonRecord): BasicsDraft {
  let basics: JsonRecord = {};
  if (isRecord(doc.basics)) basics = doc.basics;
  else if (doc.basics !== undefined && doc.basics !== null) {
    warn(ctx, 'INVALID_FIELD', '$.basics', `Expected an object, got ${describeJsonType(doc.basics)}; ignored`);
  }
  let name = readText(ctx, basics, 'name', '$.basics');
  if (name === null) {
    warn(ctx, 'MISSING_NAME', '$.basics.name', `No name; the candidate is called "${UNNAMED_CANDIDATE}"`);
    name = UNNAMED_CANDIDATE;
  }
  let email = readText(ctx, basics, 'email', '$.basics');
  if (email !== null && !EMAIL.test(email)) {
    warn(ctx, 'INVALID_EMAIL', '$.basics.email', `Invalid email "${email}"; left empty`);
    email = null;
  }
  let phone = readText(ctx, basics, 'phone', '$.basics');
  if (phone !== null && phoneProblem(phone) !== null) {
    warn(ctx, 'INVALID_PHONE', '$.basics.phone', `Invalid phone number "${phone}"; left empty`);
    phone = null;
  }
  return {
    name,
    email,
    phone,
    headline: readText(ctx, basics, 'label', '$.basics'),
    location: readLocation(ctx, basics),
  };
}

function assertResume(doc: unknown): asserts doc is JsonRecord {
  if (!isRecord(doc)) {
    throw new NotAResumeError(`expected a JSON object, got ${describeJsonType(doc)}`);
  }
  if (!RESUME_SECTIONS.some((key) => doc[key] !== undefined && doc[key] !== null)) {
    const keys = Object.keys(doc).slice(0, 5);
    const seen = keys.length === 0 ? 'an empty object' : `an object with ${keys.map((k) => `"${k}"`).join(', ')}`;
    throw new NotAResumeError(`none of basics, work, education or skills is present (got ${seen})`);
  }
}

/**
 * Reads a JSON Resume (https://jsonresume.org/schema, including older variants) into a
 * candidate draft, importing whatever is sound and warning — with the JSON path — about the rest.
 *
 * Skills: every skill declared in `skills[]` (names and keywords, resolved to canonical
 * taxonomy names) plus every skill that a job's position, summary, highlights or keywords, or
 * a project's description, highlights or keywords mention. Months for a skill are the union of
 * the date intervals of the dated jobs and projects that mention it — overlapping jobs count
 * once — measured in whole months (merged days / 365.2425 * 12, rounded to nearest, see
 * `mergedMonths`). A job with no end date, or "Present", runs through `options.now`; future
 * end dates are clipped to it. A skill with no dated evidence has months null (unknown),
 * never 0. Skills are listed declared-first, then in order of first mention.
 *
 * Education: `studyType` read by `educationLevelFromStudyType`; entries whose degree maps to no
 * level are skipped with a warning (NONE would claim a fact the resume does not state).
 * COMPLETED when the end date lies wholly before `now`, else IN_PROGRESS.
 *
 * Throws NotAResumeError only when the document is no resume at all: not an object, or an
 * object with none of basics, work, education and skills. Pure and deterministic: the same
 * document, taxonomy and `now` give the same result.
 */
export function importJsonResume(doc: unknown, taxonomy: Taxonomy, options: JsonResumeOptions): JsonResumeImport {
  assertResume(doc);
  const today = dayOf(options.now);
  const ctx: ImportContext = { taxonomy, warnings: [], today, openEnd: today + 1, skills: new Map() };
  const basics = importBasics(ctx, doc);
  importDeclaredSkills(ctx, doc);
  importDated(ctx, doc, 'work', WORK_TEXT_KEYS);
  importDated(ctx, doc, 'projects', PROJECT_TEXT_KEYS);
  const education = importEducation(ctx, doc);
  const skills: CandidateSkillDraft[] = [];
  for (const entry of ctx.skills.values()) {
    skills.push({
      name: entry.def.name,
      months: entry.intervals.length === 0 ? null : mergedMonths(entry.intervals),
      level: entry.level,
    });
  }
  return { candidate: { ...basics, education, skills }, warnings: ctx.warnings };
}
