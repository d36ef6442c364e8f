import DataLoader from 'dataloader';
import type { CandidateEducationEntity } from '../entities/candidate-education.entity';
import type { CandidateSkillEntity } from '../entities/candidate-skill.entity';
import type { CandidateEntity } from '../entities/candidate.entity';
import type { PostingEntity } from '../entities/posting.entity';
import type { RequirementGroupEntity } from '../entities/requirement-group.entity';
import type { Principal } from '../services/key.service';
import type { Services } from '../services/services';
import { RequestAuth } from '../auth/request-auth';

/** Per-request batch loaders: one SQL query per relation per request, not one per row. */
export interface Loaders {
  readonly postingById: DataLoader<number, PostingEntity | null>;
  readonly candidateById: DataLoader<number, CandidateEntity | null>;
  readonly postingGroups: DataLoader<number, RequirementGroupEntity[]>;
  readonly groupById: DataLoader<number, RequirementGroupEntity | null>;
  readonly groupSkillIds: DataLoader<number, number[]>;
  readonly candidateSkills: DataLoader<number, CandidateSkillEntity[]>;
  readonly candidateEducation: DataLoader<number, CandidateEducationEntity[]>;
}

/** What the transport knows about the caller; the HTTP server fills it from the request. */
export interface RequestInfo {
  /** The raw Authorization header, if any. */
  readonly authorization?: string;
  /** Correlates logs and audit records of one request. */
  readonly requestId?: string;
  /** Whom the HTTP server's rate limits charge this request to (absent in process: no limit). */
  readonly rateCaller?: { readonly id: string; readonly keyed: boolean };
}

export interface Context {
  /** The use cases; scoring calls name `auth.actor()` as the caller the audit log records. */
  readonly services: Services;
  readonly loaders: Loaders;
  readonly request: RequestInfo;
  /** Who is asking; the auth checker resolves it from the Authorization header on first need. */
  readonly auth: RequestAuth;
  /** Expensive input this request has asked for so far, across aliases (see normalizeSkills). */
  readonly spent: { names: number };
}

const MAX_BATCH = 500;

/**
 * `principal` is for callers that already know who is asking (tests, and the HTTP server once its
 * rate limits have checked the key); else the header decides, on first need.
 */
export function createContext(services: Services, request: RequestInfo = {}, principal?: Principal): Context {
  const auth = new RequestAuth(services.keys, request.authorization, principal, request.requestId ?? null);
  return {
    services,
    request,
    auth,
    spent: { names: 0 },
    loaders: {
      postingById: new DataLoader((ids) => services.postings.getMany(ids), { maxBatchSize: MAX_BATCH }),
      candidateById: new DataLoader((ids) => services.candidates.getMany(ids), { maxBatchSize: MAX_BATCH }),
      postingGroups: new DataLoader((ids) => services.postings.groupsOf(ids), { maxBatchSize: MAX_BATCH }),
      groupById: new DataLoader((ids) => services.postings.groupsById(ids), { maxBatchSize: MAX_BATCH }),
      groupSkillIds: new DataLoader((ids) => services.postings.skillIdsOf(ids), { maxBatchSize: MAX_BATCH }),
      candidateSkills: new DataLoader((ids) => services.candidates.skillsOf(ids), { maxBatchSize: MAX_BATCH }),
      candidateEducation: new DataLoader((ids) => services.candidates.educationOf(ids), { maxBatchSize: MAX_BATCH }),
    },
  };
}
