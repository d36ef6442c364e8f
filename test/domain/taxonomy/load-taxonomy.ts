import { readFileSync } from 'fs';
import { join } from 'path';
import type { Taxonomy } from '../../../src/domain/taxonomy/taxonomy';
import { parseTaxonomyFile, taxonomyFromFile, type TaxonomyFile } from '../../../src/domain/taxonomy/taxonomy-file';

const DATA = join(__dirname, '..', '..', '..', 'data');

/** The raw JSON of a file in data/. */
export function readDataFile(name: string): unknown {
  return JSON.parse(readFileSync(join(DATA, name), 'utf8'));
}

let cached: { file: TaxonomyFile; taxonomy: Taxonomy } | undefined;

/** The real taxonomy, parsed and built once per test file. */
export function realTaxonomy(): { file: TaxonomyFile; taxonomy: Taxonomy } {
  if (cached === undefined) {
    const file = parseTaxonomyFile(readDataFile('taxonomy.json'));
    cached = { file, taxonomy: taxonomyFromFile(file) };
  }
  return cached;
}

/** The slug a name resolves to in the real taxonomy, or undefined. */
export function slugOf(name: string): string | undefined {
  return realTaxonomy().taxonomy.resolve(name)?.slug;
}

/** The id of a slug in the real taxonomy; throws when the slug is unknown so tests fail loudly. */
export function idOf(slug: string): number {
  const def = realTaxonomy()
    .taxonomy.all()
    .find((skill) => skill.slug === slug);
  if (def === undefined) throw new Error(`no skill with slug ${slug}`);
  return def.id;
}
