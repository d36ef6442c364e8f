// V8 reads `\b` and `\w` under the i and u flags together by Unicode rules (the long s 'ſ' and the Kelvin sign 'K'
// fold to ASCII letters), and that turns off its fast scan: one long pattern over a 100 KB line takes about 40 ms
// with both flags and 1.5 ms without u. For a pattern written in ASCII only, u changes what matches only in a text
// holding one of those two letters or a character outside the BMP (which u reads as one character, not two), so in
// any other text the same pattern without u finds exactly the same matches.
const NEEDS_UNICODE = /[\u017f\u212a\ud800-\udfff]/;
const UNICODE_SYNTAX = /[^\x20-\x7e]|\\[pPk]|\\u\{/;
const twins = new WeakMap<RegExp, RegExp>();

function twinOf(pattern: RegExp): RegExp {
  let twin = twins.get(pattern);
  if (twin === undefined) {
    const plain = pattern.unicode && !UNICODE_SYNTAX.test(pattern.source);
    twin = plain ? new RegExp(pattern.source, pattern.flags.replace('u', '')) : pattern;
    twins.set(pattern, twin);
  }
  return twin;
}

let lastText: string | null = null;
let lastPlain = false;

/**
 * The pattern to run over a text: the same pattern without the u flag when that finds exactly the
 * same matches in it (see above), for speed; the pattern itself otherwise. A /g pattern's twin
 * keeps its own lastIndex.
 */
export function patternFor(pattern: RegExp, text: string): RegExp {
  if (text !== lastText) {
    lastText = text;
    lastPlain = !NEEDS_UNICODE.test(text);
  }
  return lastPlain ? twinOf(pattern) : pattern;
}

/** `pattern.test(text)` for a pattern without the g flag, run the faster way when that gives the same answer. */
export function testPattern(pattern: RegExp, text: string): boolean {
  return patternFor(pattern, text).test(text);
}
