import { type CompiledPosting, compilePosting } from '../../domain/matching/compile-posting';
import type { CandidateSpec, PostingSpec } from '../../domain/matching/profiles';
import type { CandidateService } from '../candidate.service';
import { NotFoundError } from '../errors';
import type { PostingService } from '../posting.service';
import type { TaxonomyService } from '../taxonomy.service';

/** A stored posting's spec and the ranking plan compiled from it. */
export interface PostingPlan {
  readonly spec: PostingSpec;
  readonly compiled: CompiledPosting;
}

/**
 * Stored postings and candidates as the matcher reads them. A posting's plan is compiled once and
 * kept until the posting changes (forgetPosting) or the taxonomy does.
 */
export class ScoringInputs {
  private readonly plans = new Map<number, PostingPlan>();

  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly postings: PostingService,
    private readonly candidates: CandidateService,
  ) {}

  async postingPlan(id: number): Promise<PostingPlan> {
    const cached = this.plans.get(id);
    if (cached && cached.compiled.taxonomyVersion === this.taxonomy.current().version) return cached;
    const spec = await this.postings.specOf(id);
    if (!spec) throw new NotFoundError('Posting', String(id));
    const plan = { spec, compiled: compilePosting(this.taxonomy.current(), spec) };
    this.plans.set(id, plan);
    return plan;
  }

  /** The candidates' specs in the order asked; one asked by id that does not exist is NotFound. */
  async candidateSpecs(ids: readonly number[]): Promise<CandidateSpec[]> {
    const specs = await this.candidates.specsOf(ids);
    if (ids.length === 1 && !(await this.candidates.get(ids[0]))) throw new NotFoundError('Candidate', String(ids[0]));
    return specs;
  }

  forgetPosting(id: number): void {
    this.plans.delete(id);
  }

  /** Forgets every plan: for a resync, after which any posting may have changed. */
  clear(): void {
    this.plans.clear();
  }
}
