import { findDateRange, findLoneYear, type DateRange } from './date-ranges';
import type { ResumeLine } from './text-lines';

/** One job (or dated project) of the experience section, with the lines that describe it. */
export interface WorkBlock {
  readonly title: string | null;
  readonly employer: string | null;
  readonly range: DateRange;
  /** Line of the dates. */
  readonly line: number;
  /** Every line of the entry: its header lines, the dates line, its bullets. */
  readonly lines: readonly ResumeLine[];
  /** Text of the employer, left out when looking for skills ("Oracle" the employer is not Oracle the database). */
  readonly employerText: string | null;
}

// Overlaps ROLE_WORDS (skill-list-words.ts, the headline's) but is longer ("director", "qa", "sre"):
// a word here makes a line of a dated entry its job title, where the headline wants a plainer role;
// one list would change what both read.
/** Words that mark a line as a job title. */
const TITLE_WORD_LIST = [
  'engineer',
  'developer',
  'programmer',
  'architect',
  'manager',
  'analyst',
  'intern',
  'internship',
  'consultant',
  'scientist',
  'designer',
  'administrator',
  'admin',
  'specialist',
  'director',
  'head',
  'officer',
  'tester',
  'qa',
  'sre',
  'devops',
  'lead',
  'leader',
  'technician',
  'researcher',
  'assistant',
  'coordinator',
  'owner',
  'cto',
  'ceo',
  'cio',
  'founder',
  'co-founder',
  'freelancer?',
  'contractor',
  'associate',
  'trainee',
  'apprentice',
  'fellow',
  'instructor',
  'teacher',
  'tutor',
  'support',
  'operator',
  'strategist',
  'writer',
  'advocate',
  'evangelist',
  'principal',
  'staff',
  'member of technical staff',
];
const TITLE_WORDS = new RegExp(`\\b(?:${TITLE_WORD_LIST.join('|')})\\b`, 'iu');
const SPLIT = /\s*(?:[|•·◆♦]|\s[-–—]\s|\t|\s{2,}|,\s)\s*/u;
const LOCATION_LIKE = /^(?:remote|hybrid|on-?site|[A-Z][\p{L}.' -]+,\s*(?:[A-Z]{2}|[A-Z][\p{L}]+)|[A-Z][a-z]+)$/u;
// Words that name an organisation, not a role: "University of Bremen", "We4IT GmbH", "Getoq Consulting".
const ORGANISATION =
  /\b(?:university|universit[äa]t|college|institute|school|academy|gmbh|ag|inc|ltd|llc|plc|corp(?:oration)?|company|consulting|group|labs?|technologies|solutions|agency|bank)\b/iu;
const AT = /^(.*?)\s+(?:at|@)\s+(.+)$/u;
// Forms and CV templates label the fields: "Company: X", "Position: Y", "Period: 2019 - 2021".
const EMPLOYER_LABEL = /^(?:company|employer|organi[sz]ation|client|firm)\s*[:：]\s*(.+)$/iu;
const TITLE_LABEL = /^(?:position|title|job title|role|designation)\s*[:：]\s*(.+)$/iu;
const DATE_LABEL = /^(?:period|dates?|duration|from|when)\s*[:：]?$/iu;

/** Whether a line reads as a job: a date range and a word of a job title ("Data Engineer  CannaSpyglass  2021 – 2023"). */
export function isJobLine(text: string): boolean {
  return findDateRange(text) !== null && TITLE_WORDS.test(text);
}

// "Software Engineer at Rogue Snail (2019)": a job's title line ending in the one year it ran.
const YEAR_AT_END = /(?:\(\s*(?:19|20)\d\d\s*\)|\s{2}(?:19|20)\d\d|[,–—-]\s*(?:19|20)\d\d)$/u;

// "2019 (2 months)" alone on its line over the job it dates: a year and maybe how long within it.
const YEAR_LINE = /^\s*(?:19|20)\d\d(?:\s*\(\s*\d{1,2}\s+(?:months?|weeks?)\s*\))?\s*$/iu;

/** Whether a line is a job's title line dated by a year alone (a year covers the year, as a range of it would). */
function isJobYearLine(line: ResumeLine): boolean {
  return (
    !line.bullet &&
    line.text.length <= 100 &&
    TITLE_WORDS.test(line.text) &&
    (YEAR_AT_END.test(line.text) || TITLE_YEAR.test(line.text))
  );
}

// "Ruby on Rails Developer (2015)  APPLICANTLAB, Newport Beach": the year in brackets after the
// title, the employer after it.
const TITLE_YEAR = /^[^()]{2,60}\(\s*(?:19|20)\d\d\s*\)\s/u;

// "Senior DevOps Consultant: Bankmobile Inc.": a title, a colon and its employer, as pandoc
// résumés write a job's header under its dates.
const TITLE_COLON_EMPLOYER = /^([^:]{2,60}?):\s+((?:\S+\s?){1,6})$/u;

function titleColonEmployer(text: string): boolean {
  const m = TITLE_COLON_EMPLOYER.exec(text);
  return m !== null && TITLE_WORDS.test(m[1]) && !INLINE_LIST.test(m[2]);
}

// "Tools: Git, Docker, Jira": a label over a list, no employer.
const INLINE_LIST = /,.*,/u;

function isHeaderLike(line: ResumeLine): boolean {
  if (EMPLOYER_LABEL.test(line.text) || TITLE_LABEL.test(line.text)) return true;
  if (!line.bullet && titleColonEmployer(line.text) && findDateRange(line.text) === null) return true;
  return (
    !line.bullet &&
    line.text.length <= 80 &&
    !/[.;]$/u.test(line.text) &&
    !/:/u.test(line.text) &&
    findDateRange(line.text) === null
  );
}

/** "Company: X" and "Position: Y" lines of an entry, which say outright what the layout only suggests. */
function labelled(lines: readonly ResumeLine[]): { title: string | null; employer: string | null } {
  let title: string | null = null;
  let employer: string | null = null;
  for (const line of lines) {
    employer ??= EMPLOYER_LABEL.exec(line.text)?.[1].trim() ?? null;
    title ??= TITLE_LABEL.exec(line.text)?.[1].trim() ?? null;
  }
  return { title, employer };
}

function parts(text: string): string[] {
  return (
    (titleColonEmployer(text) ? text.replace(/:\s+/u, '  ') : text)
      .split(SPLIT)
      // "Rogue Snail (2019)" with its year cut out leaves "Rogue Snail (": the bracket goes too.
      .map((p) => p.replace(/^[,(\s\-–—|]+|[,()\s\-–—|]+$/gu, '').trim())
      .filter((p) => p !== '' && !/^(?:present|current|now)$/iu.test(p) && !DATE_LABEL.test(p))
  );
}

// "since January 2016, Programming and watching cute cat videos.": the job's description set
// after its dates is a sentence, no employer (whose name would be kept out of the skills read).
const SENTENCE = /^\S+(?:\s+\S+){3,}[.!]$/u;

// "Freelance | SENIOR FULL-STACK SOFTWARE ENGINEER": a way of working set where the employer goes
// is no title when another part names one.
const WORK_MODE = /^(?:freelancer?|self[- ]employed|independent(?: contractor)?|contractor)$/iu;

function titleAndEmployer(candidates: readonly string[]): { title: string | null; employer: string | null } {
  let title: string | null = null;
  let employer: string | null = null;
  const titled = candidates.filter((p) => TITLE_WORDS.test(p) && !WORK_MODE.test(p));
  for (const part of candidates) {
    if (title === null && employer === null && WORK_MODE.test(part) && titled.length > 0) {
      employer = part;
      continue;
    }
    const at = AT.exec(part);
    if (at !== null && TITLE_WORDS.test(at[1])) {
      title ??= at[1];
      employer ??= at[2];
      continue;
    }
    if (title === null && TITLE_WORDS.test(part)) title = part;
    else if (
      employer === null &&
      !SENTENCE.test(part) &&
      !(LOCATION_LIKE.test(part) && part.split(/\s+/u).length <= 3 && /,|^remote$|^hybrid$/iu.test(part))
    )
      employer = part;
  }
  // "Scientific Employee / Software Development - University of Bremen": with no title word
  // anywhere, a part naming an organisation is the employer and the part before it the title.
  if (title === null && employer !== null && !ORGANISATION.test(employer)) {
    const org = candidates.slice(candidates.indexOf(employer) + 1).find((p) => ORGANISATION.test(p));
    if (org !== undefined) return { title: employer, employer: org };
  }
  return { title, employer };
}

// "(since Aug 2024)": a bracketed aside dating one duty of the job it sits in.
const ASIDE_SINCE = /\(\s*$/u;

/**
 * Whether a "since …" date is an aside, not a new job: bracketed in a bullet ("UTA for Data
 * Structures (since Aug 2024)"), inside a paragraph's sentence ("continuing the project on
 * software defined radios from 2018."), or in a sentence after a skill's label ("Python: Study
 * this language since 2010 and …").
 */
function isAsideSince(line: ResumeLine, range: DateRange): boolean {
  if (!/^(?:since|from)\b/iu.test(range.text)) return false;
  if (line.bullet) return ASIDE_SINCE.test(line.text.slice(0, range.index));
  const sentence = /[.!]$/u.test(line.text.trim());
  return sentence && (line.text.length > 120 || (SKILL_ROW.test(line.text) && line.text.split(/\s+/u).length >= 8));
}

// "Tableau: Since 2019 I had been training in Tableau …": a row naming a skill and telling, in a
// sentence, how long the person has known it, as a summary of skills does; no job.
const SKILL_ROW = /^[^:]{1,30}:\s/u;

/** A dates line without its dates: the title, employer or place set beside them. */
function besideDates(text: string, range: DateRange): string {
  return (text.slice(0, range.index) + '  ' + text.slice(range.index + range.length)).trim();
}

// A start month left hanging on a dash ("2016 / 09 - University of Bremen").
const HANGING_DASH = /^\s*[-–—]/u;

/**
 * The anchor whose lone month, left hanging on a dash, is the newest start of the section: a
 * current job written with its start alone ("2016 / 09 - University of Bremen" above "2014 - 2016
 * - We4IT"), or null. An older lone month stays a short stint ("2011 / 11 - Getoq Consulting").
 */
function currentStartIndex(
  lines: readonly ResumeLine[],
  anchors: readonly { index: number; range: DateRange }[],
): number | null {
  const key = (d: { year: number; month: number }) => d.year * 12 + d.month;
  let newest: number | null = null;
  anchors.forEach((a, k) => {
    if (newest === null || key(a.range.start) > key(anchors[newest].range.start)) newest = k;
  });
  if (newest === null || anchors.length < 2) return null;
  const { index, range } = anchors[newest];
  const lone = range.end !== null && key(range.end) === key(range.start);
  const hanging = HANGING_DASH.test(lines[index].text.slice(range.index + range.length));
  const othersRanges = anchors.some(
    (a, k) => k !== newest && a.range.end !== null && key(a.range.end) > key(a.range.start),
  );
  return lone && hanging && othersRanges ? newest : null;
}

/**
 * Jobs in an experience section. Each line holding a date range anchors one job (with
 * `loneYears`, so does a non-bullet line dated by a year alone, as projects are); up to two
 * header lines above it (not bullets, no sentence, no label) and, when those say too little,
 * up to two below it give the title and employer. The job's lines run to the next job's first
 * header line, so a skill named anywhere in them earns the job's months.
 */
export function readWorkBlocks(
  lines: readonly ResumeLine[],
  loneYears = false,
): { blocks: WorkBlock[]; before: ResumeLine[] } {
  const anchors: { index: number; range: DateRange }[] = [];
  lines.forEach((line, index) => {
    const range =
      findDateRange(line.text) ??
      ((loneYears && !line.bullet) || isJobYearLine(line) || YEAR_LINE.test(line.text)
        ? findLoneYear(line.text)
        : null);
    if (range !== null && !isAsideSince(line, range)) anchors.push({ index, range });
  });
  // "2016 / 09 - University of Bremen" over "Fullstack Javascript Engineer": where the section opens
  // with a dates line naming no job title, each entry opens with its dates, and the lines above
  // the next dates close the entry before.
  // Likewise where the section opens with a job's title alone on its dates line, its employer on
  // the line under it ("Director of Data Science  2020 - Present" over "XYZ Corporation"): a line
  // above the next dates line ("Tags  Dataiku Snowflake") closes the entry before.
  const first = anchors[0];
  const datesFirst =
    first?.index === 0 &&
    (!TITLE_WORDS.test(lines[0].text) ||
      (parts(besideDates(lines[0].text, first.range)).length < 2 && lines.length > 1 && isHeaderLike(lines[1])));
  const starts = anchors.map((anchor, k) => {
    if (datesFirst) return anchor.index;
    const floor = k === 0 ? 0 : anchors[k - 1].index + 1;
    let start = anchor.index;
    while (start > floor && anchor.index - start < 2 && isHeaderLike(lines[start - 1])) start--;
    return start;
  });
  const current = currentStartIndex(lines, anchors);
  if (current !== null) anchors[current] = { ...anchors[current], range: { ...anchors[current].range, end: null } };
  const blocks = anchors.map((anchor, k): WorkBlock => {
    const end = k + 1 < anchors.length ? starts[k + 1] : lines.length;
    const own = lines.slice(starts[k], end);
    const dateLine = lines[anchor.index];
    const rest = besideDates(dateLine.text, anchor.range);
    const candidates = [...lines.slice(starts[k], anchor.index).flatMap((l) => parts(l.text)), ...parts(rest)];
    if (candidates.length < 2) {
      const below = lines.slice(anchor.index + 1, Math.min(end, anchor.index + 3));
      for (const line of below) {
        if (!isHeaderLike(line)) break;
        candidates.push(...parts(line.text));
      }
    }
    const guessed = titleAndEmployer(candidates.filter((c) => !EMPLOYER_LABEL.test(c) && !TITLE_LABEL.test(c)));
    const stated = labelled(own);
    const title = stated.title ?? guessed.title;
    const employer = stated.employer ?? guessed.employer;
    return { title, employer, range: anchor.range, line: dateLine.line, lines: own, employerText: employer };
  });
  const before = lines.slice(0, anchors.length === 0 ? lines.length : starts[0]);
  return { blocks, before };
}
