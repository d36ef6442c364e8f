/**
 * The runs of a PDF page's text layer and the rows they make: the units the column layout and
 * the text of a page are built from.
 */

import { withoutLetterSpacing } from '../parsing/resume/text/letter-spacing';

/** A positioned run of text on a page (PDF user space: y grows upwards). */
export interface TextRun {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PdfTextItem {
  readonly str?: string;
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
}

/** The non-blank runs of a page's text items, letter-spaced words read as words. */
export function runsOf(items: readonly PdfTextItem[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    if (typeof item.str !== 'string' || item.transform === undefined || item.str.trim() === '') continue;
    const [, , , d, x, y] = item.transform;
    runs.push({
      str: withoutLetterSpacing(item.str),
      x,
      y,
      width: item.width ?? 0,
      height: Math.abs(item.height || d || 10),
    });
  }
  return runs;
}

/** Runs grouped into rows (same baseline, within a third of the text height), top to bottom, each left to right. */
export function rows(runs: readonly TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: TextRun[][] = [];
  for (const run of sorted) {
    const row = out[out.length - 1];
    if (row !== undefined && Math.abs(row[0].y - run.y) <= Math.max(2, row[0].height / 3)) row.push(run);
    else out.push([run]);
  }
  for (const row of out) row.sort((a, b) => a.x - b.x);
  return out;
}

/** A row's text: runs close together joined by a space (or nothing), wide gaps by two spaces so table cells stay apart. */
export function rowText(row: readonly TextRun[]): string {
  let text = '';
  let end = -Infinity;
  for (const run of row) {
    const gap = run.x - end;
    const charWidth = run.width / Math.max(1, run.str.length);
    if (text !== '') {
      if (gap > Math.max(3 * charWidth, run.height)) text += '  ';
      else if (gap > charWidth * 0.2 && !text.endsWith(' ') && !run.str.startsWith(' ')) text += ' ';
      // Words a tenth of a character apart are two: tag chips set side by side ("C++" "R" "OpenGL")
      // leave less than a fifth between them, and glued ("C++ ROpenGL") they named no skill.
      else if (gap > charWidth * 0.1 && /[\p{L}\p{N}+#]$/u.test(text) && /^\p{L}/u.test(run.str)) text += ' ';
    }
    text += run.str;
    end = run.x + run.width;
  }
  return text;
}
