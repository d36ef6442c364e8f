import { startsListItem } from '../parsing/posting/lines';

/** One row of a PDF page as laid out: its text, where it ends, its font size and its average character width. */
export interface LaidOutRow {
  readonly text: string;
  readonly right: number;
  /** The smallest font size among the row's runs. */
  readonly size: number;
  readonly charWidth: number;
  /** The row's baseline (PDF user space: y grows upwards), when known. */
  readonly y?: number;
}

/** How much larger than the body text a row must be set to read as a heading. */
const HEADING_SCALE = 1.15;
/** A heading is a short row; a long one set large is a lead paragraph. */
const MAX_HEADING_CHARS = 100;
const SENTENCE_END = /[.!?:;]["”’)]?$/u;
const HYPHEN_END = /[A-Za-z]-$/u;

/** The font size most of a document's characters are set in: its body text. */
export function bodySize(rows: readonly { readonly text: string; readonly size: number }[]): number {
  const chars = new Map<number, number>();
  for (const row of rows) {
    const size = Math.round(row.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + row.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, count] of chars) if (count > most) [best, most] = [size, count];
  return best;
}

function isHeading(row: LaidOutRow, body: number): boolean {
  return body > 0 && row.size >= body * HEADING_SCALE && row.text.length <= MAX_HEADING_CHARS;
}

/**
 * A posting PDF's column of rows read back into lines as its author wrote them. A row set larger
 * than the body text is a heading, written "## " so the posting parser reads it as it reads a
 * Markdown or HTML heading (a PDF export loses the markup, not the size). A row that filled the
 * column — the next row's first word would not have fit after it — and does not end a sentence
 * was wrapped: the next row, unless it starts a list item or is a heading, continues its line
 * ("…from virtual machines" + "to different cloud providers like GKE, AWS"), a word broken at a hyphen without a space.
 */
export function postingColumnText(rows: readonly LaidOutRow[], body: number): string {
  const columnRight = Math.max(0, ...rows.map((r) => r.right));
  const leading = lineSpacing(rows);
  const lines: string[] = [];
  let previous: LaidOutRow | null = null;
  for (const row of rows) {
    const text = row.text.trim();
    if (text === '') continue;
    if (isHeading(row, body)) {
      lines.push(`## ${text}`);
      previous = null;
      continue;
    }
    // A row set further below the one before than the column's line spacing starts a paragraph or list item of its own,
    // even when its bullet is drawn as a shape the text layer does not hold.
    const spaced =
      previous !== null &&
      leading !== null &&
      previous.y !== undefined &&
      row.y !== undefined &&
      previous.y - row.y > leading * PARAGRAPH_SPACING;
    if (previous !== null && !spaced && !startsListItem(text) && !SENTENCE_END.test(previous.text.trim())) {
      const firstWord = text.split(/\s/u, 1)[0];
      const wouldFit = previous.right + (firstWord.length + 1) * previous.charWidth <= columnRight;
      if (!wouldFit) {
        // A word broken at the row's end keeps its hyphen and no space ("user-" + "centered design"): split apart,
        // "user- centered" read as a list item glued to its line.
        lines[lines.length - 1] += `${HYPHEN_END.test(previous.text.trimEnd()) ? '' : ' '}${text}`;
        previous = row;
        continue;
      }
    }
    lines.push(text);
    previous = row;
  }
  return lines.join('\n');
}

/** How much more than the line spacing a gap between rows must be to start a paragraph. */
const PARAGRAPH_SPACING = 1.3;
/** How often a gap must occur to be the column's line spacing. */
const MIN_SPACING_COUNT = 3;

/**
 * A column's line spacing: the smallest gap between consecutive rows (rounded to half a point) that recurs at least
 * three times, so that wrapped lines, not the space between paragraphs, set it. Null when no gap recurs (or the rows
 * carry no baselines).
 */
function lineSpacing(rows: readonly LaidOutRow[]): number | null {
  const counts = new Map<number, number>();
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1].y, rows[i].y];
    if (a === undefined || b === undefined || a - b <= 0) continue;
    const gap = Math.round((a - b) * 2) / 2;
    counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  const recurring = [...counts].filter(([, n]) => n >= MIN_SPACING_COUNT).map(([gap]) => gap);
  return recurring.length === 0 ? null : Math.min(...recurring);
}
