import { checkPostingDraft } from '../domain/draft-rules';
import type { CandidateDraft, PostingDraft } from '../domain/drafts';
import { explainMatch } from '../domain/matching/explain-match';
import { suggestGaps } from '../domain/matching/gap-analysis';
import type { ExplainedMatch, GapSuggestion } from '../domain/matching/match-result';
import type { CandidateSpec, PostingSpec, ScoringProfile } from '../domain/matching/profiles';
import { compareRanked } from '../domain/matching/rank-candidates';
import { type Converted, candidateSpecFromDraft, postingSpecFromDraft } from '../domain/matching/spec-from-draft';
import type { AuditActor, ScoringAuditor } from './audit-event';
import type { CandidateListener, CandidateService } from './candidate.service';
import { UserInputError } from './errors';
import { CandidateRanking, type RankArgs, type RankedPage } from './matching/candidate-ranking';
import { KeptRankings } from './matching/kept-rankings';
import { LiveIndex } from './matching/live-index';
import { PostingRanking } from './matching/posting-ranking';
import { ScoringAudit } from './matching/scoring-audit';
import { ScoringInputs } from './matching/scoring-inputs';
import type { OffloadPool } from './offload/offload-pool';
import type { PostingListener, PostingService } from './posting.service';
import type { TaxonomyService } from './taxonomy.service';

/** A stored record by id, or an unsaved draft with the input path its errors should name. */
export type PreviewRef<D> = { readonly id: number } | { readonly draft: D; readonly field: string };

/** scoreCandidates serves scripts; a bigger list belongs to the batch tool. */
export const MAX_SCORE_IDS = 1000;

/**
 * Scores candidates against postings; every scoring call names its caller (`actor`), whom the
 * audit log records. The use cases live here; ranking runs on the live index of every candidate
 * (matching/live-index.ts, matching/candidate-ranking.ts), kept current by the candidate
 * service's change events.
 */
export class MatchingService implements CandidateListener, PostingListener {
  private readonly index: LiveIndex;
  private readonly inputs: ScoringInputs;
  private readonly kept: KeptRankings;
  private readonly audit: ScoringAudit;
  private readonly candidateRanking: CandidateRanking;
  private readonly postingRanking: PostingRanking;

  constructor(
    private readonly taxonomy: TaxonomyService,
    postings: PostingService,
    private readonly candidates: CandidateService,
    auditor: ScoringAuditor | null = null,
    /** Where gap analysis runs when given: a worker thread (it rescores once per accepted skill). */
    private readonly offload: OffloadPool | null = null,
  ) {
    this.index = new LiveIndex(candidates);
    this.inputs = new ScoringInputs(taxonomy, postings, candidates);
    this.kept = new KeptRankings(taxonomy);
    this.audit = new ScoringAudit(taxonomy, auditor);
    this.candidateRanking = new CandidateRanking(taxonomy, postings, this.inputs, this.index, this.kept, this.audit);
    this.postingRanking = new PostingRanking(taxonomy, postings, this.inputs, this.audit);
    candidates.subscribe(this);
    postings.subscribe(this);
  }

  /** Loads every stored candidate into the index. */
  buildIndex(): Promise<number> {
    return this.index.build();
  }

  /**
   * Rebuilds the index from the database and forgets cached postings: for a process that may have
   * missed other processes' writes (the change feed, after its connection was lost). Queries keep
   * using the old index until the new one is complete.
   */
  resync(): Promise<number> {
    const forget = () => {
      this.inputs.clear();
      this.kept.clear();
    };
    return this.index.resync(forget, this);
  }

  get indexedCandidates(): number {
    return this.index.size;
  }

  /** The most skills one indexed candidate has. */
  get longestSkillList(): number {
    return this.index.longestSkillList;
  }

  candidatesChanged(specs: readonly CandidateSpec[]): void {
    this.index.upsert(specs);
    this.kept.candidatesChanged(specs);
  }

  candidateDeleted(id: number): void {
    this.index.remove(id);
    this.kept.candidateDeleted(id);
  }

  postingChanged(id: number): void {
    this.inputs.forgetPosting(id);
    this.kept.forget(id);
    this.index.touch();
  }

  postingDeleted(id: number): void {
    this.postingChanged(id);
  }

  /** One candidate against one posting, fully explained. */
  async match(
    actor: AuditActor,
    postingId: number,
    candidateId: number,
    weights?: ScoringProfile | null,
  ): Promise<ExplainedMatch> {
    const [posting, [candidate]] = await Promise.all([
      this.inputs.postingPlan(postingId),
      this.inputs.candidateSpecs([candidateId]),
    ]);
    const m = this.explain(posting.spec, candidate, weights ?? null);
    await this.audit.record(actor, {
      operation: 'match',
      postingId,
      posting: posting.spec,
      candidates: [candidate],
      candidateCount: 1,
      matches: [m],
      weights: weights ?? null,
      options: {},
    });
    return m;
  }

  /**
   * Scores unsaved input against stored or unsaved input (a frontend's live preview). Nothing is
   * written; unknown skill names are refused exactly as a create would refuse them.
   */
  async preview(
    actor: AuditActor,
    posting: PreviewRef<PostingDraft>,
    candidate: PreviewRef<CandidateDraft>,
    weights?: ScoringProfile | null,
  ): Promise<ExplainedMatch> {
    const p =
      'id' in posting
        ? (await this.inputs.postingPlan(posting.id)).spec
        : this.draftPostingSpec(posting.draft, posting.field);
    const c =
      'id' in candidate
        ? (await this.inputs.candidateSpecs([candidate.id]))[0]
        : this.draftCandidateSpec(candidate.draft, candidate.field);
    const m = this.explain(p, c, weights ?? null);
    const postingId = 'id' in posting ? posting.id : null;
    await this.audit.record(actor, {
      operation: 'matchPreview',
      postingId,
      posting: p,
      candidates: [c],
      candidateCount: 1,
      matches: [m],
      weights: weights ?? null,
      options: {},
    });
    return m;
  }

  private draftPostingSpec(draft: PostingDraft, field: string): PostingSpec {
    const issues = checkPostingDraft(draft, field);
    if (issues.length > 0) throw new UserInputError(`${issues[0].field}: ${issues[0].message}`, issues[0].field);
    const converted = postingSpecFromDraft(this.taxonomy.current(), 'preview', draft, (i) => `preview-${i}`);
    return this.known(converted, field);
  }

  private draftCandidateSpec(draft: CandidateDraft, field: string): CandidateSpec {
    return this.known(candidateSpecFromDraft(this.taxonomy.current(), 'preview', draft), field);
  }

  /** The spec of a draft whose skill names are all known; unknown ones are refused as a create refuses them. */
  private known<T>({ spec, unknownSkills }: Converted<T>, field: string): T {
    this.taxonomy.refuseUnknown(unknownSkills.map((u) => ({ name: u.name, field: `${field}.${u.at}` })));
    return spec;
  }

  /** Candidates for a posting in ranking order: qualified first, then score, then candidate id. */
  rankCandidates(actor: AuditActor, postingId: number, args: RankArgs): Promise<RankedPage> {
    return this.candidateRanking.rank(actor, postingId, args);
  }

  /** Explains the first rows of postings' rankings ahead of their first reader (see CandidateRanking.warm). */
  warm(options: { readonly budgetMs: number; readonly rows: number }): Promise<number> {
    return this.candidateRanking.warm(options);
  }

  /**
   * Scores the given candidates (up to 1,000) against a posting, in ranking order. Every unknown
   * id is named at once.
   */
  async scoreCandidates(
    actor: AuditActor,
    postingId: number,
    candidateIds: readonly number[],
    weights?: ScoringProfile | null,
  ): Promise<ExplainedMatch[]> {
    if (candidateIds.length === 0 || candidateIds.length > MAX_SCORE_IDS) {
      throw new UserInputError(
        `candidateIds takes 1 to ${MAX_SCORE_IDS} ids, got ${candidateIds.length}`,
        'candidateIds',
      );
    }
    const ids = [...new Set(candidateIds)];
    const { spec } = await this.inputs.postingPlan(postingId);
    const found = await this.candidates.getMany(ids);
    const missing = ids.filter((_, i) => found[i] === null);
    if (missing.length > 0)
      throw new UserInputError(`Unknown candidate id(s): ${missing.join(', ')}`, 'candidateIds', {
        missing: missing.map(String),
      });
    const specs = await this.candidates.specsOf(ids);
    const matches = specs.map((c) => this.explain(spec, c, weights ?? null)).sort(compareRanked);
    await this.audit.record(actor, {
      operation: 'scoreCandidates',
      postingId,
      posting: spec,
      candidates: specs,
      candidateCount: specs.length,
      matches,
      weights: weights ?? null,
      options: {},
    });
    return matches;
  }

  /** Postings for a candidate, in the same order rules (qualified, score, posting id). */
  rankPostings(actor: AuditActor, candidateId: number, args: RankArgs): Promise<RankedPage> {
    return this.postingRanking.rank(actor, candidateId, args);
  }

  /** The skills whose addition would raise this candidate's score most. */
  async gaps(match: ExplainedMatch, limit: number): Promise<readonly GapSuggestion[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 20)
      throw new UserInputError('limit must be between 1 and 20', 'limit');
    const taxonomy = this.taxonomy.current();
    const { posting, candidate, weights } = match.inputs;
    if (this.offload) return this.offload.run('gaps', { posting, candidate, limit, weights }, taxonomy);
    return suggestGaps(taxonomy, posting, candidate, limit, weights);
  }

  private explain(posting: PostingSpec, candidate: CandidateSpec, weights: ScoringProfile | null): ExplainedMatch {
    return explainMatch(this.taxonomy.current(), posting, candidate, weights);
  }
}
