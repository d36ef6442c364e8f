/**
 * The real-workload postings of the benchmarks: every posting of the parser's labelled corpus
 * (test/fixtures/postings/*.txt), read by the service's own parser as `importPostingTexts` reads
 * them. Texts that hold no requirement (the garbage fixture) rank nobody and are left out.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { postingSpecOf } from '../src/batch/posting-input';
import type { PostingDraft } from '../src/domain/drafts';
import type { PostingSpec } from '../src/domain/matching/profiles';
import type { Taxonomy } from '../src/domain/taxonomy/taxonomy';
import { parsePostings } from '../src/parsing/posting';
import { fitPostingDraft } from '../src/domain/draft-fit';

/** test/fixtures/postings from the source tree (ts-node), the build output (dist/bench) or the working directory. */
export const POSTING_CORPUS_DIR =
  [
    join(__dirname, '..', 'test', 'fixtures', 'postings'),
    join(__dirname, '..', '..', 'test', 'fixtures', 'postings'),
    join(process.cwd(), 'test', 'fixtures', 'postings'),
  ].find((dir) => existsSync(dir)) ?? join(process.cwd(), 'test', 'fixtures', 'postings');

export interface CorpusPosting {
  /** `<file>` or `<file>#<n>` when one text holds several postings. */
  readonly name: string;
  readonly draft: PostingDraft;
}

/** The corpus texts by file name, sorted (the order postings are imported and reported in). */
export function postingTexts(dir = POSTING_CORPUS_DIR): { source: string; document: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ source: f, document: readFileSync(join(dir, f), 'utf8') }));
}

/** Every posting of the corpus with at least one requirement group, parsed against `taxonomy`. */
export function loadPostingCorpus(taxonomy: Taxonomy, dir = POSTING_CORPUS_DIR): CorpusPosting[] {
  const postings: CorpusPosting[] = [];
  for (const { source, document } of postingTexts(dir)) {
    const parsed = parsePostings(document, taxonomy).map((p) => fitPostingDraft(p.posting, p.warnings).draft);
    parsed.forEach((draft, i) => {
      if (draft.requirements.length === 0) return;
      postings.push({ name: basename(source, '.txt') + (parsed.length > 1 ? `#${i + 1}` : ''), draft });
    });
  }
  return postings;
}

/** The corpus as the ranker sees it: specs resolved like the service resolves a stored posting. */
export function corpusSpecs(
  taxonomy: Taxonomy,
  dir = POSTING_CORPUS_DIR,
): { name: string; spec: PostingSpec; groups: number }[] {
  return loadPostingCorpus(taxonomy, dir).map((p, i) => {
    const spec = postingSpecOf(taxonomy, String(i + 1), p.draft, p.name);
    return { name: p.name, spec, groups: spec.requirements.length };
  });
}
