/**
 * Skill-name keys. Every lookup in the taxonomy goes through `normalizeSkillName`, so the
 * rules here decide which spellings meet: case, width and spacing never matter, but the
 * characters that tell skills apart (`+`, `#`, a leading or inner `.`, `/`) always do,
 * which is what keeps C, C++, C#, .NET, Node and Node.js apart.
 */

// Quotes, brackets and list bullets around a name are never part of it.
const LEADING_JUNK = /^(?:["'`«»()[\]{}<>*•·▪◦‣]|[-–—](?=\s))+/u;
// A trailing `.`, `,`, `;`, `:`, `!` or `?` is sentence punctuation; `+` and `#` are kept.
const TRAILING_JUNK = /["'`«»()[\]{}<>*•·▪◦‣,;:!?.]+$/u;

/** Spellings whose keys are remembered at most: bounded, so endless distinct junk cannot grow it. */
const REMEMBERED_KEYS = 50_000;
/**
 * Keys by spelling: a bulk import looks up the same few hundred spellings a million times, and
 * computing each key again was a sixth of reading a JSON Resume.
 */
const keys = new Map<string, string>();

/** The lookup key of a skill name or alias: NFKC, lower case, single spaces, no surrounding quotes, brackets or punctuation. */
export function normalizeSkillName(raw: string): string {
  const known = keys.get(raw);
  if (known !== undefined) return known;
  const key = computeKey(raw);
  if (keys.size < REMEMBERED_KEYS) keys.set(raw, key);
  return key;
}

function computeKey(raw: string): string {
  let key = raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/gu, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/gu, '"')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
  for (;;) {
    const next = key.replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '').trim();
    if (next === key) break;
    key = next;
  }
  // "CI / CD" and "CI/CD" are the same name; a slash never carries meaning through its spacing.
  return key.replace(/ ?\/ ?/gu, '/');
}

/**
 * The singular and plural forms of a key's last word ("databases" -> "database",
 * "rest api" -> "rest apis"), for the resolve fallback. Words shorter than four letters
 * get no variants so that short names ("go", "cs", "os") never drift onto other skills.
 */
export function numberVariants(key: string): string[] {
  const match = /^(.*?)([a-z]+)$/u.exec(key);
  if (match === null) return [];
  const [, head, word] = match;
  if (word.length < 3) return [];
  const variants: string[] = [];
  if (word.endsWith('s')) {
    if (word.endsWith('ss') || word.length < 4) return [];
    if (word.endsWith('ies') && word.length > 4) variants.push(`${head}${word.slice(0, -3)}y`);
    if (/(?:s|x|z|ch|sh)es$/u.test(word)) variants.push(`${head}${word.slice(0, -2)}`);
    variants.push(`${head}${word.slice(0, -1)}`);
  } else {
    if (/[^aeiou]y$/u.test(word)) variants.push(`${head}${word.slice(0, -1)}ies`);
    if (/(?:x|z|ch|sh)$/u.test(word)) variants.push(`${head}${word}es`);
    variants.push(`${head}${word}s`);
  }
  return variants;
}
