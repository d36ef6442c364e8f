import type { PostingSpec, CandidateSpec } from '../domain/matching/profiles';
import type { SkillDef } from '../domain/taxonomy/skill-def';
import type { ChunkOutcome } from './chunk-processor';
import type { ScoreOptions } from './chunk-scorer';
import type { ResumeLinesOutcome } from './resume-lines';

interface SetupBase {
  readonly taxonomyVersion: string;
  readonly skills: readonly SkillDef[];
  /** ISO instant: "today" for JSON Resume dates, the same in every worker. */
  readonly now: string;
}

/** What a worker starts from: plain data, cloned once per worker. */
export type WorkerSetup =
  /** Scores batches against postings compiled once. */
  | (SetupBase & { readonly task: 'score'; readonly postings: readonly PostingSpec[]; readonly options: ScoreOptions })
  /** Reads batches of JSON Resume lines into candidate drafts. */
  | (SetupBase & { readonly task: 'read-resumes' });

/** A batch: whole lines of a file, or candidates already read. */
export type WorkerJobInput =
  | { readonly kind: 'text'; readonly firstLine: number; readonly bytes: Uint8Array }
  | { readonly kind: 'specs'; readonly specs: readonly CandidateSpec[]; readonly lines: readonly number[] };

export type WorkerOutcome = ChunkOutcome | ResumeLinesOutcome;
