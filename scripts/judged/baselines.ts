/**
 * Two baselines scored on the same judged pairs as skillmatch, so its figures mean something:
 * TF-IDF cosine between the posting's text and the profile's skill names, and plain keyword overlap
 * between the posting's structured groups and the profile's skill names. Neither knows the taxonomy,
 * months, aliases or which groups are assessable. Their "qualified" is a score threshold chosen on
 * the tuned split only (chooseThreshold).
 */
import type { CandidateDraft, PostingDraft } from '../../src/domain/drafts';
import { qualifiedAgreement, type ScoredPair } from './metrics';

/** Lower-case word tokens; keeps the characters that make C++, C# and .NET words of their own. */
export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9][a-z0-9+#]*(?:\.[a-z0-9+#]+)*/g) ?? []).filter((t) => t.length > 0);
}

type Vector = ReadonlyMap<string, number>;

function termCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * A TF-IDF model fitted on every document of the benchmark (posting texts and profiles): smoothed
 * idf ln((1 + N) / (1 + df)) + 1, raw term counts, cosine similarity.
 */
export class TfIdf {
  private readonly idf = new Map<string, number>();
  private readonly documents: number;

  constructor(corpus: readonly string[]) {
    this.documents = corpus.length;
    const df = new Map<string, number>();
    for (const doc of corpus) for (const t of new Set(tokens(doc))) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of df) this.idf.set(t, Math.log((1 + this.documents) / (1 + n)) + 1);
  }

  vector(text: string): Vector {
    const v = new Map<string, number>();
    const unseen = Math.log(1 + this.documents) + 1;
    for (const [t, n] of termCounts(tokens(text))) v.set(t, n * (this.idf.get(t) ?? unseen));
    return v;
  }

  /** Cosine similarity of two texts' TF-IDF vectors, 0 when either is empty. */
  cosine(a: string, b: string): number {
    const [va, vb] = [this.vector(a), this.vector(b)];
    let dot = 0;
    for (const [t, x] of va) dot += x * (vb.get(t) ?? 0);
    const norm = (v: Vector): number => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
    const denominator = norm(va) * norm(vb);
    return denominator === 0 ? 0 : dot / denominator;
  }
}

/** The text a baseline reads for a profile: its skill names, nothing else. */
export function profileText(candidate: CandidateDraft): string {
  return candidate.skills.map((s) => s.name).join('\n');
}

/** The text a baseline reads for a posting: its description (the posting as published). */
export function postingText(posting: PostingDraft): string {
  return posting.description;
}

/**
 * Keyword overlap: the share of the posting's groups that name, letter for letter (ignoring case),
 * a skill the profile lists; a REQUIRED group counts twice a PREFERRED one.
 */
export function keywordOverlap(posting: PostingDraft, candidate: CandidateDraft): number {
  const listed = new Set(candidate.skills.map((s) => s.name.trim().toLowerCase()));
  let hit = 0;
  let total = 0;
  for (const g of posting.requirements) {
    const weight = g.importance === 'REQUIRED' ? 2 : 1;
    total += weight;
    if (g.skills.some((s) => listed.has(s.trim().toLowerCase()))) hit += weight;
  }
  return total === 0 ? 0 : hit / total;
}

/**
 * The score threshold at or above which a baseline says "qualified": of the scores seen on the given
 * (tuned) pairs, the one whose verdicts agree best with the judge by Cohen's kappa (the lowest on a tie).
 */
export function chooseThreshold(pairs: readonly ScoredPair[]): number {
  const scores = [...new Set(pairs.map((p) => p.score ?? 0))].sort((a, b) => a - b);
  let best = scores[0] ?? 0;
  let bestKappa = -Infinity;
  for (const t of scores) {
    const { kappa } = qualifiedAgreement(withThreshold(pairs, t));
    if (kappa > bestKappa) [best, bestKappa] = [t, kappa];
  }
  return best;
}

/** The pairs with `qualified` set by a threshold on their score. */
export function withThreshold(pairs: readonly ScoredPair[], threshold: number): ScoredPair[] {
  return pairs.map((p) => ({ ...p, qualified: p.score !== null && p.score >= threshold }));
}
