import type { DayInterval } from '../day-intervals';
import { dayAfter, firstDay, formatMonth, isBackwards } from './date-ranges';
import type { ParsedWork } from './resume-text-parse';
import type { ResumeSection } from './resume-sections';
import { mentionsIn, warn, type TextParseContext } from './text-skills';
import { readWorkBlocks, type WorkBlock } from './work-entries';

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
    const interval = intervalOf(ctx, block, today);
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
      mentionsIn(ctx, text, { section: section.kind, line: line.line }, interval);
    }
  }
}
