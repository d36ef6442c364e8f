import { CandidateIndex } from '../domain/matching/candidate-index';
import { type CompiledPosting, compilePosting } from '../domain/matching/compile-posting';
import type { MatchingTaxonomy } from '../domain/matching/matching-taxonomy';
import type { CandidateSpec, PostingSpec } from '../domain/matching/profiles';
import { compareRanked } from '../domain/matching/rank-candidates';
import { rankTopK } from '../domain/matching/rank-top-k';

/** What a scoring run keeps: the best `top` per posting, after the filters. */
export interface ScoreOptions {
  readonly top: number;
  readonly qualifiedOnly: boolean;
  readonly minScore: number | null;
}

/** A candidate in a posting's top list, with what it takes to explain it later. */
export interface RankedCandidate {
  readonly candidateId: string;
  /** null (and qualified null) when the posting has nothing to score. */
  readonly score: number | null;
  readonly qualified: boolean | null;
  /** Where it came from (line number or file position): the last tie-break, so runs are deterministic. */
  readonly line: number;
  readonly spec: CandidateSpec;
}

/** One posting's result over some candidates. */
export interface PostingTally {
  /** The best candidates in ranking order, at most `top`. */
  readonly rows: readonly RankedCandidate[];
  /** Candidates that pass the filters (--qualified-only, --min-score). */
  readonly passed: number;
  /** Qualified candidates, filters aside. */
  readonly qualified: number;
}

/** The service's ranking order (qualified, score desc, candidate id), then input position. */
export function compareCandidates(a: RankedCandidate, b: RankedCandidate): number {
  return compareRanked(a, b) || a.line - b.line;
}

/**
 * Scores batches of candidates against postings compiled once: each batch is loaded into a
 * CandidateIndex and ranked with `rankTopK`, the ranker behind the GraphQL `rankCandidates`
 * query, so only the `top` best per posting leave the batch and memory stays bounded whatever the
 * input size.
 */
export class ChunkScorer {
  private readonly compiled: readonly CompiledPosting[];

  constructor(
    taxonomy: MatchingTaxonomy,
    postings: readonly PostingSpec[],
    private readonly options: ScoreOptions,
  ) {
    this.compiled = postings.map((posting) => compilePosting(taxonomy, posting));
  }

  /** Ranks one batch (ids unique within it); `lines[i]` is where `specs[i]` came from. */
  score(specs: readonly CandidateSpec[], lines: ArrayLike<number>): PostingTally[] {
    if (specs.length === 0) return this.compiled.map(() => ({ rows: [], passed: 0, qualified: 0 }));
    const index = CandidateIndex.from(specs);
    const at = new Map<string, number>();
    specs.forEach((spec, i) => at.set(spec.id, i));
    const { top, qualifiedOnly, minScore } = this.options;
    return this.compiled.map((compiled) => {
      const ranked = rankTopK(index, compiled, { k: top, qualifiedOnly, minScore });
      const qualified =
        qualifiedOnly && minScore === null
          ? ranked.totalCount
          : rankTopK(index, compiled, { k: 0, qualifiedOnly: true }).totalCount;
      const rows = ranked.rows.map((row) => {
        const i = at.get(row.candidateId)!;
        return {
          candidateId: row.candidateId,
          score: row.score,
          qualified: row.qualified,
          line: lines[i],
          spec: specs[i],
        };
      });
      return { rows, passed: ranked.totalCount, qualified };
    });
  }
}

/** Keeps the best `top` candidates of each posting across batches, merging as batches finish. */
export class TopMerger {
  private readonly tallies: { rows: RankedCandidate[]; passed: number; qualified: number }[];

  constructor(
    postingCount: number,
    private readonly top: number,
  ) {
    this.tallies = Array.from({ length: postingCount }, () => ({ rows: [], passed: 0, qualified: 0 }));
  }

  add(batch: readonly PostingTally[]): void {
    batch.forEach((tally, p) => {
      const into = this.tallies[p];
      into.passed += tally.passed;
      into.qualified += tally.qualified;
      if (tally.rows.length === 0) return;
      const worst = into.rows[into.rows.length - 1];
      // Nothing in this batch can enter a full list that already ranks its best higher.
      if (into.rows.length >= this.top && compareCandidates(tally.rows[0], worst) > 0) return;
      into.rows = [...into.rows, ...tally.rows].sort(compareCandidates).slice(0, this.top);
    });
  }

  result(): PostingTally[] {
    return this.tallies;
  }
}
