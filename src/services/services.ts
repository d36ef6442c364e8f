import type { AuditService } from './audit.service';
import type { CandidateService } from './candidate.service';
import type { IngestionService } from './ingestion.service';
import type { KeyService } from './key.service';
import type { ListMaxima } from './list-maxima';
import type { MatchingService } from './matching.service';
import type { PostingService } from './posting.service';
import type { TaxonomyService } from './taxonomy.service';

/** The use cases, as the composition root wires them; resolvers and CLI tools receive this. */
export interface Services {
  readonly taxonomy: TaxonomyService;
  readonly postings: PostingService;
  readonly candidates: CandidateService;
  readonly matching: MatchingService;
  readonly ingestion: IngestionService;
  /** API keys: create, revoke, list, authenticate. */
  readonly keys: KeyService;
  /** The append-only audit log of scoring requests. */
  readonly audit: AuditService;
  /** The longest stored lists, for the query cost estimate. */
  readonly listMaxima: ListMaxima;
}
