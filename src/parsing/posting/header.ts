import type { EmploymentType } from '../../domain/vocabulary';
import { knownHeadingKind } from './headings';
import { looksLikeJobTitle } from './job-title-pattern';
import { looksLikeLocation, tidyLocation } from './locations-pattern';
import type { SectionedLine } from './sections';
import { foldPunctuation } from './whitespace';

const QUESTION_TITLE = /\b(?:for|of) (?:the|a|an) (.{3,100}?) (?:position|role|job|opening|vacancy) (?:at|with) ([^?.\n]{2,60}?)\s*[?.]/iu;
const LABELED_TITLE = /^(?:job title|position title|title|position|role|job|opening)\s*[:\-–]\s*(.{3,120})$/iu;
const HIRING_PREFIX = /^(?:(?:we(?:'|’)re|we are|now) hiring|hiring|job opening|opening|new role|job)\s*[:!\-–—]\s*/iu;
const JUNK_LINE = /^(?:.|job description|job details|about the job|apply(?: now)?|easy apply|save|share|report|new|promoted|full job description|view job|job|posting|job posting|description)$/iu;
const WORKPLACE = /^(?:on-?site|remote|hybrid|in[- ]office|onsite|work from home|wfh)$/iu;

export interface TitleAndCompany {
  readonly title: string | null;
  readonly company: string | null;
}

/**
 * The job title and company from a posting's opening lines: "What are the responsibilities and
 * job description for the X position at Y?", "Job Title: X", "We're hiring: X", or the first
 * short line that names a job (skipping a stray logo letter, "Apply", "Save" ...). "X at
 * Company" and "X | Company" are split. The company may also come from the line under the
 * title, a "Company:" line, or an "About <Company>" heading.
 */
export function findTitleAndCompany(lines: readonly SectionedLine[]): TitleAndCompany {
  let title: string | null = null;
  let company: string | null = null;
  let titleIndex = -1;
  const head = lines.slice(0, 40);
  for (const line of head) {
    const q = QUESTION_TITLE.exec(line.text);
    if (q) {
      title = q[1].trim();
      company = q[2].trim();
      titleIndex = lines.indexOf(line);
      break;
    }
  }
  if (title === null) {
    for (const [i, line] of head.entries()) {
      const m = LABELED_TITLE.exec(line.text);
      if (m && i < 15) {
        title = m[1].trim();
        titleIndex = i;
        break;
      }
    }
  }
  if (title === null) {
    // "Hiring: Rust engineer (remote, contract). Need: ..." - the words after the prefix, up to the first stop.
    for (const line of lines.slice(0, 3)) {
      const hiring = /^(?:(?:we(?:'|’)re|we are|now) hiring|hiring)\s*[:!\-–—]\s*([^.!?(\n]{3,80})/iu.exec(line.text);
      if (hiring && looksLikeJobTitle(hiring[1].trim())) {
        title = hiring[1].trim();
        titleIndex = lines.indexOf(line);
        break;
      }
    }
  }
  if (title === null) {
    const opening = openingLines(lines);
    const pick = opening.find((l) => looksLikeJobTitle(l.line.text.replace(HIRING_PREFIX, ''))) ?? opening.find((l, k) => k === 0 && plausibleTitle(l.line.text));
    if (pick) {
      title = pick.line.text.replace(HIRING_PREFIX, '').trim();
      titleIndex = pick.index;
    }
  }
  if (title !== null) {
    const split = /^(.{3,}?)\s+(?:at|@|\||–|—|-)\s+([A-Z][\w&.'’ -]{1,40})$/u.exec(title);
    if (split && !looksLikeJobTitle(split[2]) && !/^\(/u.test(split[2])) {
      if (looksLikeLocation(split[2])) title = split[1].trim();
      else if (/\s(?:at|@|\|)\s/u.test(title)) {
        title = split[1].trim();
        company = company ?? split[2].trim();
      }
    }
    title = title.replace(/^[#*\s]+|[*\s]+$/gu, '').replace(/\s{2,}/gu, ' ');
  }
  company = company ?? companyFromLines(lines, titleIndex);
  return { title: title === '' ? null : title, company };
}

/** How many opening lines come before the first known heading (at most twelve): the header. */
export function headerZone(lines: readonly SectionedLine[]): number {
  const limit = Math.min(lines.length, 12);
  for (let i = 0; i < limit; i++) if (lines[i].heading && knownHeadingKind(lines[i].text) !== null) return i;
  return limit;
}

function plausibleTitle(text: string): boolean {
  if (!/^[A-Z0-9][\p{L}\p{N} ,&/()'’.+#:–—-]{3,79}$/u.test(text)) return false;
  return text.length >= 4 && text.length <= 80 && !/[.!?,;]$/u.test(text) && text.split(/\s+/u).length <= 10 && knownHeadingKind(text) === null && !looksLikeLocation(text);
}

/** The lines before the first real content: at most eight lines, stopping at the first heading. */
function openingLines(lines: readonly SectionedLine[]): { line: SectionedLine; index: number }[] {
  const out: { line: SectionedLine; index: number }[] = [];
  for (const [index, line] of lines.entries()) {
    if (index >= 10 || out.length >= 8) break;
    if (line.heading && knownHeadingKind(line.text) !== null) break;
    if (JUNK_LINE.test(line.text) || line.text.length < 3) continue;
    if (line.text.length > 150) break;
    out.push({ line, index });
  }
  return out;
}

function companyFromLines(lines: readonly SectionedLine[], titleIndex: number): string | null {
  for (const line of lines.slice(0, 60)) {
    const m = /^(?:company|employer|organization|organisation|company name)\s*:\s*(.{2,60})$/iu.exec(line.text);
    if (m) return m[1].trim();
  }
  if (titleIndex >= 0) {
    for (const line of lines.slice(titleIndex + 1, titleIndex + 4)) {
      const parts = line.text.split(/\s+[|·•—–-]\s+/u);
      // "Harbor Freight Logistics — Columbus, OH": a company then a place.
      if (parts.length > 1 && !parts.slice(1).some((p) => looksLikeLocation(p.replace(/\s*\([^)]*\)\s*$/u, '')) || WORKPLACE.test(p))) continue;
      const t = parts[0].replace(/^at\s+/u, '').replace(/\s*\(https?:[^)]*\)\s*$/u, '').replace(/\s*[-–—·|]\s*$/u, '').trim();
      if (
        t.length >= 2 &&
        t.length <= 40 &&
        /^[A-Z0-9]/u.test(t) &&
        t.split(/\s+/u).length <= 4 &&
        !looksLikeLocation(t) &&
        !WORKPLACE.test(t) &&
        !looksLikeJobTitle(t) &&
        knownHeadingKind(t) === null &&
        (!/[.!?:]$/u.test(t) || /\b(?:Inc|Ltd|LLC|Co|Corp|GmbH|S\.A|AG)\.$/u.test(t)) &&
        !/\b(?:full|part)[- ]time\b|\bcontract\b|\d/iu.test(t)
      ) {
        return t.replace(/\s+(?:Inc|Ltd|LLC|Co|Corp)\.?$/u, (x) => x).trim();
      }
    }
  }
  const counts = new Map<string, number>();
  for (const line of lines) {
    const about = /^about ([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2})$/u.exec(line.text);
    if (about && !/^(?:Us|You|The|This|Our|Business|Your)\b/u.test(about[1])) return about[1];
    for (const m of line.text.matchAll(/\b(?:at|join|Join|At) ([A-Z][A-Za-z0-9&.'’-]+(?: [A-Z][A-Za-z0-9&'’-]+){0,2})(?:,| we\b| is\b| are\b)/gu)) {
      counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best !== undefined && best[1] >= 2 ? best[0] : null;
}

const TYPE_WORDS: readonly (readonly [EmploymentType, RegExp])[] = [
  ['INTERN', /\b(?:intern|interns|internship|co-?op|co-operative education|apprentice(?:ship)?|working student|summer student)\b/iu],
  ['CONTRACTOR', /\b(?:contract(?:or)?(?:[- ]to[- ]hire)?|freelance|freelancer|c2c|corp[- ]to[- ]corp|1099|consultancy basis)\b/iu],
  ['TEMPORARY', /\b(?:temporary|temp|seasonal|fixed[- ]term|maternity cover)\b/iu],
  ['PART_TIME', /\bpart[- ]?time\b/iu],
  ['VOLUNTEER', /\b(?:volunteer|unpaid)\b/iu],
  ['PER_DIEM', /\bper[- ]diem\b/iu],
  ['FULL_TIME', /\b(?:full[- ]?time|permanent)\b/iu],
];

/**
 * The employment type: from the title first (an intern or co-op title settles it), then an
 * "Employment type:" style field, then the opening lines and the requirements or role text.
 * Company boilerplate (benefits, "about us") is not read, because it talks about other roles
 * ("based on a full-time schedule", "for part time roles"). Null when nothing says.
 */
export function findEmploymentType(title: string | null, lines: readonly SectionedLine[]): EmploymentType | null {
  const fromText = (raw: string): EmploymentType | null => {
    const text = foldPunctuation(raw);
    for (const [type, pattern] of TYPE_WORDS) if (pattern.test(text)) return type;
    return null;
  };
  if (title !== null) {
    const t = fromText(title);
    if (t !== null) return t;
  }
  const FIELD = /^(?:employment|job|position|contract|work|role|engagement)\s*type\s*:?\s*(.*)$|^(?:type|schedule)\s*:\s*(.+)$/iu;
  for (const [i, line] of lines.entries()) {
    const m = FIELD.exec(line.text);
    if (m) {
      // "Employment type" on one line and "Full-time" on the next (LinkedIn) counts too.
      const value = (m[1] ?? m[2] ?? '').trim() || (lines[i + 1]?.text ?? '');
      const t = fromText(value);
      if (t !== null) return t;
    }
  }
  const zone = headerZone(lines);
  const readable = lines.filter(
    (l, i) => i < zone || l.section === 'NONE' || l.section === 'RESPONSIBILITIES' || l.section === 'REQUIRED' || l.section === 'PREFERRED',
  );
  const votes = new Map<EmploymentType, number>();
  for (const line of readable) {
    const text = foldPunctuation(line.text).replace(/\bcontract(?:ual)? (?:law|management|negotiation)s?\b|\bcontracts?\b(?= with (?:clients|customers|vendors))/giu, '');
    for (const [type, pattern] of TYPE_WORDS) {
      if (type === 'TEMPORARY' && /\btemp(?:late|erature)/iu.test(text)) continue;
      if (pattern.test(text)) votes.set(type, (votes.get(type) ?? 0) + 1);
    }
  }
  for (const [type] of TYPE_WORDS) if ((votes.get(type) ?? 0) > 0) return type;
  return null;
}

/**
 * Where the job is: the items under "the following locations:" or a Locations heading, a
 * "Location:" field, and place lines among the opening lines ("Poughkeepsie, United States").
 */
export function findLocations(lines: readonly SectionedLine[]): string[] {
  const zone = headerZone(lines);
  const found: string[] = [];
  const add = (text: string): void => {
    const t = tidyLocation(text);
    if (t !== '' && !found.some((f) => f.toLowerCase() === t.toLowerCase())) found.push(t);
  };
  for (const [i, line] of lines.entries()) {
    const field = /^(?:job |work |office )?locations?\s*:\s*(.{2,200})$/iu.exec(line.text);
    if (field) {
      field[1].split(/\s*(?:;|\||\s\/\s|\bor\b)\s*/u).forEach((p) => p.trim() !== '' && add(p));
      continue;
    }
    if (line.section === 'LOCATIONS' && !line.heading && line.text.length <= 80 && !/[.!?:]$/u.test(line.text) && !/:\s/u.test(line.text)) {
      add(line.text);
      continue;
    }
    if (i < zone) {
      // Header lines: "Kestrel Systems | Denver, CO", "New York, NY or Remote (US)", "Toronto, ON (Hybrid)".
      if (looksLikeJobTitle(line.text)) continue;
      for (const part of line.text.split(/\s+(?:\||·|•|or|\/|[-–—])\s+|;\s*/u)) {
        const place = part.replace(/\s*\((?:hybrid|on-?site|remote|in[- ]office)[^)]*\)\s*$/iu, '').trim();
        if (looksLikeLocation(place)) add(place);
      }
    }
  }
  return found;
}

/** "Posted on 2025-01-10", "Date posted: January 10, 2025" as an ISO date; null when absent or invalid. */
export function findDatePosted(lines: readonly SectionedLine[]): string | null {
  const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  for (const line of lines) {
    if (!/\bposted\b|\bdate\b/iu.test(line.text)) continue;
    const iso = /\b(20\d\d)-(\d\d)-(\d\d)\b/u.exec(line.text);
    const named = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(20\d\d)\b/iu.exec(line.text);
    let y: number | null = null;
    let mo = 0;
    let d = 0;
    if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    else if (named) [y, mo, d] = [Number(named[3]), MONTHS.indexOf(named[1].toLowerCase()) + 1, Number(named[2])];
    if (y === null) continue;
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) {
      return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  return null;
}
