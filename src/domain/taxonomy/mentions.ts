import { acceptsLoneWord, isAmbiguousWord } from './ambiguous-words';
import { type MentionToken, tokenize } from './mention-tokens';
import type { SkillDef } from './skill-def';
import { normalizeSkillName, numberVariants } from './skill-name';
import type { Taxonomy } from './taxonomy';

/** A taxonomy skill named in free text: `text` is `source.slice(start, end)`. */
export interface SkillMention {
  readonly skill: SkillDef;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The most tokens a skill name or alias may have to be found in text. */
const MAX_TOKENS = 6;

interface Entry {
  readonly skill: SkillDef;
  /** Spellings a lone ambiguous token must match exactly; null when any case will do. */
  readonly exact: ReadonlySet<string> | null;
}

interface Matcher {
  readonly entries: ReadonlyMap<string, Entry>;
  /** For each first token of a key, the most tokens any key starting with it has. */
  readonly firstTokens: ReadonlyMap<string, number>;
}

const matchers = new WeakMap<Taxonomy, Matcher>();

/**
 * Every taxonomy skill named in `text` (by name or alias), in text order, never overlapping,
 * the longest spelling winning at each position ("Google Cloud Platform" over "Google Cloud").
 * Matches sit on token boundaries: "Java" in "JavaScript", "C" in "C++" or "C#", and "R" in
 * "R&D" are not mentions, and names that are also ordinary words count only when capitalised
 * as the taxonomy spells them. Plural forms of generic names match too ("operating systems").
 * Section words (SECTION_WORD: "Tools", "Technical skills") are never mentions.
 */
export function findSkillMentions(taxonomy: Taxonomy, text: string): SkillMention[] {
  const matcher = matcherFor(taxonomy);
  const tokens = tokenize(text);
  const mentions: SkillMention[] = [];
  // Lone everyday words written in lower case ("gulp", "grunt"): skills only inside a list of skills (below).
  const doubtful = new Map<number, Entry>();
  const starts = new Set<number>();
  const ends = new Set<number>();
  let i = 0;
  while (i < tokens.length) {
    const longest = matcher.firstTokens.get(tokens[i].key);
    if (longest === undefined) {
      i += 1;
      continue;
    }
    let matched = 0;
    for (let n = Math.min(longest, tokens.length - i); n >= 1 && matched === 0; n -= 1) {
      let key = tokens[i].key;
      for (let k = 1; k < n; k += 1) key += ` ${tokens[i + k].key}`;
      const entry = matcher.entries.get(key);
      if (entry === undefined) continue;
      if (n === 1 && entry.exact !== null && !acceptsLoneWord(entry.exact, tokens, i, text)) {
        if (/^\p{Ll}+$/u.test(tokens[i].raw)) doubtful.set(i, entry);
        continue;
      }
      const start = tokens[i].start;
      const end = tokens[i + n - 1].end;
      mentions.push({ skill: entry.skill, text: text.slice(start, end), start, end });
      starts.add(i);
      ends.add(i + n - 1);
      matched = n;
    }
    i += matched > 0 ? matched : 1;
  }
  if (doubtful.size === 0) return mentions;
  const items = listItems(tokens, doubtful, starts, ends);
  if (items.length === 0) return mentions;
  // Both lists are in text order: merge them.
  const merged: SkillMention[] = [];
  let m = 0;
  for (const [k, entry] of items) {
    const { start, end } = tokens[k];
    while (m < mentions.length && mentions[m].start < start) merged.push(mentions[m++]);
    merged.push({ skill: entry.skill, text: text.slice(start, end), start, end });
  }
  while (m < mentions.length) merged.push(mentions[m++]);
  return merged;
}

const LIST_SEPARATORS: ReadonlySet<string> = new Set([',', '/', ';', 'and', 'or', '&']);

/**
 * The doubtful words that are items of a list of skills ("npm, bower, gulp, grunt, webpack"): each
 * has a list item on both sides, and one of those is a skill found outright, so prose ("go and see")
 * never qualifies.
 */
function listItems(
  tokens: readonly MentionToken[],
  doubtful: ReadonlyMap<number, Entry>,
  starts: ReadonlySet<number>,
  ends: ReadonlySet<number>,
): [number, Entry][] {
  // The item next to token k on one side, past "," or "and" or ", and": its token index, or -1.
  const neighbour = (k: number, step: 1 | -1): number => {
    let j = k + step;
    if (tokens[j] === undefined || !LIST_SEPARATORS.has(tokens[j].key)) return -1;
    j += step;
    if (tokens[j] !== undefined && LIST_SEPARATORS.has(tokens[j].key)) j += step;
    return tokens[j] === undefined ? -1 : j;
  };
  const out: [number, Entry][] = [];
  for (const [k, entry] of doubtful) {
    const left = neighbour(k, -1);
    const right = neighbour(k, 1);
    const leftFound = ends.has(left);
    const rightFound = starts.has(right);
    const leftItem = leftFound || doubtful.has(left);
    const rightItem = rightFound || doubtful.has(right);
    if (leftItem && rightItem && (leftFound || rightFound)) out.push([k, entry]);
  }
  return out;
}

function matcherFor(taxonomy: Taxonomy): Matcher {
  const cached = matchers.get(taxonomy);
  if (cached !== undefined) return cached;
  const matcher = buildMatcher(taxonomy);
  matchers.set(taxonomy, matcher);
  return matcher;
}

function buildMatcher(taxonomy: Taxonomy): Matcher {
  const exactSpellings = new Map<string, { skill: SkillDef; exact: Set<string> | null }>();
  const variants = new Map<string, SkillDef>();
  for (const skill of taxonomy.all()) {
    // A CV heading ("Tools", "Technical skills") names no skill in running text: the list under it does.
    if (skill.kind === 'SECTION_WORD') continue;
    for (const spelling of [skill.name, ...skill.aliases]) {
      const original = tokenize(normalizeSkillNameKeepingCase(spelling));
      if (original.length === 0 || original.length > MAX_TOKENS) continue;
      const key = original.map((token) => token.key).join(' ');
      const ambiguous = original.length === 1 && isAmbiguousWord(original[0].key);
      const known = exactSpellings.get(key);
      if (known !== undefined && known.skill.id !== skill.id) continue;
      if (known === undefined) {
        exactSpellings.set(key, { skill, exact: ambiguous ? new Set([original[0].raw]) : null });
      } else if (known.exact !== null) {
        if (ambiguous) known.exact.add(original[0].raw);
        else known.exact = null;
      }
      // "customer-service orientation" and "machine-learning" spell "Customer service" and "Machine learning";
      // "front end" spells "Front-end": a compound is written with a hyphen or a space alike.
      const words = key.split(' ');
      if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{L}+$/u.test(w))) {
        const hyphened = words.join(' - ');
        if (!variants.has(hyphened)) variants.set(hyphened, skill);
      }
      if (/^\p{L}+(?: - \p{L}+){1,2}$/u.test(key)) {
        const spaced = key.split(' - ').join(' ');
        if (!variants.has(spaced)) variants.set(spaced, skill);
      }
      const last = original[original.length - 1].raw;
      // A practice named by one plural noun is named by its singular too ("a prediction algorithm",
      // "a microservice"); a product's one word is a name, not a noun ("Windows" is no "window").
      const practiceNoun = original.length === 1 && skill.category === 'PRACTICE' && /^\p{Lu}[a-z]{3,}s$/u.test(last);
      if (!ambiguous && (/^[a-z]{4,}$/u.test(last) || practiceNoun)) {
        for (const variant of numberVariants(key)) if (!variants.has(variant)) variants.set(variant, skill);
      }
    }
  }
  const entries = new Map<string, Entry>();
  for (const [key, value] of exactSpellings) entries.set(key, { skill: value.skill, exact: value.exact });
  for (const [key, skill] of variants) if (!entries.has(key)) entries.set(key, { skill, exact: null });
  const firstTokens = new Map<string, number>();
  for (const key of entries.keys()) {
    const parts = key.split(' ');
    firstTokens.set(parts[0], Math.max(parts.length, firstTokens.get(parts[0]) ?? 0));
  }
  return { entries, firstTokens };
}

/** Same cleaning as normalizeSkillName (quotes, punctuation, spacing) but keeping the capitalisation. */
function normalizeSkillNameKeepingCase(spelling: string): string {
  const lower = normalizeSkillName(spelling);
  const cleaned = spelling.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  const at = cleaned.toLowerCase().indexOf(lower);
  return at >= 0 ? cleaned.slice(at, at + lower.length) : lower;
}
