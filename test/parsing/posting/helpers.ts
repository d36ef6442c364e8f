import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { RequirementDraft } from '../../../src/domain/drafts';
import type { Taxonomy } from '../../../src/domain/taxonomy/taxonomy';
import { parsePosting } from '../../../src/parsing/posting';
import { parseTaxonomyFile, taxonomyFromFile } from '../../../src/domain/taxonomy/taxonomy-file';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'postings');

let cached: Taxonomy | null = null;

/** The project's taxonomy, loaded once per test file. */
export function taxonomy(): Taxonomy {
  cached ??= taxonomyFromFile(
    parseTaxonomyFile(JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'taxonomy.json'), 'utf8'))),
  );
  return cached;
}

/** A fixture text exactly as stored (bytes decoded as UTF-8). */
export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
}

/** Names of the fixtures that have a hand-written `.expected.json` label. */
export function labelledFixtures(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/u, ''))
    .sort();
}

export function expectedJson(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));
}

/** The group of a given importance whose skills are exactly these (order ignored), if any. */
export function findGroup(
  groups: readonly RequirementDraft[],
  importance: string,
  skills: readonly string[],
): RequirementDraft | undefined {
  const wanted = [...skills].sort().join('|');
  return groups.find((g) => g.importance === importance && [...g.skills].sort().join('|') === wanted);
}

/** Every skill of the groups of one importance. */
export function skillsOf(groups: readonly RequirementDraft[], importance: string): string[] {
  return groups.filter((g) => g.importance === importance).flatMap((g) => g.skills);
}

/** Parses a small posting whose requirement lines are `lines` under `heading`. */
export function groupsUnder(
  heading: string,
  ...lines: string[]
): { groups: readonly RequirementDraft[]; codes: string[]; warnings: { code: string; at: string; message: string }[] } {
  const { posting, warnings } = parsePosting(['Software Engineer', '', heading, ...lines].join('\n'), taxonomy());
  return { groups: posting.requirements, codes: warnings.map((w) => w.code), warnings: [...warnings] };
}
