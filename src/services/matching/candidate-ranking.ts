import { LRUCache } from 'lru-cache';
import { compilePosting } from '../../domain/matching/compile-posting';
import { explainMatch } from '../../domain/matching/explain-match';
import type { KeptRow } from '../../domain/matching/kept-ranking';
import type { ExplainedMatch } from '../../domain/matching/match-result';
import type { CandidateSpec, PostingSpec, ScoringProfile } from '../../domain/matching/profiles';
import { rankTopK } from '../../domain/matching/rank-top-k';
import type { AuditActor, ScoringRecord } from '../audit-event';
import { type Page, offsetPage, offsetRequest } from '../pagination';
import type { PostingService } from '../posting.service';
import type { TaxonomyService } from '../taxonomy.service';
import { KEEP_DEPTH, type KeptRankings } from './kept-rankings';
import type { LiveIndex } from './live-index';
import type { ScoringAudit } from './scoring-audit';
import type { ScoringInputs } from './scoring-inputs';

export interface RankArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly qualifiedOnly?: boolean | null;
  readonly minScore?: number | null;
  readonly weights?: ScoringProfile | null;
}

export type RankedPage = Page<ExplainedMatch>;

/** A ranking page as served, with its audit record, cached while `stamp` is current. */
interface CachedRanking {
  readonly page: RankedPage;
  readonly record: ScoringRecord | null;
  /** What the page was built from: a kept ranking's state, or the index version. */
  readonly stamp: string;
}

const RANK_CACHE_SIZE = 256;

/**
 * Candidates for a posting in ranking order, from the compiled index (a posting compiled once into
 * lookup tables, a bounded heap); the k rows a page shows are then explained by the simple matcher,
 * which computes the very same scores. Unfiltered first pages come from the posting's kept ranking
 * without a scan; every page is cached while what it was built from is current.
 */
export class CandidateRanking {
  /** Pages by (posting, options, weights), each valid while its stamp is current; the least recently read go first. */
  private readonly pages = new LRUCache<string, CachedRanking>({ max: RANK_CACHE_SIZE });

  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly postings: PostingService,
    private readonly inputs: ScoringInputs,
    private readonly index: LiveIndex,
    private readonly kept: KeptRankings,
    private readonly audit: ScoringAudit,
  ) {}

  /** Candidates for a posting in ranking order: qualified first, then score, then candidate id. */
  async rank(actor: AuditActor, postingId: number, args: RankArgs): Promise<RankedPage> {
    const plan = await this.inputs.postingPlan(postingId);
    const { spec } = plan;
    const kind = `rank${postingId}`;
    const { first, offset } = offsetRequest(kind, args);
    const weights = args.weights ?? null;
    // A minimum score of 0 filters nothing: it is the unfiltered ranking (kept and cached as such).
    const options = {
      first,
      offset,
      qualifiedOnly: args.qualifiedOnly ?? false,
      minScore: args.minScore ? args.minScore : null,
    };
    const key = JSON.stringify([postingId, options, weights]);
    const plain =
      weights === null && !options.qualifiedOnly && options.minScore === null && offset + first <= KEEP_DEPTH;
    const kept = plain ? this.kept.forPage(this.index.current, postingId, plan, offset, first) : null;
    const stamp = kept ? `k${kept.serial}.${kept.ranking.changes}.${this.index.size}` : `v${this.index.version}`;
    let cached = this.pages.get(key);
    if (!cached || cached.stamp !== stamp) {
      let matches: ExplainedMatch[];
      let totalCount: number;
      if (kept) {
        // Unfiltered, every candidate counts; the rows come from the kept ranking, explained once.
        matches = await this.explainRows(kept.ranking.slice(offset, first)!, spec);
        totalCount = this.index.size;
      } else {
        const compiled = weights ? compilePosting(this.taxonomy.current(), spec, weights) : plan.compiled;
        const top = rankTopK(this.index.current, compiled, { k: first, ...options });
        const candidates = await this.inputs.candidateSpecs(top.rows.map((r) => Number(r.candidateId)));
        matches = candidates.map((c) => this.explain(spec, c, weights));
        totalCount = top.totalCount;
      }
      const record = this.audit.describe({
        operation: 'rankCandidates',
        postingId,
        posting: spec,
        candidates: matches.map((m) => m.inputs.candidate),
        candidateCount: this.index.size,
        matches,
        weights,
        options,
      });
      cached = { page: offsetPage(kind, matches, offset, totalCount), record, stamp };
      this.pages.set(key, cached);
    }
    // Every request is audited, also one served from the cache.
    await this.audit.append(cached.record, actor);
    return cached.page;
  }

  /**
   * Ranks and explains the first `rows` candidates of postings, newest first, until `budgetMs` is
   * spent, so the first person to open a posting after a start does not wait for the scan, the
   * plan and the explanations (and the code paths are compiled). Nothing is audited: nobody asked.
   */
  async warm(options: { readonly budgetMs: number; readonly rows: number }): Promise<number> {
    const started = Date.now();
    let warmed = 0;
    for (const id of (await this.postings.allIds()).reverse()) {
      if (Date.now() - started >= options.budgetMs) break;
      const plan = await this.inputs.postingPlan(id);
      const kept = this.kept.forPage(this.index.current, id, plan, 0, options.rows);
      await this.explainRows(kept.ranking.slice(0, options.rows) ?? [], plan.spec);
      warmed++;
    }
    return warmed;
  }

  /** The kept rows' matches, explaining (once) the rows no page has shown yet. */
  private async explainRows(rows: readonly KeptRow<ExplainedMatch>[], spec: PostingSpec): Promise<ExplainedMatch[]> {
    const unexplained = rows.filter((r) => r.value === null);
    if (unexplained.length > 0) {
      const specs = await this.inputs.candidateSpecs(unexplained.map((r) => Number(r.candidateId)));
      unexplained.forEach((r, i) => (r.value = this.explain(spec, specs[i], null)));
    }
    return rows.map((r) => r.value!);
  }

  private explain(posting: PostingSpec, candidate: CandidateSpec, weights: ScoringProfile | null): ExplainedMatch {
    return explainMatch(this.taxonomy.current(), posting, candidate, weights);
  }
}
