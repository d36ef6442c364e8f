import type { DayInterval } from '../day-intervals';
import { dayAfter, firstDay, formatMonth, isBackwards } from './date-ranges';
import type { ParsedWork } from './resume-text-parse';
import type { ResumeSection } from './resume-sections';
import { mentionsIn, warn, type TextParseContext } from './text-skills';
import { readWorkBlocks, type WorkBlock } from './work-entries';

/**
 * The day intervals of an entry: its range, and the same span in the later years it names
 * ("Summer 2012 and 2013") or the further ranges written after it ("2015 - 2017, 2022 - Present").
 */
function intervalsOf(ctx: TextParseContext, block: WorkBlock, today: number): DayInterval[] {
  const first = intervalOf(ctx, block, today);
  if (first === null) return [];
  const repeats = (block.range.repeats ?? [])
    .map((r) => ({ start: firstDay(r.start), end: r.end === null ? today + 1 : Math.min(dayAfter(r.end), today + 1) }))
    .filter((r) => r.start < r.end);
  return [first, ...repeats];
}

function intervalOf(ctx: TextParseContext, block: WorkBlock, today: number): DayInterval | null {
  const range = block.range;
  if (isBackwards(range)) {
    warn(ctx, 'END_BEFORE_START', block.line, `"${range.text}" ends before it starts; the entry's dates are ignored`);
    return null;
  }
  const start = firstDay(range.start);
  if (start > today) {
    warn(ctx, 'FUTURE_START', block.line, `"${range.text}" starts in the future; the entry's dates are ignored`);
    return null;
  }
  const end = range.end === null ? today + 1 : dayAfter(range.end);
  return { start, end: Math.min(end, today + 1) };
}

/**
 * An experience or projects section: each dated entry (a job, with `work` given) and the skills its
 * lines name, which earn the entry's months; lines before the first entry name skills without months.
 * With `loneYears` (projects) an entry may be dated by a year alone ("Custom Operating System  2002").
 */
export function readDated(
  ctx: TextParseContext,
  section: ResumeSection,
  today: number,
  work: ParsedWork[] | null,
  loneYears = false,
): void {
  const { blocks, before } = readWorkBlocks(section.lines, loneYears);
  for (const line of before) mentionsIn(ctx, line.text, { section: section.kind, line: line.line }, null);
  for (const block of blocks) {
    const intervals = intervalsOf(ctx, block, today);
    work?.push({
      title: block.title,
      employer: block.employer,
      start: formatMonth(block.range.start),
      end: block.range.end === null ? null : formatMonth(block.range.end),
      foundAt: { section: section.kind, line: block.line },
    });
    for (const line of block.lines) {
      let text = line.text;
      if (block.employerText !== null) text = text.replace(block.employerText, ' ');
      const at = { section: section.kind, line: line.line };
      const place = block.title !== null && line.text.includes(block.title) ? 'title' : 'prose';
      if (intervals.length === 0) mentionsIn(ctx, text, at, null, place);
      for (const interval of intervals) mentionsIn(ctx, text, at, interval, place);
    }
  }
}
