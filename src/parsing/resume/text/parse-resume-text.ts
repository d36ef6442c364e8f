import type { CandidateSkillDraft } from '../../../domain/drafts';
import type { Taxonomy } from '../../../domain/taxonomy/taxonomy';
import { mergedMonths } from '../day-intervals';
import { dayOf } from '../resume-date';
import { readContactFields } from './contact-fields';
import type { MonthDate } from './date-ranges';
import { readDated } from './dated-sections';
import { readEducation } from './education-entries';
import { headlineOf } from './headline';
import { profileLines } from './profile-paragraph';
import { checkIsResume, implicitSections, splitSections, type ResumeSection } from './resume-sections';
import type { ParsedEducation, ParsedSkill, ParsedWork, ResumeTextOptions, ResumeTextParse } from './resume-text-parse';
import { listLine, namesLeveledGroups, spokenLanguagesRow } from './skill-list-lines';
import { mentionsIn, warn, type TextParseContext } from './text-skills';
import { resumeLines, type ResumeLine } from './text-lines';
import { rejoinWrappedNames } from './wrapped-names';

const UNNAMED = 'Unnamed candidate';

function monthOf(now: Date): MonthDate {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
}

/**
 * The lines of a "Contact" section, where a sidebar layout opens the page with a heading and sets
 * the contact details (and often the name after them) under it.
 */
function contactSectionLines(sections: readonly ResumeSection[]): ResumeLine[] {
  const contact = sections.find(
    (s) => s.heading !== null && /^\W*(?:contact|personal details|personal information)\b/iu.test(s.heading.text),
  );
  return contact === undefined ? [] : contact.lines;
}

const HEADER_SKILL_ROW = /^\s*(?:techs?|technologies|tech stack|skills|fields|tools)\s*:/iu;

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
  const lines = rejoinWrappedNames(resumeLines(text), taxonomy);
  const headed = splitSections(lines);
  const sections = (headed.length === 1 ? implicitSections(lines) : null) ?? headed;
  const ctx: TextParseContext = { taxonomy, skills: new Map(), spoken: new Map(), soft: new Map(), warnings: [] };
  const today = dayOf(options.now);
  const work: ParsedWork[] = [];
  const education: ParsedEducation[] = [];
  const header = sections[0].lines;
  // A sidebar's "Contact" section holds what a header beside it (the name over a headline) lacks.
  const contact = readContactFields([...header, ...contactSectionLines(sections)], lines);
  for (const section of sections) {
    switch (section.kind) {
      case 'experience':
        readDated(ctx, section, today, work);
        break;
      case 'projects':
        readDated(ctx, section, today, null, true);
        break;
      case 'skills':
      case 'languages':
      case 'softSkills':
        section.lines.forEach((line, i) => {
          if (!namesLeveledGroups(section.lines, i)) listLine(ctx, line, section.kind);
        });
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
      case 'other':
        for (const line of section.lines) spokenLanguagesRow(ctx, line);
        break;
      default:
        break;
    }
  }
  const taken = new Set(Object.values(contact.lines));
  const headline = headlineOf(header, taken);
  // "Senior Java Developer" under the name names a skill, with no dates of its own.
  const headlineLine =
    header.find((l) => l.text === headline) ?? header.find((l) => headline?.endsWith(` ${l.text}`) === true);
  if (headline !== null && headlineLine !== undefined)
    mentionsIn(ctx, headline, { section: 'header', line: headlineLine.line }, null, 'title');
  // "Techs: Meteor, Javascript, Bootstrap" under the name: a skills list the template sets in its header.
  for (const line of header) if (HEADER_SKILL_ROW.test(line.text)) listLine(ctx, line, 'skills');
  // A profile paragraph set under the name with no heading of its own reads as a summary.
  for (const line of profileLines(header, taken))
    mentionsIn(ctx, line.text, { section: 'header', line: line.line }, null);
  checkIsResume(sections, lines, {
    skills: ctx.skills.size,
    education: education.length,
    work: work.length,
    contact: contact.name !== null && (contact.email !== null || contact.phone !== null),
  });
  if (contact.name === null) warn(ctx, 'MISSING_NAME', null, `No name found; the candidate is called "${UNNAMED}"`);
  if (contact.email === null) warn(ctx, 'MISSING_EMAIL', null, 'No e-mail address found');
  if (sections.some((s) => s.kind === 'experience') && work.length === 0) {
    warn(
      ctx,
      'NO_WORK_DATES',
      sections.find((s) => s.kind === 'experience')?.heading?.line ?? null,
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
