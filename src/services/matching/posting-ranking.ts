import { explainMatch } from '../../domain/matching/explain-match';
import type { ExplainedMatch } from '../../domain/matching/match-result';
import { compareRanked } from '../../domain/matching/rank-candidates';
import type { AuditActor } from '../audit-event';
import { offsetPage, offsetRequest } from '../pagination';
import type { PostingService } from '../posting.service';
import type { TaxonomyService } from '../taxonomy.service';
import type { RankArgs, RankedPage } from './candidate-ranking';
import type { ScoringAudit } from './scoring-audit';
import type { ScoringInputs } from './scoring-inputs';

/** rankPostings orders postings as rankCandidates orders candidates: the id tie-break is the posting's. */
function byPosting(m: ExplainedMatch): { qualified: boolean | null; score: number | null; candidateId: string } {
  return { qualified: m.qualified, score: m.score, candidateId: m.postingId };
}

/** Postings for a candidate, in the order rankCandidates uses (qualified, score, then posting id). */
export class PostingRanking {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly postings: PostingService,
    private readonly inputs: ScoringInputs,
    private readonly audit: ScoringAudit,
  ) {}

  /** Scores the candidate against every stored posting; a page of them is returned and audited. */
  async rank(actor: AuditActor, candidateId: number, args: RankArgs): Promise<RankedPage> {
    const kind = `rankp${candidateId}`;
    const { first, offset } = offsetRequest(kind, args);
    const [candidate] = await this.inputs.candidateSpecs([candidateId]);
    const all: ExplainedMatch[] = [];
    for (const id of await this.postings.allIds()) {
      const { spec } = await this.inputs.postingPlan(id);
      const m = explainMatch(this.taxonomy.current(), spec, candidate, args.weights ?? null);
      if (args.qualifiedOnly && !m.qualified) continue;
      // A posting with nothing to score (null) passes no minimum.
      if (args.minScore !== null && args.minScore !== undefined && (m.score ?? -1) < args.minScore) continue;
      all.push(m);
    }
    all.sort((a, b) => compareRanked(byPosting(a), byPosting(b)));
    const matches = all.slice(offset, offset + first);
    await this.audit.record(actor, {
      operation: 'rankPostings',
      postingId: null,
      posting: null,
      candidates: [candidate],
      candidateCount: 1,
      matches,
      weights: args.weights ?? null,
      options: { first, offset, qualifiedOnly: args.qualifiedOnly ?? false, minScore: args.minScore ?? null },
    });
    return offsetPage(kind, matches, offset, all.length);
  }
}
