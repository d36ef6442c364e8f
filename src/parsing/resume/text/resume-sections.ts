import { namesDegree } from './education-entries';
import { NotAResumeDocumentError } from './not-a-resume-document-error';
import { isListGroupLabel, sectionHeading, type ResumeSectionKind } from './section-headings';
import type { ResumeLine } from './text-lines';
import { isJobLine } from './work-entries';

/** The lines under one heading (the header: the lines above the first). */
export interface ResumeSection {
  readonly kind: ResumeSectionKind;
  readonly heading: ResumeLine | null;
  readonly lines: ResumeLine[];
}

// A heading set in a left margin beside its first line ("Skills  Web Design  Interface Design").
const MARGIN_CELL = /^(\S.{0,38}?)\s{2,}(\S.*)$/u;

function marginHeading(text: string): { kind: ResumeSectionKind; rest: string } | null {
  const m = MARGIN_CELL.exec(text);
  const kind = m === null ? null : sectionHeading(m[1]);
  return kind === null || kind === 'other' ? null : { kind, rest: m![2] };
}

/**
 * The margin headings of a layout that sets each heading in a left margin, on the row of its
 * section's first line: only where two or more of them open different sections, so a lone table
 * row starting with such a word is no heading.
 */
function marginHeadings(lines: readonly ResumeLine[]): Set<ResumeLine> {
  const found = lines.flatMap((line) => {
    const m = marginHeading(line.text);
    return m === null ? [] : [{ line, kind: m.kind }];
  });
  return new Set(new Set(found.map((f) => f.kind)).size >= 2 ? found.map((f) => f.line) : []);
}

/** The document cut at its section headings; the first section is the header above them. */
export function splitSections(lines: readonly ResumeLine[]): ResumeSection[] {
  const sections: ResumeSection[] = [{ kind: 'header', heading: null, lines: [] }];
  const margins = marginHeadings(lines);
  for (const line of lines) {
    const kind = sectionHeading(line.text);
    const current = sections[sections.length - 1];
    const margin = margins.has(line) ? marginHeading(line.text) : null;
    if (kind !== null) sections.push({ kind, heading: line, lines: [] });
    // Inside a skills list, "Languages  Go, Rust" is a group label and its entries.
    else if (margin !== null && !(current.kind === 'skills' && isListGroupLabel(line.text.split(/\s{2}/u)[0]))) {
      sections.push({ kind: margin.kind, heading: line, lines: [{ ...line, text: margin.rest }] });
    } else current.lines.push(line);
  }
  return sections;
}

/**
 * Sections for a résumé whose headings were lost (a Word file converted from LaTeX, where the
 * headings were drawings): two or more job lines (a title and a date range) still show its
 * shape. The lines above the first job are a summary (what they name has unknown months), from
 * the first job on the work history, and from the first line after the last job that names a
 * degree, the education section. Null when the text does not show that shape.
 */
export function implicitSections(lines: readonly ResumeLine[]): ResumeSection[] | null {
  const jobs = lines.flatMap((line, i) => (isJobLine(line.text) ? [i] : []));
  if (jobs.length < 2) return null;
  const last = jobs[jobs.length - 1];
  const degree = lines.findIndex((line, i) => i > last && namesDegree(line.text));
  const end = degree < 0 ? lines.length : degree;
  return [
    { kind: 'header', heading: null, lines: [] },
    { kind: 'summary', heading: null, lines: lines.slice(0, jobs[0]) },
    { kind: 'experience', heading: null, lines: lines.slice(jobs[0], end) },
    { kind: 'education', heading: null, lines: lines.slice(end) },
  ];
}

/**
 * Throws NotAResumeDocumentError when the text has no résumé sections, or none of work history,
 * education and skills, saying what it reads like when that is clear (a memo, an invoice, a letter).
 * A résumé's skeleton is no such document: résumé sections under a person's name and a way to
 * reach them (`contact`) make a candidate, whose empty parts the warnings name.
 */
export function checkIsResume(
  sections: readonly ResumeSection[],
  lines: readonly ResumeLine[],
  found: { skills: number; education: number; work: number; contact: boolean },
): void {
  const core = sections.filter((s) => ['experience', 'education', 'skills', 'projects'].includes(s.kind));
  if (core.length > 0 && (found.skills + found.education + found.work > 0 || found.contact)) return;
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
