/**
 * The columns of PDF pages: a gutter between two columns, a full-width band above them and a
 * footer below, and columns that go on over pages, read in the order a reader reads them.
 */

import { sectionHeading } from '../parsing/resume/text/section-headings';
import { rows, rowText, type TextRun } from './pdf-rows';

/**
 * The x of a gutter between two columns, or null. A gutter is a vertical strip in the middle
 * of the page that no run crosses, with text on both sides, and — to tell a second column from
 * dates set flush right of a one-column layout — a section heading on each side.
 */
function gutter(runs: readonly TextRun[], pageWidth: number, sidebars = false): number | null {
  if (runs.length < 20) return null;
  const step = 2;
  let best: { from: number; to: number } | null = null;
  let from: number | null = null;
  for (let x = pageWidth * 0.2; x <= pageWidth * 0.8; x += step) {
    const crossed = runs.some((r) => r.x < x && r.x + r.width > x);
    if (!crossed) from ??= x;
    if ((crossed || x + step > pageWidth * 0.8) && from !== null) {
      if (best === null || x - from > best.to - best.from) best = { from, to: x };
      from = null;
    }
  }
  if (best === null || best.to - best.from < 8) return null;
  const split = (best.from + best.to) / 2;
  const sides = [runs.filter((r) => r.x + r.width <= split), runs.filter((r) => r.x >= split)];
  const headed = sides.every((side) => rows(side).some((row) => sectionHeading(rowText(row).trim()) !== null));
  if (!headed) return sidebars && isSidebar(sides[0], sides[1], split) ? split : null;
  return !isMarginColumn(sides[0], sides[1]) ? split : null;
}

/** How close to the gutter a wrapped row of the main column ends, in points. */
const FILLED_REACH = 40;

/**
 * Whether a printed web page sets a sidebar beside its main column (a job board's "More jobs at …" list): the
 * left column is prose that wraps right up to the gutter, and the sidebar sets its rows at baselines of its own. A
 * table or flush-right dates share the text's baselines, and a list of short items reaches no gutter.
 */
function isSidebar(left: readonly TextRun[], right: readonly TextRun[], split: number): boolean {
  const leftRows = rows(left);
  const rightRows = rows(right);
  if (leftRows.length < 10 || rightRows.length < 5) return false;
  const filled = leftRows.filter((row) => Math.max(...row.map((r) => r.x + r.width)) >= split - FILLED_REACH).length;
  const beside = rightRows.filter((row) =>
    left.some((r) => Math.abs(r.y - row[0].y) <= Math.max(2, row[0].height / 3)),
  ).length;
  return filled * 3 >= leftRows.length && beside * 2 < rightRows.length;
}

/** How wide a side of the page is, from its leftmost run's start to its rightmost run's end. */
function extent(runs: readonly TextRun[]): number {
  return Math.max(...runs.map((r) => r.x + r.width)) - Math.min(...runs.map((r) => r.x));
}

/**
 * Whether the runs left of a gutter are a margin column beside a single column of text (moderncv
 * sets dates, years and row labels such as "Languages" there): nearly every row of it has text
 * on the right at the same baseline, so the page reads row by row. A column of its own sets its
 * lines at heights of its own.
 */
function isMarginColumn(left: readonly TextRun[], right: readonly TextRun[]): boolean {
  const leftRows = rows(left);
  // Two columns of a LaTeX CV share the page's baselines too, but a margin is narrow beside its text.
  if (leftRows.length < 3 || extent(left) >= extent(right) / 2) return false;
  const beside = leftRows.filter((row) =>
    right.some((r) => Math.abs(r.y - row[0].y) <= Math.max(2, row[0].height / 3)),
  ).length;
  return beside >= leftRows.length * 0.8;
}

/**
 * The runs above and below a full-width band at the top of a page, cut at the top of a section
 * heading: a name and contact line, or a summary set across both columns, would otherwise hide
 * the gutter under them. Tried from the highest heading down; the first cut under which the page
 * splits into two headed columns wins.
 */
function belowBand(
  runs: readonly TextRun[],
  pageWidth: number,
  sidebars: boolean,
): { band: TextRun[]; body: TextRun[]; split: number } | null {
  const tops = [
    ...new Set(runs.filter((r) => sectionHeading(r.str.trim()) !== null).map((r) => r.y + r.height / 3)),
  ].sort((a, b) => b - a);
  for (const top of tops) {
    const band = runs.filter((r) => r.y > top);
    if (band.length === 0) continue;
    const body = runs.filter((r) => r.y <= top);
    const split = gutter(body, pageWidth, sidebars);
    if (split !== null) return { band, body, split };
  }
  return null;
}

/**
 * The last row of a page when it stands apart below the rest (more than two lines' gap): a footer
 * with a web address or page number set across the middle, which would hide the gutter above it.
 */
function footerOf(runs: readonly TextRun[]): { footer: TextRun[]; rest: TextRun[] } | null {
  const all = rows(runs);
  if (all.length < 3) return null;
  const last = all[all.length - 1];
  const above = all[all.length - 2];
  if (above[0].y - last[0].y <= 3 * Math.max(last[0].height, above[0].height)) return null;
  return { footer: last, rest: all.slice(0, -1).flat() };
}

function opensWithHeading(column: readonly TextRun[]): boolean {
  const first = rows(column)[0];
  return first !== undefined && sectionHeading(rowText(first).trim()) !== null;
}

/**
 * Whether a later page goes on in the columns of the page before: nothing crosses that page's
 * gutter and text lies on both sides. A column that only continues has no heading of its own.
 */
function keepsColumns(runs: readonly TextRun[], split: number): boolean {
  if (runs.some((r) => r.x < split && r.x + r.width > split)) return false;
  const left = runs.filter((r) => r.x < split).length; // 0: the sidebar ended before the main column
  return (left === 0 || left >= 5) && runs.filter((r) => r.x >= split).length >= 5;
}

/**
 * A page laid out (band, columns, footer), its gutter's x, where its right column is, and a
 * column that continues the page before's right column (left out of `parts`).
 */
interface PageParts {
  readonly parts: TextRun[][];
  readonly split: number | null;
  readonly rightAt: number | null;
  readonly continuing: TextRun[] | null;
}

/**
 * A page's runs as a band across the top, the columns under it and a footer; `carried` is the
 * page before's gutter, and `first` says it is the document's first page.
 */
function pageParts(
  runs: readonly TextRun[],
  pageWidth: number,
  carried: number | null,
  first: boolean,
  sidebars: boolean,
): PageParts {
  const tryColumns = (part: readonly TextRun[]): PageParts | null => {
    const found = gutter(part, pageWidth, sidebars);
    const cut = found === null ? belowBand(part, pageWidth, sidebars) : { band: [], body: [...part], split: found };
    const kept = cut === null && carried !== null && keepsColumns(part, carried) ? carried : null;
    const { band, body, split } = cut ?? { band: [], body: [...part], split: kept };
    if (split === null) return null;
    const left = body.filter((r) => r.x < split);
    const right = body.filter((r) => r.x >= split);
    // A column going on from the page before opens under no heading: it belongs after the text
    // it continues, and the other column's sections follow that.
    const continued = kept !== null && !opensWithHeading(right) && (left.length === 0 || opensWithHeading(left));
    if (continued) return { parts: [band, left], split, rightAt: null, continuing: right };
    // A sidebar opening with a heading ("Contact") beside a main column that opens under none (the
    // name and headline set atop it): the main column's top is the document's head, read first.
    if (first && !opensWithHeading(right) && opensWithHeading(left))
      return { parts: [band, right, left], split, rightAt: 1, continuing: null };
    return { parts: [band, left, right], split, rightAt: 2, continuing: null };
  };
  const whole = tryColumns(runs);
  if (whole !== null) return whole;
  const footed = footerOf(runs);
  const columns = footed === null ? null : tryColumns(footed.rest);
  if (columns === null || footed === null) return { parts: [[...runs]], split: null, rightAt: null, continuing: null };
  return { ...columns, parts: [...columns.parts, footed.footer] };
}

/**
 * Every page laid out, in reading order. A page that shows no gutter of its own goes on in the
 * columns of the one before, and the column that continues a right column (a sidebar CV's main
 * column over several pages) is read right after it, before the sidebar sections of later pages. With `sidebars`
 * (a printed posting page), a sidebar beside the main column counts as a column without headings of its own.
 */
export function laidOutPages(
  pages: readonly { runs: TextRun[]; width: number }[],
  options: { readonly sidebars?: boolean } = {},
): TextRun[][] {
  let split: number | null = null;
  const out: TextRun[][] = [];
  let after: number | null = null;
  const asides: TextRun[][] = [];
  pages.forEach((page, n) => {
    const laid = pageParts(page.runs, page.width, split, n === 0, options.sidebars === true);
    split = laid.split;
    if (options.sidebars === true && laid.split !== null) {
      // A posting's sidebar ("More jobs at …", "Similar jobs") is read after the whole posting, so the posting's
      // text goes on from one page to the next without another job's listing in between.
      const at = laid.split;
      const main = laid.parts.filter((part) => !part.every((r) => r.x >= at) || !isNarrowBeside(part, laid.parts));
      asides.push(...laid.parts.filter((part) => !main.includes(part)));
      if (laid.continuing !== null) asides.push(laid.continuing);
      out.push(...main);
      return;
    }
    if (laid.continuing !== null && after !== null) {
      out.splice(after, 0, laid.continuing);
      after += 1;
      out.push(...laid.parts);
    } else {
      if (laid.continuing !== null) out.push(laid.continuing);
      after = laid.rightAt === null ? null : out.length + laid.rightAt + 1;
      out.push(...laid.parts);
    }
  });
  return [...out, ...asides];
}

/** Whether a column is narrower than the page's widest part beside it: a sidebar, not a second column of text. */
function isNarrowBeside(column: readonly TextRun[], parts: readonly (readonly TextRun[])[]): boolean {
  if (column.length === 0) return false;
  const widest = Math.max(...parts.filter((p) => p !== column && p.length > 0).map(extent));
  return extent(column) < widest * 0.75;
}
