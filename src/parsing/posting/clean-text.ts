import type { ImportWarning } from '../../domain/drafts';
import { clampToBytes, MAX_POSTING_TEXT_BYTES, utf8ByteLength } from './limits';
import { joinWrappedLines, toLines } from './lines';
import type { KnowsName } from './glued-names';
import { splitGluedText } from './glued-text';
import { splitSpacedHeadings } from './spaced-headings';
import { stripHiddenMarkup } from './hidden-markup';
import { stripMarkers } from './markers';
import { stripHtml, stripMarkdown } from './markup';
import { repairMojibake } from './mojibake';
import { separateRunInHeadings } from './sections';
import type { TextLine } from './text-line';
import { dropTrailingListings } from './trailing-listings';
import { warning } from './warnings';
import { normalizeWhitespace, restoreSpacedBreaks } from './whitespace';

export interface CleanedText {
  readonly lines: TextLine[];
  readonly warnings: ImportWarning[];
}

/**
 * Everything that happens to pasted text before it is read as a posting: cut to the size
 * limit, mojibake repaired, comments and template directives dropped, HTML and Markdown turned into lines, spaces normalized, bullets
 * read, wrapped lines joined, run-in headings split out, and other jobs' listings at the end
 * dropped. Each repair that changes meaning is reported. With `knows`, the names the reader knows
 * also split a list pasted as one paragraph into its items.
 */
export function cleanPostingText(raw: string, knows: KnowsName | null = null): CleanedText {
  const warnings: ImportWarning[] = [];
  let text = raw;
  if (utf8ByteLength(text) > MAX_POSTING_TEXT_BYTES) {
    text = clampToBytes(text, MAX_POSTING_TEXT_BYTES);
    warnings.push(
      warning(
        'TEXT_TRUNCATED',
        `the text is longer than ${MAX_POSTING_TEXT_BYTES} bytes; only the first ${MAX_POSTING_TEXT_BYTES} were read`,
        text.slice(-80),
      ),
    );
  }
  text = stripMarkers(text);
  const repair = repairMojibake(text);
  if (repair.repairs > 0) {
    warnings.push(
      warning(
        'MOJIBAKE_REPAIRED',
        `${repair.repairs} garbled character sequence(s) from a wrong text encoding were repaired (e.g. ${repair.samples.map((s) => JSON.stringify(s)).join(', ')})`,
        repair.samples.join(' '),
      ),
    );
  }
  text = stripMarkdown(
    normalizeWhitespace(splitSpacedHeadings(restoreSpacedBreaks(stripHtml(stripHiddenMarkup(repair.text))))),
  );
  text = normalizeWhitespace(splitGluedText(text, knows));
  const lines = separateRunInHeadings(joinWrappedLines(toLines(text)));
  const trailing = dropTrailingListings(lines);
  if (trailing.dropped.length > 0) {
    warnings.push(
      warning(
        'TRAILING_LISTINGS_DROPPED',
        `${trailing.dropped.length} line(s) after the posting list other jobs and were dropped`,
        trailing.dropped.map((l) => l.text).join(' / '),
      ),
    );
  }
  return { lines: trailing.lines, warnings };
}
