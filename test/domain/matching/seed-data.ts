import { readFileSync } from 'fs';
import { join } from 'path';
import type { CandidateDraft, PostingDraft } from '../../../src/domain/drafts';
import type { CandidateSpec, PostingSpec } from '../../../src/domain/matching/profiles';
import { candidateSpecFromDraft, postingSpecFromDraft } from '../../../src/domain/matching/spec-from-draft';
import type { Taxonomy } from '../../../src/domain/taxonomy/taxonomy';
import { parseTaxonomyFile, taxonomyFromFile } from '../../../src/domain/taxonomy/taxonomy-file';

const DATA = join(__dirname, '..', '..', '..', 'data');

function read(name: string): unknown {
  return JSON.parse(readFileSync(join(DATA, name), 'utf8'));
}

export interface SeedData {
  readonly taxonomy: Taxonomy;
  readonly postingDrafts: readonly PostingDraft[];
  readonly postings: readonly PostingSpec[];
  readonly candidateDrafts: readonly CandidateDraft[];
  readonly candidates: readonly CandidateSpec[];
}

let cached: SeedData | undefined;

/** The real taxonomy and the seed postings/candidates as matcher specs (ids "1".. in file order). */
export function seedData(): SeedData {
  if (cached !== undefined) return cached;
  const taxonomy = taxonomyFromFile(parseTaxonomyFile(read('taxonomy.json')));
  const postingDrafts = (read('postings.json') as { postings: PostingDraft[] }).postings;
  const candidateDrafts = (read('candidates.json') as { candidates: CandidateDraft[] }).candidates;
  cached = {
    taxonomy,
    postingDrafts,
    postings: postingDrafts.map((draft, i) => postingSpecFromDraft(taxonomy, String(i + 1), draft).spec),
    candidateDrafts,
    candidates: candidateDrafts.map((draft, i) => candidateSpecFromDraft(taxonomy, String(i + 1), draft).spec),
  };
  return cached;
}
