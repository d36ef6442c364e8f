import type { CandidateIndex } from '../../domain/matching/candidate-index';
import { KeptRanking } from '../../domain/matching/kept-ranking';
import { matchCandidate } from '../../domain/matching/match-candidate';
import type { ExplainedMatch } from '../../domain/matching/match-result';
import type { CandidateSpec, PostingSpec } from '../../domain/matching/profiles';
import { rankKeyOf } from '../../domain/matching/rank-key';
import { rankTopK } from '../../domain/matching/rank-top-k';
import type { TaxonomyService } from '../taxonomy.service';
import type { PostingPlan } from './scoring-inputs';

/**
 * Each ranked posting keeps its first rows across writes (default weights, no filters): the pages
 * people read come from there without a scan. Deep enough for the first pages after many writes.
 */
export const KEEP_DEPTH = 100;
/** A write of more candidates than this (an import batch) drops kept rankings instead of updating them. */
const KEEP_UPDATE_LIMIT = 64;

/** A posting's kept ranking and the plan it was computed with. */
export interface Kept {
  readonly ranking: KeptRanking<ExplainedMatch>;
  readonly spec: PostingSpec;
  readonly taxonomyVersion: string;
  /** Tells this kept ranking from the ones it replaced, in page stamps. */
  readonly serial: number;
}

/** The kept rankings of every posting ranked so far, updated on every candidate write. */
export class KeptRankings {
  private readonly kept = new Map<number, Kept>();
  private serial = 0;

  constructor(private readonly taxonomy: TaxonomyService) {}

  /**
   * The posting's kept ranking, ranked afresh (one scan, KEEP_DEPTH rows) when there is none yet,
   * the taxonomy changed, or writes left too few rows for the page asked.
   */
  forPage(index: CandidateIndex, postingId: number, plan: PostingPlan, offset: number, first: number): Kept {
    const taxonomyVersion = this.taxonomy.current().version;
    const kept = this.kept.get(postingId);
    if (
      kept &&
      kept.spec === plan.spec &&
      kept.taxonomyVersion === taxonomyVersion &&
      kept.ranking.slice(offset, first) !== null
    )
      return kept;
    const top = rankTopK(index, plan.compiled, { k: KEEP_DEPTH });
    const rows = top.rows.map((r) => ({ candidateId: r.candidateId, key: rankKeyOf(r.score, r.qualified) }));
    const fresh: Kept = {
      ranking: new KeptRanking(rows, KEEP_DEPTH, top.totalCount <= KEEP_DEPTH),
      spec: plan.spec,
      taxonomyVersion,
      serial: ++this.serial,
    };
    this.kept.set(postingId, fresh);
    return fresh;
  }

  candidatesChanged(specs: readonly CandidateSpec[]): void {
    if (specs.length > KEEP_UPDATE_LIMIT) {
      this.kept.clear();
      return;
    }
    // Each written candidate is scored against every kept ranking: it enters, moves or leaves it.
    // Its row is explained from the stored profile when a page shows it, as every other row is.
    const taxonomy = this.taxonomy.current();
    for (const kept of this.kept.values()) {
      for (const c of specs) {
        const r = matchCandidate(taxonomy, kept.spec, c, null);
        kept.ranking.upsert(c.id, rankKeyOf(r.score, r.qualified), null);
      }
    }
  }

  candidateDeleted(id: number): void {
    for (const kept of this.kept.values()) kept.ranking.remove(String(id));
  }

  forget(postingId: number): void {
    this.kept.delete(postingId);
  }

  clear(): void {
    this.kept.clear();
  }
}
