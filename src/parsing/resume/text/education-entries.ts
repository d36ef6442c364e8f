import type { EducationLevel, EducationStatus } from '../../../domain/vocabulary';
import { educationLevelFromStudyType } from '../study-type';
import { datesIn, findDateRange, type MonthDate } from './date-ranges';
import type { ResumeLine } from './text-lines';

/** One degree read from the education section. */
export interface EducationEntry {
  readonly level: EducationLevel;
  readonly field: string | null;
  readonly status: EducationStatus;
  readonly line: number;
}

/** Lines of the education section that name no degree level (a bootcamp, a course): reported, not guessed. */
export interface UnleveledEducation {
  readonly text: string;
  readonly line: number;
}

// "MSc, Computer Science; Stevens Institute": a semicolon parts the degree's fields as a comma does.
const SEGMENTS = /\s*(?:[|•·;]|\s[-–—]\s|,(?!\s*(?:Inc|Ltd)\b)|\t|\s{2,})\s*/u;
// Bounded by letters, not \b, which sees no edge at an accent ("Université", "École").
const INSTITUTION =
  /(?<!\p{L})(?:university|universit[äéà]t?|universidade|universidad|college|institute|school|academy|polytechnic|école|escuela|hochschule|faculty|gymnasium|lycée)(?!\p{L})/iu;
const IN_PROGRESS_WORDS =
  /\b(?:expected|anticipated|in progress|ongoing|currently enrolled|candidate|pursuing|to be completed)\b/iu;
const BOOTCAMP =
  /\b(?:bootcamp|boot camp|nanodegree|certificate|certification|course|diploma(?! in)|online program)\b/iu;
const FIELD_CUT =
  /\s*(?:\(|\bat\b|\bfrom\b|,|;|\s[-–—]\s|\d{4}|\b(?:GPA|grade|honou?rs|cum laude|magna|summa)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d).*$/iu;
// Years and ranges a layout sets before the degree ("2018 – 2022 B.Tech, Computer Science").
const LEADING_YEARS = /^(?:(?:19|20)\d\d|present|[-–—\s])+(?=\p{L})/iu;
const VAGUE_FIELDS = new Set(['science', 'arts', 'sciences', 'philosophy', 'degree', 'studies']);

// A school's name that names a level ("P. Jog High School"), not the level itself ("High School Diploma").
const SCHOOL_NAME = /\S\s+(?:high|secondary)\s+school(?:\s+of\s+\p{L}+(?:\s\p{L}+)?)?$/iu;
// What a school leaves with: a school named without one is where the person went, no degree.
const SCHOOL_DIPLOMA = /\b(?:diploma|certificate|graduat\w*|ssc|hsc|ged|a-?levels?|abitur|baccalaur\w*|matric\w*)\b/iu;
const AT_SCHOOL = /\s+(?:at|from)\s+.*$/iu;

// "Computer Science and Information Engineering NCKU": the school's acronym after the field.
const SCHOOL_ACRONYM_AFTER = /(?<=\p{L}{2,}(?:\s+\p{L}+){1,})\s+\p{Lu}{3,6}$/u;
const SMALL_WORDS = new Set(['and', 'of', 'in', 'for', 'the', '&']);

/** "COMPUTER SCIENCE" as a heading-style template sets it is "Computer Science"; "EE" stays. */
function fieldCase(field: string): string {
  if (field !== field.toUpperCase() || !/\p{Lu}{4,}/u.test(field)) return field;
  return field
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

// The head nouns that end a discipline's name ("Computer Science", "Business Administration").
const DISCIPLINE_HEAD =
  /^(?:engineering|sciences?|studies|mathematics|physics|chemistry|biology|biophysics|economics|informatics|design|media|management|medicine|law|psychology|applications|technology|administration|analytics|statistics|finance|accounting|commerce|linguistics|intelligence|entrepreneurship)$/iu;

/**
 * "Systems Engineering Carleton University", "Computer Applications Dr. B. A. Open University":
 * the field set straight before its school's name, cut after the first discipline noun that a
 * capitalised word other than a discipline noun follows (so "Business Administration Harvard
 * Business School" keeps "Business Administration"). Null when no such cut leaves a school after it.
 */
function fieldBeforeSchool(text: string): string | null {
  const words = text.split(' ');
  for (let i = 0; i + 1 < words.length; i++) {
    if (!DISCIPLINE_HEAD.test(words[i]) || DISCIPLINE_HEAD.test(words[i + 1]) || !/^\p{Lu}/u.test(words[i + 1]))
      continue;
    const field = words.slice(0, i + 1).join(' ');
    if (!INSTITUTION.test(field) && INSTITUTION.test(words.slice(i + 1).join(' '))) return field;
  }
  return null;
}

// "BSCS", "MSEE": a degree whose abbreviation names its field too.
const FIELD_IN_ABBREVIATION: ReadonlyMap<string, string> = new Map([
  ['bscs', 'Computer Science'],
  ['mscs', 'Computer Science'],
  ['bsee', 'Electrical Engineering'],
  ['msee', 'Electrical Engineering'],
  ['bsme', 'Mechanical Engineering'],
  ['msme', 'Mechanical Engineering'],
]);

// "B.Sc. Honours Biophysics", "BA (Hons) Economics": the class of the degree before its field.
const HONOURS_FIRST = /^(?:\(\s*hons?\.?\s*\)|hons?\.|honou?rs)\s+(?=\p{L})/iu;

/** The field of study in a degree segment ("BSc in Computer Science" is Computer Science), or null. */
function fieldOf(segment: string): string | null {
  let rest: string | null = null;
  // "B.Tech" or "MBA" alone names a level; its field, if any, is in the next segment.
  if (/^\S+$/u.test(segment.trim()))
    return FIELD_IN_ABBREVIATION.get(segment.trim().replace(/[.,]/gu, '').toLowerCase()) ?? null;
  const inMatch =
    // "Master en Informatique", "Mestrado em Engenharia": French "en", Portuguese "em" before the field as "in".
    /\b(?:in|en|em|major(?:ing)? in|majoring in|specialization in)\s+(.+)$/iu.exec(segment) ??
    // "Bachelor Studies Digital Media"
    STUDIES.exec(segment);
  if (inMatch !== null) rest = inMatch[1];
  else {
    const ofMatch = /\b(?:bachelor|master|doctor|associate)(?:'?s|’s)?(?:\s+degree)?\s+of\s+(.+)$/iu.exec(segment);
    if (ofMatch !== null) rest = ofMatch[1];
    else {
      // "BSc Computer Science", "Ph.D. Physics", "MBA": what follows the abbreviation.
      const m =
        /^(?:(?:[A-Za-z]{1,4}\.\s?){1,3}(?:(?<=\.)[A-Za-z]{1,4}(?=\s))?|[A-Z][A-Za-z]{1,4}\s)\s*(?:\(\w+\)\s*)?(?:degree\s+)?(.*)$/u.exec(
          segment.trim(),
        );
      if (m !== null) rest = m[1];
    }
  }
  // "BS University of Pennsylvania, Computer Science": what follows is the school, not the field;
  // "MS in Space Physics at the University of Tromsø" names the field before its school.
  rest = rest?.replace(AT_SCHOOL, '').replace(HONOURS_FIRST, '') ?? null;
  if (rest === null) return null;
  // "Computer Science NCKU (National Cheng Kung University)": the school after a cut is no part of the field.
  let field = rest
    .replace(FIELD_CUT, '')
    .replace(/^(?:of|in)\s+/iu, '')
    .replace(/[.:]+$/u, '')
    .trim();
  // "Systems Engineering Carleton University": the school's name set straight after the field,
  // which ends in a discipline's head noun.
  field = fieldBeforeSchool(field) ?? field;
  if (INSTITUTION.test(field)) return null;
  if (field === '' || VAGUE_FIELDS.has(field.toLowerCase()) || /^degree\b/iu.test(field)) return null;
  return fieldCase(field.replace(SCHOOL_ACRONYM_AFTER, ''));
}

// "Graduated as M.Sc. Digital Media": the words before the degree are no part of it.
const LEAD_IN = /^(?:graduated|completed|finished|earned|obtained)\s+(?:as|with|a|an|my|the)?\s*(?=\S)/iu;
// "Master Thesis: Semi Automated Scoring", "Master Project - PrIMA", "research for master's
// thesis": work done for a degree is no degree of its own.
const DEGREE_WORK = /\b(?:master|bachelor|doctoral|ph\.?\s?d)(?:'?s|’s)?\s+(?:thesis|project|seminar|course)\b/iu;
const STUDIES = /^(?:bachelor|master)(?:'?s|’s)?\s+stud(?:ies|y)\s+(.+)$/iu;
// A degree opens its line; in a sentence ("In the master thesis a numerical approach …", "… of
// those master studies was numerical …") a level word is prose about one.
const LEVEL_WORD = /^(?:bachelor|master|doctor|doctorate|phd|associate|undergraduate|high|secondary)/iu;

// "Étudiant international en informatique, niveau master", "master's level courses": a level a
// course of study was taken at, no degree.
const STUDY_AT_LEVEL = /\bniveau\s+(?:master|licence|bac\b)|\b(?:master|bachelor|graduate)(?:'?s|’s)?[\s-]+level\b/iu;

function isProse(segment: string): boolean {
  if (STUDY_AT_LEVEL.test(segment)) return true;
  // "a fully-funded integrated masters": a level word after an article is prose about a degree.
  if (/^(?:a|an|the|my|his|her|their|our)\s/u.test(segment)) return true;
  const words = segment.split(/\s+/u);
  const first = words[0];
  return words.length > 7 && !(LEVEL_WORD.test(first) || /\./u.test(first) || /^\p{Lu}{2,}/u.test(first));
}

// "Business Analytics(BS)", "Software Engineering Bachelor’s Degree": the field before its degree,
// read as "BS in Business Analytics".
const FIELD_THEN_DEGREE =
  /^(\p{Lu}[\p{L}&' -]{2,60}?)\s*(?:\(\s*([A-Za-z.]{2,8})\s*\)|\s((?:[Bb]achelor|[Mm]aster|[Aa]ssociate)(?:'?s|’s)?\s+[Dd]egree))(?:\s*\([^()]{1,30}\))?$/u;

function degreeFirst(segment: string, field: string, bracketed?: string, named?: string): string {
  const degree = bracketed ?? named;
  if (degree === undefined) return segment;
  if (bracketed !== undefined && educationLevelFromStudyType(bracketed) === null) return segment;
  // "Bachelor of Engineering (B.E.)": the degree's own name before its abbreviation, no field.
  if (educationLevelFromStudyType(field) !== null) return segment;
  return `${degree} in ${field.trim()}`;
}

// "Worcester, MA": a US state after its city is no Master of Arts.
const DISCIPLINE_END =
  /(?:engineering|sciences?|studies|mathematics|physics|chemistry|biology|economics|informatics|design|media|management|medicine|law|psychology|arts|history|business|administration|analytics|finance)$/iu;

function isStateAfterCity(segment: string, before: string): boolean {
  return (
    /^(?:MA|MS)$/u.test(segment) &&
    /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(before) &&
    !DISCIPLINE_END.test(before) &&
    !INSTITUTION.test(before)
  );
}

function levelSegment(text: string, from = 0): { level: EducationLevel; segment: string; index: number } | null {
  if (
    BOOTCAMP.test(text) &&
    !/\b(?:bachelor|master|doctor|ph\.?d|associate|b\.?sc|m\.?sc|high school|secondary school|higher national diploma)\b/iu.test(
      text,
    )
  )
    return null;
  const segments = text
    .split(SEGMENTS)
    .map((s) => s.replace(LEADING_YEARS, '').replace(LEAD_IN, '').replace(FIELD_THEN_DEGREE, degreeFirst))
    .filter((s) => s !== '');
  for (let i = from; i < segments.length; i++) {
    const segment = segments[i];
    if (DEGREE_WORK.test(segment) || isProse(segment)) continue;
    if (i > 0 && isStateAfterCity(segment, segments[i - 1])) continue;
    // A school's name is no degree, unless the segment starts with one ("B.S. in CS NCKU (… University)").
    if (
      INSTITUTION.test(segment) &&
      !/\b(?:bachelor|master|doctor|associate|high school|secondary school)\b/iu.test(segment) &&
      educationLevelFromStudyType(segment.split(/\s+/u)[0]) === null
    )
      continue;
    const level = educationLevelFromStudyType(segment);
    if (level !== null && level !== 'NONE') return { level, segment, index: i };
  }
  return null;
}

/** Whether a segment opens with a degree ("B.Sc in Design", "Master of Arts"), not merely names one. */
function opensWithDegree(segment: string): boolean {
  return LEVEL_WORD.test(segment) || educationLevelFromStudyType(segment.split(/\s+/u)[0]) !== null;
}

/** Whether a line names a degree level ("Bachelor of Computer Applications", "MSc"), as the education section reads one. */
export function namesDegree(text: string): boolean {
  return levelSegment(text) !== null;
}

function lastMonth(lines: readonly ResumeLine[]): { month: MonthDate | null; open: boolean } {
  let month: MonthDate | null = null;
  let open = false;
  for (const line of lines) {
    const range = findDateRange(line.text);
    if (range !== null && range.end === null) open = true;
    for (const d of datesIn(line.text)) {
      if (month === null || d.last.year * 12 + d.last.month > month.year * 12 + month.month) month = d.last;
    }
  }
  return { month, open };
}

// "Major in Hacking and Computer Penetration, University A": the field stated on a line of its own.
const MAJOR = /\b(?:major(?:ing)?|concentration|speciali[sz]ation|specialist)(?:\s+in\b|\s*:)\s*(\p{L}.*)$/iu;

/**
 * The field a line under a degree that names none ("Master of Arts") states as its major, or
 * null. A field cut by the end of its line goes on at the start of the next, before the school
 * ("Major in Hacking and Computer" over "Penetration, University A"), as a narrow column wraps it.
 */
function majorBelow(lines: readonly ResumeLine[], index: number): string | null {
  for (let k = index + 1; k <= index + 2 && k < lines.length && levelSegment(lines[k].text) === null; k++) {
    const m = MAJOR.exec(lines[k].text);
    if (m === null) continue;
    const field = m[1].replace(FIELD_CUT, '').trim();
    if (field === '' || INSTITUTION.test(field)) return null;
    const wrapped = field === m[1].trim() ? WRAPPED_FIELD.exec(lines[k + 1]?.text ?? '') : null;
    const goesOn = wrapped !== null && !INSTITUTION.test(wrapped[1]) && INSTITUTION.test(wrapped[2]);
    return goesOn ? `${field} ${wrapped[1]}` : field;
  }
  return null;
}

// "Bachelor of Engineering, Mechanical Engineering", "Associate of Applied Science, Network
// Administration": words that name the degree, not its field, when a field follows them.
const DEGREE_NAME_FIELD = /^(?:engineering|technology|applied sciences?|fine arts|science and technology)$/iu;

/** The field named in the segment after a line's degree ("…, Mechanical Engineering, Anna University"), or null. */
function fieldAfter(text: string, index: number): string | null {
  const segments = text.split(SEGMENTS).filter((s) => s !== '');
  const next = segments[index + 1]?.trim();
  if (next === undefined || INSTITUTION.test(next) || datesIn(next).length > 0) return null;
  return FIELD_LINE.test(next) && DISCIPLINE_HEAD.test(next.split(' ').pop() ?? '') ? next : null;
}

// "Computer Science" on a line of its own beside "Bachelor of Science": a field set apart from
// its degree, capitalised words that end in a discipline's head noun.
const FIELD_LINE = /^\p{Lu}\p{L}*(?:\s(?:\p{Lu}\p{L}*|and|of|&)){0,4}$/u;

/** The field a line just above or below a degree that names none states alone, or null. */
function fieldLineBeside(lines: readonly ResumeLine[], index: number): string | null {
  for (const k of [index - 1, index + 1, index + 2]) {
    const text = lines[k]?.text.trim();
    if (text === undefined || levelSegment(text) !== null) {
      if (k > index) break;
      continue;
    }
    if (FIELD_LINE.test(text) && DISCIPLINE_HEAD.test(text.split(' ').pop() ?? '') && !INSTITUTION.test(text))
      return fieldCase(text);
  }
  return null;
}

// The end of a wrapped field at the start of the next line, before the comma and school that
// followed it on the major's line ("Penetration, University A, New York").
const WRAPPED_FIELD = /^(\p{L}+(?:\s\p{L}+)?),\s*(.+)$/u;

/**
 * Degrees in the education section: each line naming a level (BACHELOR from "BSc", "Bachelor of
 * Science"...) opens an entry, and the field is read from it or from the segment after it.
 * Status is IN_PROGRESS when the entry says "expected" (or similar), runs to "Present", or its
 * last date is after `today`; COMPLETED otherwise, including when no date is given (a degree
 * listed without a year is, on a résumé, almost always finished). A bootcamp, a course or a
 * certificate names no level and is reported instead.
 */
export function readEducation(
  lines: readonly ResumeLine[],
  today: MonthDate,
): { entries: EducationEntry[]; unleveled: UnleveledEducation[] } {
  const found: { index: number; level: EducationLevel; field: string | null; school: boolean; studies: boolean }[] = [];
  const unleveled: UnleveledEducation[] = [];
  lines.forEach((line, index) => {
    const hit = levelSegment(line.text);
    if (hit === null) {
      if (BOOTCAMP.test(line.text) && !line.bullet) unleveled.push({ text: line.text, line: line.line });
      return;
    }
    // "High School Diploma" names a level, not a field.
    let field = hit.level === 'HIGH_SCHOOL' && !/\bin\b/iu.test(hit.segment) ? null : fieldOf(hit.segment);
    if (field === null && hit.level !== 'HIGH_SCHOOL') {
      const segments = line.text.split(SEGMENTS).filter((s) => s !== '');
      // The field follows the degree; after a bare "BS" a layout may set the school in between
      // ("BS  University of Pennsylvania, Computer Science").
      // "PhD, Climate Physics at the University of Tromsø": the field before "at" its school.
      const after = segments[hit.index + 1] ?? '';
      const bare = /^\S+$/u.test(hit.segment.trim()) && INSTITUTION.test(after) && !AT_SCHOOL.test(after);
      const next = segments[hit.index + (bare ? 2 : 1)]?.replace(AT_SCHOOL, '');
      if (next !== undefined && !INSTITUTION.test(next) && datesIn(next).length === 0 && /^\p{L}/u.test(next)) {
        field = next.replace(FIELD_CUT, '').trim() || null;
      }
    }
    if (field !== null && DEGREE_NAME_FIELD.test(field)) field = fieldAfter(line.text, hit.index) ?? field;
    if (hit.level !== 'HIGH_SCHOOL') field ??= majorBelow(lines, index) ?? fieldLineBeside(lines, index);
    found.push({
      index,
      level: hit.level,
      field,
      school: SCHOOL_NAME.test(hit.segment.trim()),
      studies: STUDIES.test(hit.segment),
    });
    // "M.Sc in Technology Entrepreneurship, B.Sc in Design and AI": a second degree of one
    // programme on the same line, opening its own segment.
    for (
      let more = levelSegment(line.text, hit.index + 1);
      more !== null;
      more = levelSegment(line.text, more.index + 1)
    ) {
      if (!opensWithDegree(more.segment)) continue;
      found.push({ index, level: more.level, field: fieldOf(more.segment), school: false, studies: false });
    }
  });
  // "P. Jog High School" over "SSC": a school's name that names a level gives way to the degree
  // line of its own entry, just below it.
  for (let k = found.length - 2; k >= 0; k--)
    if (found[k].school && !found[k + 1].school && found[k + 1].index - found[k].index <= 3) found.splice(k, 1);
  // "Giresun High School of Science, Giresun, Turkey  2010 – 2014": a school's name alone, no diploma.
  for (let k = found.length - 1; k >= 0; k--) {
    const own = lines.slice(found[k].index, Math.min(found[k].index + 3, found[k + 1]?.index ?? lines.length));
    if (found[k].school && !own.some((l) => SCHOOL_DIPLOMA.test(l.text))) found.splice(k, 1);
  }
  // "Master Studies Digital Media" under "M.Sc. Digital Media": the same degree told twice.
  for (let k = found.length - 1; k > 0; k--)
    if (found[k].studies && found.slice(0, k).some((e) => e.level === found[k].level && e.field === found[k].field))
      found.splice(k, 1);
  const entries = found.map((entry, k) => {
    const previousEnd = k === 0 ? -1 : found[k - 1].index;
    const nextStart = found.find((f, j) => j > k && f.index > entry.index)?.index ?? lines.length;
    // The degree line, the lines up to the next degree (institution, dates), and for the first
    // degree the line above it (layouts that put the school first).
    const from = Math.max(previousEnd + 1, entry.index - (k === 0 ? 2 : 1));
    const own = lines.slice(entry.index, Math.min(nextStart, entry.index + 4));
    const above = lines.slice(from, entry.index).filter((l) => !levelSegment(l.text));
    const context = [...own, ...above];
    // The dates on the degree's own line are its dates (a page footer below may carry another year).
    const { month, open } = lastMonth(
      datesIn(own[0].text).length > 0
        ? own.slice(0, 1)
        : own.length > 0 && datesIn(own.map((l) => l.text).join(' ')).length > 0
          ? own
          : context,
    );
    const stated = context.some((l) => IN_PROGRESS_WORDS.test(l.text));
    const future = month !== null && month.year * 12 + month.month >= today.year * 12 + today.month;
    const status: EducationStatus = stated || open || future ? 'IN_PROGRESS' : 'COMPLETED';
    return { level: entry.level, field: entry.field, status, line: lines[entry.index].line };
  });
  return { entries, unleveled };
}
