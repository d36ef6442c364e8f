const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|approx|incl|inc|ltd|co|corp|jr|sr|st|dr|mr|ms|mrs|no|min|max|dept|esp|resp|[A-Za-z](?:\.[A-Za-z])*)\.$/iu;

/** A sentence of a line and where it starts. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
}

/**
 * Splits a line into sentences at ".", "!" or "?" followed by a space and a capital letter,
 * but not after abbreviations ("e.g.", "i.e.", "Inc.", "U.S.") or inside parentheses, so that
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
      if (piece.trim() !== '') out.push({ text: piece.trim(), start: start + (piece.length - piece.trimStart().length) });
      start = i + 1;
    }
  }
  const last = text.slice(start);
  if (last.trim() !== '') out.push({ text: last.trim(), start: start + (last.length - last.trimStart().length) });
  return out;
}
