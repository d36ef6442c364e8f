import { NotAResumeDocumentError } from './not-a-resume-document-error';
import { sectionHeading, type ResumeSectionKind } from './section-headings';
import type { ResumeLine } from './text-lines';

/** The lines under one heading (the header: the lines above the first). */
export interface ResumeSection {
  readonly kind: ResumeSectionKind;
  readonly heading: ResumeLine | null;
  readonly lines: ResumeLine[];
}

/** The document cut at its section headings; the first section is the header above them. */
export function splitSections(lines: readonly ResumeLine[]): ResumeSection[] {
  const sections: ResumeSection[] = [{ kind: 'header', heading: null, lines: [] }];
  for (const line of lines) {
    const kind = sectionHeading(line.text);
    if (kind !== null) sections.push({ kind, heading: line, lines: [] });
    else sections[sections.length - 1].lines.push(line);
  }
  return sections;
}

/**
 * Throws NotAResumeDocumentError when the text has no résumé sections, or none of work history,
 * education and skills, saying what it reads like when that is clear (a memo, an invoice, a letter).
 */
export function checkIsResume(
  sections: readonly ResumeSection[],
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
