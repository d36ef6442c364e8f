/**
 * Reads the trimmed extracts of the open sources (data/taxonomy-sources/*.tsv, see SOURCES.md)
 * into candidate skills. Each reader decides what of its source is a software skill and which
 * spellings are the same thing; nothing here knows the curated overlay except the slugs the
 * import rules map groups onto.
 */
import type { SkillCategory, SkillKind } from '../../src/domain/vocabulary';

/** One skill a source proposes, before it meets the curated overlay and the other sources. */
export interface SourceRecord {
  readonly name: string;
  /** Other spellings of the same thing (source aliases and spellings derived from the name). */
  readonly spellings: readonly string[];
  readonly category: SkillCategory;
  readonly kind: SkillKind;
  /** Curated slugs this skill is a kind of. */
  readonly broader: readonly string[];
  readonly source: string;
  /**
   * Spellings besides the name that may identify an existing skill: only those derived from the
   * name itself (O*NET's "Oracle Java" is Java), never a source's aliases or a bare acronym ("EDA"
   * is event-driven architecture to one, electronic design automation to another).
   */
  readonly matchSpellings: readonly string[];
  /** Whether the spellings may be added to an existing skill this record merges into. */
  readonly lendSpellings: boolean;
}

/** A group of a source mapped onto the taxonomy: its category and broader curated skills. */
export interface GroupRule {
  readonly category: SkillCategory;
  readonly broader: readonly string[];
}

/** The part of data/taxonomy-sources/import-rules.json the readers use. */
export interface ImportRules {
  readonly version: string;
  readonly sources: Readonly<Record<string, string>>;
  readonly linguistMinQuestions: number;
  readonly onetCommodities: Readonly<Record<string, GroupRule>>;
  /** For the commodities not mapped above (office, design, media software): category only, no broader skill. */
  readonly onetOtherCommodities: GroupRule;
  readonly escoGroups: Readonly<Record<string, GroupRule>>;
  readonly vendorPrefixes: readonly string[];
  readonly neverDerive: readonly string[];
  /** Names never imported as new skills: ordinary words ("Max", "Reason"), social sites, learning platforms. */
  readonly skipNames: readonly string[];
}

/** Stack Overflow question counts by tag. */
export type TagCounts = ReadonlyMap<string, number>;

/** Rows of a tab-separated extract with a header line, as records keyed by column name. */
export function readTsv(text: string): Record<string, string>[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const header = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((column, i) => [column, (cells[i] ?? '').trim()]));
  });
}

/** A `|`-separated cell as a list. */
function list(cell: string): string[] {
  return cell
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The tag Stack Overflow would give a name: lower case, words joined by hyphens. */
export function tagOf(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/gu, '-');
}

export function readTagCounts(text: string): TagCounts {
  return new Map(readTsv(text).map((row) => [row.TagName, Number(row.Count)]));
}

/**
 * GitHub Linguist's programming languages that Stack Overflow asks about often enough to be a
 * skill on a CV (at least `linguistMinQuestions` questions under the name's tag or an alias's):
 * the long tail of Linguist is file formats and research languages nobody lists.
 */
export function linguistRecords(text: string, rules: ImportRules, tags: TagCounts): SourceRecord[] {
  return readTsv(text)
    .filter((row) => row.Type === 'programming')
    .filter((row) =>
      [row.Name, ...list(row.Aliases)].some(
        (spelling) => (tags.get(tagOf(spelling)) ?? 0) >= rules.linguistMinQuestions,
      ),
    )
    .map((row) => ({
      name: row.Name,
      // Linguist's aliases are also file extensions ("inc" for PHP, "rake" for Ruby): a new
      // language keeps those of three letters or more, an existing skill gets none of them.
      spellings: list(row.Aliases).filter(
        (alias) => alias.length >= 3 && !rules.neverDerive.includes(alias.toLowerCase()),
      ),
      category: 'LANGUAGE',
      kind: 'TECHNICAL',
      broader: ['programming-languages'],
      source: 'github-linguist',
      matchSpellings: [],
      lendSpellings: false,
    }));
}

/**
 * O*NET's software examples used by computer occupations (the extract holds only those), under
 * the commodity most occupations report each with: a mapped commodity gives a category and a
 * broader skill, any other (office, design, media software) only a category.
 */
export function onetRecords(text: string, rules: ImportRules, tags: TagCounts): SourceRecord[] {
  const best = new Map<string, { commodity: string; occupations: number }>();
  for (const row of readTsv(text)) {
    const occupations = Number(row.Occupations);
    const seen = best.get(row.Example);
    const better =
      seen === undefined ||
      occupations > seen.occupations ||
      (occupations === seen.occupations && row['Commodity Title'] < seen.commodity);
    if (better) best.set(row.Example, { commodity: row['Commodity Title'], occupations });
  }
  const records: SourceRecord[] = [];
  for (const [example, { commodity }] of [...best.entries()].sort(([a], [b]) => compare(a, b))) {
    // "Database software", "Source code editor software": a kind of software, not a product anyone lists.
    if (GENERIC.test(example)) continue;
    const rule = rules.onetCommodities[commodity] ?? rules.onetOtherCommodities;
    const { name, spellings, acronym } = onetSpellings(example, rules, tags);
    records.push({
      name,
      spellings,
      matchSpellings: spellings.filter((spelling) => spelling !== acronym),
      category: rule.category,
      kind: 'TECHNICAL',
      broader: rule.broader,
      source: 'onet-29.2',
      lendSpellings: true,
    });
  }
  return records;
}

/** A capitalised first word and lower-case words after it, no acronym, no digit: a description. */
const GENERIC = /^[A-Z][a-z-]+(?: [a-z-]+)+$/u;

/**
 * The spellings of an O*NET example: O*NET writes "Structured query language SQL", "Amazon Web
 * Services AWS software", "Apache Struts". The name drops a trailing "software" and a trailing
 * acronym of the words before it; the acronym, the original and the name without its vendor are
 * spellings, the last only when it cannot be an ordinary word ("Microsoft Project" is not "Project").
 */
export function onetSpellings(
  example: string,
  rules: Pick<ImportRules, 'vendorPrefixes' | 'neverDerive'>,
  tags: TagCounts,
): { name: string; spellings: string[]; acronym: string | null } {
  let name = example.replace(/\s+software$/iu, '').trim() || example;
  let acronym: string | null = null;
  const words = name.split(/\s+/u);
  const last = words[words.length - 1];
  const spellings: string[] = [example];
  if (words.length > 2 && /^[A-Z][A-Z0-9]+$/u.test(last) && initialsSpell(words.slice(0, -1), last)) {
    name = words.slice(0, -1).join(' ');
    // An acronym of three letters or fewer ("SAN", "ICE", "SAM") is also a word or a name in
    // running text: it stays inside the original spelling only.
    if (last.length >= 4) {
      acronym = last;
      spellings.push(last);
    }
  }
  const vendor = [...rules.vendorPrefixes]
    .sort((a, b) => b.length - a.length || compare(a, b))
    .find((prefix) => name.startsWith(`${prefix} `));
  if (vendor !== undefined) {
    const rest = name.slice(vendor.length + 1).trim();
    const never = new Set(rules.neverDerive);
    const distinctive = /\s/u.test(rest) || /\d|.\p{Lu}/u.test(rest) || (tags.get(tagOf(rest)) ?? 0) >= 100;
    if (rest.length >= 3 && !never.has(rest.toLowerCase()) && distinctive) spellings.push(rest);
  }
  return { name, spellings: unique(spellings.filter((s) => s !== name)), acronym };
}

/** Whether the initials of the words, from some word on, spell the acronym ("Structured query language" -> SQL). */
function initialsSpell(words: readonly string[], acronym: string): boolean {
  for (let from = 0; from < words.length; from += 1) {
    const initials = words
      .slice(from)
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    if (initials === acronym) return true;
  }
  return false;
}

/**
 * ESCO's digital knowledge concepts (names of technologies, not "do something" competences)
 * under a group the rules map. The name loses ESCO's qualifier ("Java (computer programming)");
 * alternative labels become aliases of a new skill but are never lent to an existing one (ESCO
 * lists "Mocha" under JavaScript).
 */
export function escoDigitalRecords(text: string, rules: ImportRules): SourceRecord[] {
  const rows = readTsv(text);
  // A concept other concepts sit under ("computer programming", "query languages") is a group,
  // and ESCO lists its members as its alternative labels: the curated broad skills cover it.
  const groupNames = new Set(rows.flatMap((row) => list(row.broaderConceptPT)).map((g) => g.toLowerCase()));
  const records: SourceRecord[] = [];
  for (const row of rows) {
    if (groupNames.has(row.preferredLabel.toLowerCase())) continue;
    const groups = list(row.broaderConceptPT);
    const qualifier = /\(([^()]+)\)\s*$/u.exec(row.preferredLabel)?.[1];
    const rule = [qualifier, ...groups]
      .map((group) => (group === undefined ? undefined : rules.escoGroups[group]))
      .find((found) => found !== undefined);
    if (rule === undefined) continue;
    const name = displayName(row.preferredLabel.replace(/\s*\([^()]+\)\s*$/u, ''));
    records.push({
      name,
      // Short or single lower-case labels ("AR", "scripting") are words in running text.
      spellings: list(row.altLabels).filter(
        (label) => !/[()]/u.test(label) && label.length > 2 && !/^[a-z]+$/u.test(label),
      ),
      category: rule.category,
      kind: 'TECHNICAL',
      broader: rule.broader,
      source: 'esco-1.2.0',
      matchSpellings: [],
      lendSpellings: false,
    });
  }
  return records;
}

/** ESCO's languages ("English", "Hebrew") as spoken languages: never technical evidence. */
export function escoLanguageRecords(text: string): SourceRecord[] {
  return readTsv(text).map((row) => ({
    name: row.preferredLabel,
    spellings: [`${row.preferredLabel} language`, ...list(row.altLabels)],
    category: 'OTHER',
    kind: 'SPOKEN_LANGUAGE',
    broader: [],
    source: 'esco-1.2.0',
    matchSpellings: [],
    lendSpellings: true,
  }));
}

/**
 * ESCO's transversal skills ("work in teams", "think analytically") as soft skills: no skill list
 * can show them. Names only: their alternative labels are everyday words ("design", "react
 * quickly", "experiment") that would turn prose into skills.
 */
export function escoTransversalRecords(text: string): SourceRecord[] {
  return readTsv(text).map((row) => ({
    name: displayName(row.preferredLabel),
    spellings: [],
    category: 'OTHER',
    kind: 'SOFT_SKILL',
    broader: [],
    source: 'esco-1.2.0',
    matchSpellings: [],
    lendSpellings: true,
  }));
}

/** ESCO writes concepts in lower case ("network engineering"); a skill name starts with a capital. */
function displayName(label: string): string {
  const trimmed = label.trim();
  return trimmed === trimmed.toLowerCase() ? trimmed.charAt(0).toUpperCase() + trimmed.slice(1) : trimmed;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** Code-unit order: the same on every machine. */
export function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
