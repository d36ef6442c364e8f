/**
 * Words (letters, digits, an inner `.` or `&`, trailing `+`/`#`, a leading `.` before a letter)
 * and single punctuation marks. So "Node.js", "ASP.NET", ".NET", "C++", "C#" and "R&D" are one
 * token each, while "C/C++" is three and "JavaScript" never contains "Java".
 */
const TOKEN =
  /(?<![\p{L}\p{M}\p{N}])\.(?=\p{L})[\p{L}\p{M}\p{N}]+(?:[.&][\p{L}\p{M}\p{N}]+)*[+#]*|[\p{L}\p{M}\p{N}]+(?:[.&][\p{L}\p{M}\p{N}]+)*[+#]*|\S/gu;

/** One token of a text: `raw` as written, `key` folded for lookup, at `start`..`end`. */
export interface MentionToken {
  readonly raw: string;
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** The tokens of a text in order (see TOKEN), each with its case- and width-folded key. */
export function tokenize(text: string): MentionToken[] {
  const tokens: MentionToken[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0];
    // eslint-disable-next-line no-control-regex
    const key = /[^\x00-\x7f]/u.test(raw) ? raw.normalize('NFKC').toLowerCase() : raw.toLowerCase();
    tokens.push({ raw, key, start: match.index, end: match.index + raw.length });
  }
  return tokens;
}
