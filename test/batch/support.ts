import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostingDraft } from '../../src/domain/drafts';
import type { PostingSpec } from '../../src/domain/matching/profiles';
import { parseTaxonomyFile, taxonomyFromFile } from '../../src/domain/taxonomy/taxonomy-file';
import type { Taxonomy } from '../../src/domain/taxonomy/taxonomy';
import { postingSpecOf } from '../../src/batch/posting-input';

const DATA = join(__dirname, '..', '..', 'data');

/** The shipped taxonomy, ids 1..n in file order. */
export function loadTaxonomy(): Taxonomy {
  return taxonomyFromFile(parseTaxonomyFile(JSON.parse(readFileSync(join(DATA, 'taxonomy.json'), 'utf8'))));
}

/** The seed postings as drafts (the intern posting first). */
export function seedPostingDrafts(): PostingDraft[] {
  return (JSON.parse(readFileSync(join(DATA, 'postings.json'), 'utf8')) as { postings: PostingDraft[] }).postings;
}

/** The seed postings as specs named p1, p2. */
export function seedPostings(taxonomy: Taxonomy): PostingSpec[] {
  return seedPostingDrafts().map((draft, i) => postingSpecOf(taxonomy, `p${i + 1}`, draft, `postings[${i}]`));
}
