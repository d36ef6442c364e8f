import { LRUCache } from 'lru-cache';
import { checkPostingDraft } from '../domain/draft-rules';
import type { CandidateDraft, PostingDraft } from '../domain/drafts';
import { CandidateIndex } from '../domain/matching/candidate-index';
import { type CompiledPosting, compilePosting } from '../domain/matching/compile-posting';
import { suggestGaps } from '../domain/matching/gap-analysis';
import { explainMatch } from '../domain/matching/explain-match';
import { matchCandidate } from '../domain/matching/match-candidate';
import type { ExplainedMatch, GapSuggestion } from '../domain/matching/match-result';
import type { CandidateSpec, PostingSpec, ScoringProfile } from '../domain/matching/profiles';
import { type Converted, candidateSpecFromDraft, postingSpecFromDraft } from '../domain/matching/spec-from-draft';
import { KeptRanking } from '../domain/matching/kept-ranking';
import { rankKeyOf } from '../domain/matching/compiled-scorer';
import { compareRanked } from '../domain/matching/rank-candidates';
import { rankTopK } from '../domain/matching/rank-top-k';
import type { AuditActor, ScoringAuditor, ScoringEvent, ScoringRecord } from './audit-event';
import type { CandidateListener, CandidateService } from './candidate.service';
import { NotFoundError, UserInputError } from './errors';
import { type Page, offsetPage, offsetRequest } from './pagination';
import type { OffloadPool } from './offload/offload-pool';
import type { PostingListener, PostingService } from './posting.service';
import type { TaxonomyService } from './taxonomy.service';

/** A stored record by id, or an unsaved draft with the input path its errors should name. */
export type PreviewRef<D> = { readonly id: number } | { readonly draft: D; readonly field: string };

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

/** A posting's kept ranking and the plan it was computed with. */
interface Kept {
  readonly ranking: KeptRanking<ExplainedMatch>;
  readonly spec: PostingSpec;
  readonly taxonomyVersion: string;
  /** Tells this kept ranking from the ones it replaced, in page stamps. */
  readonly serial: number;
}

const RANK_CACHE_SIZE = 256;
/**
 * Each ranked posting keeps its first rows across writes (default weights, no filters): the pages
 * people read come from there without a scan. Deep enough for the first pages after many writes.
 */
const KEEP_DEPTH = 100;
/** A write of more candidates than this (an import batch) drops kept rankings instead of updating them. */
const KEEP_UPDATE_LIMIT = 64;
/** scoreCandidates serves scripts; a bigger list belongs to the batch tool. */
export const MAX_SCORE_IDS = 1000;

/**
 * Scores candidates against postings; every scoring call names its caller (`actor`), whom the
 * audit log records. Ranking runs on a compiled in-memory index of every
 * candidate (typed arrays, a posting compiled once into lookup tables, a bounded heap), kept
 * current by the candidate service's change events; the k rows a page shows are then explained
 * by the simple matcher, which computes the very same scores.
 */
export class MatchingService implements CandidateListener, PostingListener {
  /** Replaced whole only by resync. */
  private index = new CandidateIndex();
  /** Candidates written while resync reads the table: read again once it is done. */
  private resyncTouched: Set<number> | null = null;
  private readonly specs = new Map<number, { spec: PostingSpec; compiled: CompiledPosting }>();
  /** Ranking pages by (posting, options, weights), each valid while its stamp is current; the least recently read go first. */
  private readonly rankings = new LRUCache<string, CachedRanking>({ max: RANK_CACHE_SIZE });
  private version = 0;
  /** Kept rankings by posting id, updated on every candidate write. */
  private readonly kept = new Map<number, Kept>();
  private keptSerial = 0;

  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly postings: PostingService,
    private readonly candidates: CandidateService,
    private readonly auditor: ScoringAuditor | null = null,
    /** Where gap analysis runs when given: a worker thread (it rescores once per accepted skill). */
    private readonly offload: OffloadPool | null = null,
  ) {
    candidates.subscribe(this);
    postings.subscribe(this);
  }

  /** Loads every stored candidate into the index. */
  async buildIndex(): Promise<number> {
    for await (const batch of this.candidates.allSpecs()) this.index.bulkLoad(batch);
    this.changed();
    return this.index.size;
  }

  /**
   * Rebuilds the index from the database and forgets cached postings: for a process that may have
   * missed other processes' writes (the change feed, after its connection was lost). Queries keep
   * using the old index until the new one is complete.
   */
  async resync(): Promise<number> {
    let touched = new Set<number>();
    this.resyncTouched = touched;
    try {
      const fresh = new CandidateIndex();
      for await (const batch of this.candidates.allSpecs()) fresh.bulkLoad(batch);
      this.index = fresh;
      this.specs.clear();
      this.kept.clear();
      this.changed();
      // A write that landed while a batch was in flight may be older in `fresh` than in the database.
      while (touched.size > 0) {
        const ids = [...touched];
        touched = new Set<number>();
        this.resyncTouched = touched;
        const rows = await this.candidates.getMany(ids);
        const specs = await this.candidates.specsOf(ids.filter((_, i) => rows[i] !== null));
        this.resyncTouched = null; // these are not new writes
        if (specs.length > 0) this.candidatesChanged(specs);
        ids.filter((_, i) => rows[i] === null).forEach((id) => this.candidateDeleted(id));
        this.resyncTouched = touched;
      }
    } finally {
      this.resyncTouched = null;
    }
    return this.index.size;
  }

  get indexedCandidates(): number {
    return this.index.size;
  }

  candidatesChanged(specs: readonly CandidateSpec[]): void {
    if (this.resyncTouched) for (const s of specs) this.resyncTouched.add(Number(s.id));
    if (specs.length === 1) this.index.upsert(specs[0]);
    else this.index.bulkLoad(specs);
    this.changed();
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
    this.resyncTouched?.add(id);
    this.index.remove(String(id));
    this.changed();
    for (const kept of this.kept.values()) kept.ranking.remove(String(id));
  }

  postingChanged(id: number): void {
    this.specs.delete(id);
    this.kept.delete(id);
    this.changed();
  }

  postingDeleted(id: number): void {
    this.postingChanged(id);
  }

  private async audit(actor: AuditActor, event: Omit<ScoringEvent, 'taxonomyVersion'>): Promise<void> {
    await this.auditor?.append(this.describe(event)!, actor);
  }

  private describe(event: Omit<ScoringEvent, 'taxonomyVersion'>): ScoringRecord | null {
    return this.auditor?.describe({ ...event, taxonomyVersion: this.taxonomy.current().version }) ?? null;
  }

  /** One candidate against one posting, fully explained. */
  async match(
    actor: AuditActor,
    postingId: number,
    candidateId: number,
    weights?: ScoringProfile | null,
  ): Promise<ExplainedMatch> {
    const [posting, [candidate]] = await Promise.all([this.postingSpec(postingId), this.candidateSpecs([candidateId])]);
    const m = this.explain(posting.spec, candidate, weights ?? null);
    await this.audit(actor, {
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
      'id' in posting ? (await this.postingSpec(posting.id)).spec : this.draftPostingSpec(posting.draft, posting.field);
    const c =
      'id' in candidate
        ? (await this.candidateSpecs([candidate.id]))[0]
        : this.draftCandidateSpec(candidate.draft, candidate.field);
    const m = this.explain(p, c, weights ?? null);
    const postingId = 'id' in posting ? posting.id : null;
    await this.audit(actor, {
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
  async rankCandidates(actor: AuditActor, postingId: number, args: RankArgs): Promise<RankedPage> {
    const { spec, compiled } = await this.postingSpec(postingId);
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
    const kept = plain ? this.keptRanking(postingId, spec, compiled, offset, first) : null;
    const stamp = kept ? `k${kept.serial}.${kept.ranking.changes}.${this.index.size}` : `v${this.version}`;
    let cached = this.rankings.get(key);
    if (!cached || cached.stamp !== stamp) {
      let matches: ExplainedMatch[];
      let totalCount: number;
      if (kept) {
        // Unfiltered, every candidate counts; the rows come from the kept ranking, explained once.
        const rows = kept.ranking.slice(offset, first)!;
        const unexplained = rows.filter((r) => r.value === null);
        if (unexplained.length > 0) {
          const specs = await this.candidateSpecs(unexplained.map((r) => Number(r.candidateId)));
          unexplained.forEach((r, i) => (r.value = this.explain(spec, specs[i], null)));
        }
        matches = rows.map((r) => r.value!);
        totalCount = this.index.size;
      } else {
        const plan = weights ? compilePosting(this.taxonomy.current(), spec, weights) : compiled;
        const top = rankTopK(this.index, plan, { k: first, ...options });
        const candidates = await this.candidateSpecs(top.rows.map((r) => Number(r.candidateId)));
        matches = candidates.map((c) => this.explain(spec, c, weights));
        totalCount = top.totalCount;
      }
      const candidates = matches.map((m) => m.inputs.candidate);
      const record = this.describe({
        operation: 'rankCandidates',
        postingId,
        posting: spec,
        candidates,
        candidateCount: this.index.size,
        matches,
        weights,
        options,
      });
      cached = { page: offsetPage(kind, matches, offset, totalCount), record, stamp };
      this.remember(key, cached);
    }
    // Every request is audited, also one served from the cache.
    if (cached.record) await this.auditor?.append(cached.record, actor);
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
      const { spec, compiled } = await this.postingSpec(id);
      const rows = this.keptRanking(id, spec, compiled, 0, options.rows).ranking.slice(0, options.rows) ?? [];
      const unexplained = rows.filter((r) => r.value === null);
      if (unexplained.length > 0) {
        const specs = await this.candidateSpecs(unexplained.map((r) => Number(r.candidateId)));
        unexplained.forEach((r, i) => (r.value = this.explain(spec, specs[i], null)));
      }
      warmed++;
    }
    return warmed;
  }

  /**
   * The posting's kept ranking, ranked afresh (one scan, KEEP_DEPTH rows) when there is none yet,
   * the taxonomy changed, or writes left too few rows for the page asked.
   */
  private keptRanking(
    postingId: number,
    spec: PostingSpec,
    compiled: CompiledPosting,
    offset: number,
    first: number,
  ): Kept {
    const taxonomyVersion = this.taxonomy.current().version;
    const kept = this.kept.get(postingId);
    if (
      kept &&
      kept.spec === spec &&
      kept.taxonomyVersion === taxonomyVersion &&
      kept.ranking.slice(offset, first) !== null
    )
      return kept;
    const top = rankTopK(this.index, compiled, { k: KEEP_DEPTH });
    const rows = top.rows.map((r) => ({ candidateId: r.candidateId, key: rankKeyOf(r.score, r.qualified) }));
    const fresh: Kept = {
      ranking: new KeptRanking(rows, KEEP_DEPTH, top.totalCount <= KEEP_DEPTH),
      spec,
      taxonomyVersion,
      serial: ++this.keptSerial,
    };
    this.kept.set(postingId, fresh);
    return fresh;
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
    const { spec } = await this.postingSpec(postingId);
    const found = await this.candidates.getMany(ids);
    const missing = ids.filter((_, i) => found[i] === null);
    if (missing.length > 0)
      throw new UserInputError(`Unknown candidate id(s): ${missing.join(', ')}`, 'candidateIds', {
        missing: missing.map(String),
      });
    const specs = await this.candidates.specsOf(ids);
    const matches = specs.map((c) => this.explain(spec, c, weights ?? null)).sort(compareRanked);
    await this.audit(actor, {
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
  async rankPostings(actor: AuditActor, candidateId: number, args: RankArgs): Promise<RankedPage> {
    const kind = `rankp${candidateId}`;
    const { first, offset } = offsetRequest(kind, args);
    const req = { first };
    const [candidate] = await this.candidateSpecs([candidateId]);
    const all: ExplainedMatch[] = [];
    for (const id of await this.postings.allIds()) {
      const m = this.explain((await this.postingSpec(id)).spec, candidate, args.weights ?? null);
      if (args.qualifiedOnly && !m.qualified) continue;
      // A posting with nothing to score (null) passes no minimum.
      if (args.minScore !== null && args.minScore !== undefined && (m.score ?? -1) < args.minScore) continue;
      all.push(m);
    }
    all.sort((a, b) => compareRanked(byPosting(a), byPosting(b)));
    const matches = all.slice(offset, offset + req.first);
    await this.audit(actor, {
      operation: 'rankPostings',
      postingId: null,
      posting: null,
      candidates: [candidate],
      candidateCount: 1,
      matches,
      weights: args.weights ?? null,
      options: {
        first: req.first,
        offset,
        qualifiedOnly: args.qualifiedOnly ?? false,
        minScore: args.minScore ?? null,
      },
    });
    return offsetPage(kind, matches, offset, all.length);
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

  private async postingSpec(id: number): Promise<{ spec: PostingSpec; compiled: CompiledPosting }> {
    const cached = this.specs.get(id);
    // A plan is kept until the posting changes (postingChanged) or the taxonomy does.
    if (cached && cached.compiled.taxonomyVersion === this.taxonomy.current().version) return cached;
    const spec = await this.postings.specOf(id);
    if (!spec) throw new NotFoundError('Posting', String(id));
    const entry = { spec, compiled: compilePosting(this.taxonomy.current(), spec) };
    this.specs.set(id, entry);
    return entry;
  }

  private async candidateSpecs(ids: readonly number[]): Promise<CandidateSpec[]> {
    const specs = await this.candidates.specsOf(ids);
    if (ids.length === 1 && !(await this.candidates.get(ids[0]))) throw new NotFoundError('Candidate', String(ids[0]));
    return specs;
  }

  private remember(key: string, ranking: CachedRanking): void {
    this.rankings.set(key, ranking);
  }

  /** Pages built from the index version go stale (kept pages carry their own stamp). */
  private changed(): void {
    this.version++;
  }
}

/** rankPostings orders postings as rankCandidates orders candidates: the id tie-break is the posting's. */
function byPosting(m: ExplainedMatch): { qualified: boolean | null; score: number | null; candidateId: string } {
  return { qualified: m.qualified, score: m.score, candidateId: m.postingId };
}
