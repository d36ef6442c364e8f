const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|approx|incl|inc|ltd|co|corp|jr|sr|st|dr|mr|ms|mrs|no|min|max|dept|esp|resp|[A-Za-z](?:\.[A-Za-z])*)\.$/iu;

/** A sentence of a line and where it starts. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
}

/**
 * Splits a line into sentences at ".", "!" or "?" followed by a space and a capital letter,
 * but not after abbreviations ("e.g.", "i.e.", "Inc.", "U.S."), before "E.g." or inside parentheses, so that
 * "Basic knowledge of X (i.e. Operating systems courses); Y" stays one sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if ((ch === '.' || ch === '!' || ch === '?') && depth === 0 && /^\s+[A-Z]/u.test(text.slice(i + 1, i + 4))) {
      const piece = text.slice(start, i + 1);
      if (ch === '.' && ABBREVIATION.test(piece)) continue;
      // "... extend our portfolio. E.g. data analytics, HPC": the examples belong to the sentence they illustrate.
      if (/^\s+(?:e\.g\.|i\.e\.)/iu.test(text.slice(i + 1, i + 8))) continue;
      if (piece.trim() !== '')
        out.push({ text: piece.trim(), start: start + (piece.length - piece.trimStart().length) });
      start = i + 1;
    }
  }
  const last = text.slice(start);
  if (last.trim() !== '') out.push({ text: last.trim(), start: start + (last.length - last.trimStart().length) });
  return out;
}

/** The longest clause read as one requirement; real ones are a few hundred characters. */
export const MAX_CLAUSE_CHARS = 600;

/**
 * Cuts a clause longer than `max` characters into pieces at the last "; ", ", " or space
 * before the limit. The work on one clause grows faster than its length (skills, terms and
 * durations are compared pairwise), so bounding the clause keeps a line of any size linear.
 */
export function boundedPieces(text: string, max = MAX_CLAUSE_CHARS): string[] {
  if (text.length <= max) return [text];
  const out: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = max - 1;
    out.push(text.slice(start, start + cut + 1));
    start += cut + 1;
  }
  out.push(text.slice(start));
  return out.map((p) => p.trim()).filter((p) => p !== '');
}
