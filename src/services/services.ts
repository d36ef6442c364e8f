import type { AuditService } from './audit.service';
import type { CandidateService } from './candidate.service';
import type { IngestionService } from './ingestion.service';
import type { KeyService } from './key.service';
import type { ListMaxima } from './list-maxima';
import type { MatchingService } from './matching.service';
import type { PostingService } from './posting.service';
import type { TaxonomyService } from './taxonomy.service';

/** The use cases over the database alone, as the store wires them: every command has these. */
export interface StoreServices {
  readonly taxonomy: TaxonomyService;
  readonly postings: PostingService;
  readonly candidates: CandidateService;
  readonly ingestion: IngestionService;
  /** API keys: create, revoke, list, authenticate. */
  readonly keys: KeyService;
  /** The append-only audit log of scoring requests. */
  readonly audit: AuditService;
}

/** The store's use cases and what serving adds over them; resolvers receive this. */
export interface Services extends StoreServices {
  /** Ranking on the in-memory index of every candidate (built when serving starts). */
  readonly matching: MatchingService;
  /** The longest stored lists, for the query cost estimate. */
  readonly listMaxima: ListMaxima;
}
