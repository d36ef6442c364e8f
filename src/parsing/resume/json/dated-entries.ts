import type { SkillDef } from '../../../domain/taxonomy/skill-def';
import type { DayInterval } from '../day-intervals';
import type { JsonRecord } from '../json-values';
import { parseResumeDate } from '../resume-date';
import { skillEntry, warn, type ImportContext } from './import-context';
import { readEntry, readSection, readText, readTextList } from './json-fields';
import { skillsMentionedIn, skillsNamedBy } from './skill-names';

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

/**
 * The jobs (`work`) or `projects` section: every skill an entry's texts name earns the entry's
 * dated interval.
 */
export function importDated(ctx: ImportContext, doc: JsonRecord, section: 'work' | 'projects'): void {
  const keys = section === 'work' ? WORK_TEXT_KEYS : PROJECT_TEXT_KEYS;
  readSection(ctx, doc, section).forEach((item, index) => {
    const path = `$.${section}[${index}]`;
    const entry = readEntry(ctx, item, path);
    if (entry !== null) creditEntry(ctx, entry, path, keys);
  });
}
