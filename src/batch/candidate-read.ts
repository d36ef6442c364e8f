import { checkCandidateDraft } from '../domain/draft-rules';
import type { CandidateDraft } from '../domain/drafts';
import type { CandidateSpec, EducationSpec } from '../domain/matching/profiles';
import { type SkillResolver, candidateSpecFromDraft } from '../domain/matching/spec-from-draft';
import type { SkillDef } from '../domain/taxonomy/skill-def';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import { EDUCATION_LEVELS, EDUCATION_STATUSES, SKILL_LEVELS, type SkillLevel } from '../domain/vocabulary';
import { NotAResumeError, importJsonResume } from '../parsing/resume';
import { fitCandidateDraft } from '../domain/draft-fit';

/** Why an input line or file was left out of a run. */
export type SkipReason = 'INVALID_JSON' | 'NOT_A_CANDIDATE' | 'DUPLICATE_ID';

/** What a run reads candidates with: the taxonomy, "today" for JSON Resume dates, a name cache. */
export interface ReadContext {
  readonly taxonomy: Taxonomy;
  readonly now: Date;
  /** The taxonomy behind a cache of spellings already resolved: a run meets the same few thousand over and over. */
  readonly skills: SkillResolver;
}

export type CandidateRead =
  | {
      readonly ok: true;
      readonly spec: CandidateSpec;
      /** Skill names the taxonomy does not know: left out of the score, never guessed. */
      readonly unknownSkills: readonly string[];
    }
  | { readonly ok: false; readonly reason: SkipReason; readonly message: string };

/** A fresh read context for a run. */
export function readContext(taxonomy: Taxonomy, now: Date): ReadContext {
  const resolved = new Map<string, SkillDef | null>();
  const resolve = (name: string): SkillDef | undefined => {
    let def = resolved.get(name);
    if (def === undefined) {
      def = taxonomy.resolve(name) ?? null;
      resolved.set(name, def);
    }
    return def ?? undefined;
  };
  return { taxonomy, now, skills: { resolve } };
}

const MAX_ID_LENGTH = 200;
/** The name in the JSON Resume importer's UNKNOWN_SKILL message. */
const UNKNOWN_NAME = /"(.*)"/;
const RESUME_ONLY_KEYS = ['basics', 'work', 'projects', 'volunteer', 'awards', 'publications'];

function refuse(message: string): CandidateRead {
  return { ok: false, reason: 'NOT_A_CANDIDATE', message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The candidate's own id when it gives one: a non-empty string or a whole number. */
function readId(doc: Record<string, unknown>, fallback: string): string | CandidateRead {
  const id = doc.id;
  if (id === undefined || id === null) return fallback;
  if (typeof id === 'number' && Number.isSafeInteger(id) && id >= 0) return String(id);
  if (typeof id === 'string' && id.trim() !== '' && id.length <= MAX_ID_LENGTH) return id.trim();
  return refuse(`$.id must be a non-empty string or a whole number, got ${JSON.stringify(id)?.slice(0, 40)}`);
}

/**
 * Whether a document is a candidate draft ({ id?, name, skills: [{ name, months, level? }],
 * education }) rather than a JSON Resume: no resume-only section, and a top-level name or id, or
 * skills that state months (JSON Resume skills never do).
 */
export function looksLikeDraft(doc: Record<string, unknown>): boolean {
  if (RESUME_ONLY_KEYS.some((key) => doc[key] !== undefined)) return false;
  if (typeof doc.name === 'string' || doc.id !== undefined) return true;
  return Array.isArray(doc.skills) && doc.skills.some((s) => isRecord(s) && 'months' in s);
}

/** A stated skill level (any letter case), null when none, undefined when it is no level. */
function readSkillLevel(value: unknown): SkillLevel | null | undefined {
  if (value === undefined || value === null) return null;
  const upper = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return (SKILL_LEVELS as readonly string[]).includes(upper) ? (upper as SkillLevel) : undefined;
}

/** The draft-shaped document checked field by field; a message naming the first bad field otherwise. */
function readDraft(doc: Record<string, unknown>): CandidateDraft | string {
  if (!Array.isArray(doc.skills)) return `$.skills must be a list of { name, months, level }`;
  const skills: { name: string; months: number | null; level: SkillLevel | null }[] = [];
  for (let i = 0; i < doc.skills.length; i++) {
    const at = `$.skills[${i}]`;
    const s: unknown = doc.skills[i];
    if (!isRecord(s) || typeof s.name !== 'string' || s.name.trim() === '') return `${at}.name must be a skill name`;
    const months = s.months;
    // Its range is the API's, checked with the rest of the draft (checkCandidateDraft).
    if (months !== undefined && months !== null && typeof months !== 'number')
      return `${at}.months must be a number or null`;
    const level = readSkillLevel(s.level);
    if (level === undefined) return `${at}.level must be one of ${SKILL_LEVELS.join(', ')} or null`;
    skills.push({ name: s.name, months: typeof months === 'number' ? months : null, level });
  }
  const education: { level: EducationSpec['level']; field: string | null; status: EducationSpec['status'] }[] = [];
  const list = doc.education ?? [];
  if (!Array.isArray(list)) return '$.education must be a list of { level, status }';
  for (let i = 0; i < list.length; i++) {
    const e: unknown = list[i];
    const at = `$.education[${i}]`;
    if (!isRecord(e)) return `${at} must be an object { level, status }`;
    if (!(EDUCATION_LEVELS as readonly unknown[]).includes(e.level))
      return `${at}.level must be one of ${EDUCATION_LEVELS.join(', ')}`;
    if (!(EDUCATION_STATUSES as readonly unknown[]).includes(e.status))
      return `${at}.status must be one of ${EDUCATION_STATUSES.join(', ')}`;
    education.push({
      level: e.level as EducationSpec['level'],
      field: typeof e.field === 'string' ? e.field : null,
      status: e.status as EducationSpec['status'],
    });
  }
  return {
    name: typeof doc.name === 'string' ? doc.name : '',
    email: null,
    headline: null,
    location: null,
    education,
    skills,
  };
}

/**
 * A draft as the matcher sees it, through the one conversion the service uses too
 * (candidateSpecFromDraft): skills by id, a skill named twice counted once with its larger months;
 * unknown names reported after `alsoUnknown` (those an importer left out), not guessed.
 */
export function candidateRead(
  ctx: ReadContext,
  id: string,
  draft: CandidateDraft,
  alsoUnknown: readonly string[] = [],
): CandidateRead {
  const { spec, unknownSkills } = candidateSpecFromDraft(ctx.skills, id, draft);
  const names = unknownSkills.length === 0 ? alsoUnknown : [...alsoUnknown, ...unknownSkills.map((u) => u.name)];
  return { ok: true, spec, unknownSkills: names };
}

/**
 * One parsed JSON document as a candidate: a candidate draft or a JSON Resume (detected by
 * shape), identified by its own `id` or else by `fallbackId` (the line number or file name).
 */
export function readCandidateDocument(ctx: ReadContext, doc: unknown, fallbackId: string): CandidateRead {
  if (!isRecord(doc))
    return refuse(
      `expected a JSON object, got ${Array.isArray(doc) ? 'an array' : doc === null ? 'null' : `a ${typeof doc}`}`,
    );
  const id = readId(doc, fallbackId);
  if (typeof id !== 'string') return id;
  let draft: CandidateDraft;
  const resumeUnknown: string[] = [];
  if (looksLikeDraft(doc)) {
    const read = readDraft(doc);
    if (typeof read === 'string') return refuse(read);
    // The API's own limits (a name is optional here: the line number stands in for it).
    const issues = checkCandidateDraft({ ...read, name: typeof doc.name === 'string' ? doc.name : undefined }, '$');
    if (issues.length > 0) return refuse(`${issues[0].field}: ${issues[0].message}`);
    draft = read;
  } else {
    try {
      const imported = importJsonResume(doc, ctx.taxonomy, { now: ctx.now });
      // As import-candidates would store it: within the API's limits (months, list sizes).
      draft = fitCandidateDraft(imported.candidate, imported.warnings).draft;
      for (const w of imported.warnings)
        if (w.code === 'UNKNOWN_SKILL') resumeUnknown.push(UNKNOWN_NAME.exec(w.message)?.[1] ?? w.at);
    } catch (err) {
      if (err instanceof NotAResumeError) return refuse(`not a candidate or JSON Resume: ${err.message}`);
      throw err;
    }
  }
  return candidateRead(ctx, id, draft, resumeUnknown);
}

/** One line of a .jsonl file as a candidate; the line number is the id when the line gives none. */
export function readCandidateLine(ctx: ReadContext, text: string, line: number): CandidateRead {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: 'INVALID_JSON', message: err instanceof Error ? err.message : String(err) };
  }
  return readCandidateDocument(ctx, doc, String(line));
}
