import { knownHeadingKind } from './headings';
import { JOB_NOUN_WORDS, looksLikeJobTitle } from './job-title-pattern';
import { looksLikeLocation } from './locations-pattern';
import type { SectionedLine } from './sections';

const QUESTION_TITLE =
  /\b(?:for|of) (?:the|a|an) (.{3,100}?) (?:position|role|job|opening|vacancy) (?:at|with) ([^?.\n]{2,60}?)\s*[?.]/iu;
// "Co-op Student Position Title: Software Developer Intern" (a co-op portal's field) too.
const LABELED_TITLE =
  /^(?:(?:[\w-]+ ){0,3}(?:job|position) title|title|position|role|job|opening)\s*[:\-–]\s*(.{3,120})$/iu;
const HIRING_PREFIX =
  /^(?:(?:(?:we(?:'|’)re|we are|now) hiring|hiring|job opening|opening|new role|job)\s*[:!\-–—]|job description (?:for|of)(?:\s+(?:the|an?)\b)?)\s*/iu;
const JUNK_LINE =
  /^(?:.|job description|job details|about the job|apply(?: now)?|easy apply|save|share|report|new|promoted|full job description|view job|job|posting|job posting|description)$/iu;
const AS_A_TITLE =
  /\b[Aa]s an? ((?:[A-Z][\w/&+.-]*\s+){0,5}[A-Z][\w/&+.-]*?)(?=,|\.(?:\s|$)|\s+(?:at|with|on|in|for)\s|\s+you\b)/u;
// "CrowdStrike Services is seeking a Sr. Platform Operations Specialist who ...", "We are looking for an AI Software Developer".
// "Jumio is seeking an experienced Senior Machine Learning Engineer to join": a few plain adjectives may come first.
const SOUGHT_TITLE =
  /\b(?:is|are|[Ww]e're|[Ww]e’re) (?:seeking|hiring|looking for) (?:an?|our (?:first|next|new))\s+(?:(?:experienced|talented|skilled|motivated|passionate|driven|dedicated|seasoned|creative|curious|highly|self-driven|exceptional|enthusiastic)(?:,\s*|\s+(?:and\s+)?)){0,3}((?:[A-Z][\w/&+.-]*\s+){0,5}[A-Z][\w/&+.-]*)(?=\s+(?:who|to|with|that|for|in|at|on|and)\b|\s*[,.!]|\s*$)/u;
// "We are looking for Java developers!", "Seeking Ruby/Jekyll contractors to start ASAP": the job, named in the plural.
const SOUGHT_PLURAL =
  /^(?:(?:we(?:'|’)re|we are|now) (?:looking for|seeking|hiring)|seeking|hiring)\s+((?:(?:[A-Z][\w/&+.-]*|\/)\s+){0,5})([A-Za-z-]+?)s(?=\s*[!.]?\s*$|\s+(?:to|for|who|with|in|at)\b)/iu;
// "Reporting to the Senior Research Manager, the Research Data Analyst will support ...".
const THE_TITLE_WILL = /\b[Tt]he ((?:[A-Z][\w/&+.-]*\s+){0,6}[A-Z][\w/&+.-]*) will\b/u;
// "Software Engineer I", "Data Analyst II": a level may follow the job noun.
const ENDS_IN_JOB_NOUN = new RegExp(String.raw`\b(?:${JOB_NOUN_WORDS.join('|')})s?(?: (?:I{1,3}|IV|[1-5]))?$`, 'iu');
const GLUED_AFTER_NOUN = new RegExp(
  String.raw`\b((?:${JOB_NOUN_WORDS.filter((w) => w.length >= 5)
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|')})s?)(?=[A-Z][a-z]|at [A-Z])`,
  'u',
);
const FIELD_LABEL =
  /^(?:location|locations|term|date|salary|pay|type|department|team|division|company|employer|schedule|shift|status|category|level|grade|duration|deadline|posted|closing|reference|ref|req|requisition|id)$/iu;
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
    // "... sponsorship of an employment visa for this role at this time." names no job.
    if (q && looksLikeJobTitle(q[1])) {
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
  const opening = title === null ? openingLines(lines) : [];
  if (title === null) {
    const pick = opening.find((l) => looksLikeJobTitle(l.line.text.replace(HIRING_PREFIX, '')));
    // An opening that seeks the job in the plural ("We are looking for Java developers!" names a Java developer),
    // unless a title line comes before it.
    for (const [i, line] of lines.slice(0, Math.min(3, pick?.index ?? 3)).entries()) {
      const m = SOUGHT_PLURAL.exec(line.text);
      if (m && (ENDS_IN_JOB_NOUN.test(m[2]) || /^(?:contractor|freelancer|consultant)$/iu.test(m[2]))) {
        title = `${m[1]}${m[2]}`.trim();
        titleIndex = i;
        break;
      }
    }
    if (title === null && pick) {
      const text = pick.line.text.replace(HIRING_PREFIX, '').trim();
      // "Acme is hiring a Senior Data Engineer" as the opening line: the job it names.
      const sought = SOUGHT_TITLE.exec(text);
      title = sought !== null && ENDS_IN_JOB_NOUN.test(sought[1]) ? sought[1] : text;
      titleIndex = pick.index;
    }
  }
  // Only the prose names the job: "As a Software Development Intern at iO Campus Sofia, you will join", "... is
  // seeking a Sr. Platform Operations Specialist who ...", "the Research Data Analyst will support ...".
  for (const pattern of [AS_A_TITLE, SOUGHT_TITLE, THE_TITLE_WILL]) {
    if (title !== null) break;
    for (const [i, line] of lines.slice(0, 30).entries()) {
      const m = pattern.exec(line.text);
      if (m && ENDS_IN_JOB_NOUN.test(m[1])) {
        title = m[1];
        titleIndex = i;
        break;
      }
    }
  }
  if (title === null) {
    // A first line that reads as a name, though no job noun says so ("Growth Hacking Lead" has one; "Wanted: new member
    // of the team" has not): weaker than the prose naming a job.
    const pick = opening.find((l, k) => k === 0 && plausibleTitle(l.line.text));
    if (pick) {
      title = pick.line.text.replace(HIRING_PREFIX, '').trim();
      titleIndex = pick.index;
    }
  }
  if (title !== null) {
    // "Orbisk - Customer Success Manager (FR)": a company, then the job.
    const lead = /^(.{2,40}?)\s+[–—-]\s+(.{3,})$/u.exec(title);
    if (
      lead &&
      lead[1].split(/\s+/u).length <= 3 &&
      !looksLikeJobTitle(lead[1]) &&
      looksLikeJobTitle(lead[2]) &&
      !looksLikeLocation(lead[1])
    ) {
      title = lead[2].trim();
      company = company ?? lead[1].trim();
    }
    // "Data Engineer at Acme (Remote)": the company's workplace in brackets goes with it.
    const split =
      /^(.{3,}?)\s+(?:at|@|\||–|—|-)\s+([A-Z][\w&.'’ -]{1,40}?)(?:\s*\((?:[Rr]emote|[Hh]ybrid|[Oo]n-?[Ss]ite)[^()]{0,30}\))?$/u.exec(
        title,
      );
    if (split && !looksLikeJobTitle(split[2]) && !/^\(/u.test(split[2])) {
      if (looksLikeLocation(split[2])) title = split[1].trim();
      else if (/\s(?:at|@|\|)\s/u.test(title)) {
        title = split[1].trim();
        company = company ?? split[2].trim();
      }
    }
    // "Developer job description": the document's name around the job's.
    title = title
      .replace(/^[#*\s]+|[*\s]+$/gu, '')
      .replace(/\s{2,}/gu, ' ')
      .replace(/\s+(?:job|role|position) (?:description|profile|specification)$/iu, '');
    // Text pasted without its line breaks: "Software Developer InternMarkham, ON", "Full-Stack Software Engineerat NJ
    // Office": the job noun ends the title where the next line was glued on.
    const glued = GLUED_AFTER_NOUN.exec(title);
    if (glued !== null && looksLikeJobTitle(title.slice(0, glued.index + glued[1].length)))
      title = title.slice(0, glued.index + glued[1].length);
  }
  company = company ?? companyFromLines(lines, titleIndex);
  return { title: title === '' ? null : title, company };
}

function plausibleTitle(text: string): boolean {
  if (!/^[A-Z0-9][\p{L}\p{N} ,&/()'’.+#:–—-]{3,79}$/u.test(text)) return false;
  // "Company" alone: a page field's label.
  if (FIELD_LABEL.test(text)) return false;
  // "Location: Issaquah", "Term Posted: 2026 - Summer", "Position Objective:": a field or a label, not a title
  // ("Wanted: new member of the team" still is one).
  const field = /^([\p{L}][\p{L} ]{0,30}):(\s|$)/u.exec(text);
  if (field && (field[2] === '' || /\s/u.test(field[1]) || FIELD_LABEL.test(field[1]))) return false;
  return (
    text.length >= 4 &&
    text.length <= 80 &&
    !/[.!?,;]$/u.test(text) &&
    text.split(/\s+/u).length <= 10 &&
    knownHeadingKind(text) === null &&
    !looksLikeLocation(text)
  );
}

/**
 * The lines before the first real content: at most eight lines, stopping at the first heading. After a paragraph
 * only a line in capitals goes on ("Redmond, WA", a company paragraph, then "NEW GRADUATE ENGINEER, SOFTWARE").
 */
function openingLines(lines: readonly SectionedLine[]): { line: SectionedLine; index: number }[] {
  const out: { line: SectionedLine; index: number }[] = [];
  let prose = false;
  for (const [index, line] of lines.entries()) {
    if (index >= 10 || out.length >= 8) break;
    if (line.heading && knownHeadingKind(line.text) !== null) break;
    if (JUNK_LINE.test(line.text) || line.text.length < 3) continue;
    if (line.text.length > 150) {
      prose = true;
      continue;
    }
    if (prose && (!/\p{Lu}{2}/u.test(line.text) || /\p{Ll}/u.test(line.text))) break;
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
      // The company is named before the posting's first section, not inside it.
      if (line.heading && knownHeadingKind(line.text) !== null) break;
      const parts = line.text.split(/\s+[|·•—–-]\s+/u);
      // "Harbor Freight Logistics — Columbus, OH": a company then a place.
      if (
        parts.length > 1 &&
        !parts.slice(1).some((p) => looksLikeLocation(p.replace(/\s*\([^)]*\)\s*$/u, '')) || WORKPLACE.test(p))
      )
        continue;
      const t = parts[0]
        .replace(/^at\s+/u, '')
        .replace(/\s*\(https?:[^)]*\)\s*$/u, '')
        .replace(/\s*[-–—·|]\s*$/u, '')
        .trim();
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
        return t;
      }
    }
  }
  const counts = new Map<string, number>();
  for (const line of lines) {
    const about = /^about ([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2})$/u.exec(line.text);
    if (about && !/^(?:Us|You|The|This|Our|Business|Your)\b/u.test(about[1])) return about[1];
    for (const m of line.text.matchAll(
      /\b(?:at|join|Join|At) ([A-Z][A-Za-z0-9&.'’-]+(?: [A-Z][A-Za-z0-9&'’-]+){0,2})(?:,| we\b| is\b| are\b)/gu,
    )) {
      counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best !== undefined && best[1] >= 2 ? best[0] : null;
}
