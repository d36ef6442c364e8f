import type { CandidateSpec, PostingSpec } from '../domain/matching/profiles';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import {
  type CandidateRead,
  type ReadContext,
  type SkipReason,
  readCandidateLine,
  readContext,
} from './candidate-read';
import { ChunkScorer, type PostingTally, type ScoreOptions } from './chunk-scorer';

/** A line or file left out, with where it was and why. */
export interface Skip {
  /** Line number (1-based) in a .jsonl file, or position in a list of files. */
  readonly line: number;
  /** "line 17", or a file name. */
  readonly where: string;
  readonly reason: SkipReason;
  readonly message: string;
}

/** How many skips of each reason a batch reports one by one; the rest are only counted. */
export const SKIP_SAMPLES = 5;
const UNKNOWN_SAMPLES = 5;

/** What reading candidates counted, in one batch of input or in a whole run. */
export interface ReadCounts {
  /** Candidate lines or files read (blank lines aside). */
  readonly read: number;
  readonly scored: number;
  readonly skipCounts: Readonly<Partial<Record<SkipReason, number>>>;
  /** The first SKIP_SAMPLES skips of each reason (in a run: in input order). */
  readonly skips: readonly Skip[];
  /** Candidates that named at least one skill the taxonomy does not know. */
  readonly unknownSkillCandidates: number;
  /** A few of those names. */
  readonly unknownSkillNames: readonly string[];
}

/** What one batch of input gave. */
export interface ChunkOutcome extends ReadCounts {
  readonly tallies: readonly PostingTally[];
}

/** A read candidate, or a skip, for one input position. */
export interface ReadItem {
  readonly line: number;
  readonly where: string;
  readonly read: CandidateRead;
}

const NEWLINE = 10;

/**
 * Turns batches of input into scored tallies: the same code runs in a worker thread or in the
 * main thread. A batch is raw .jsonl bytes (whole lines, decoded and parsed here, so the thread
 * that reads the file does no JSON work), or candidates already read (database, files).
 */
export class ChunkProcessor {
  private readonly ctx: ReadContext;
  private readonly scorer: ChunkScorer;

  constructor(taxonomy: Taxonomy, postings: readonly PostingSpec[], options: ScoreOptions, now: Date) {
    this.ctx = readContext(taxonomy, now);
    this.scorer = new ChunkScorer(taxonomy, postings, options);
  }

  /** Whole lines of a .jsonl file; `firstLine` is the number of its first line. */
  processText(firstLine: number, bytes: Uint8Array): ChunkOutcome {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const items: ReadItem[] = [];
    let start = 0;
    let line = firstLine;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let stop = end;
      if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
      let from = start;
      if (line === 1 && text.charCodeAt(from) === 0xfeff) from++;
      if (!isBlank(text, from, stop)) {
        items.push({ line, where: `line ${line}`, read: readCandidateLine(this.ctx, text.slice(from, stop), line) });
      }
      start = end + 1;
      line++;
    }
    return this.processItems(items);
  }

  /** Candidates read elsewhere (from the database, or from files in the main thread). */
  processSpecs(specs: readonly CandidateSpec[], lines: ArrayLike<number>): ChunkOutcome {
    return this.processItems(
      specs.map((spec, i) => ({ line: lines[i], where: `#${lines[i]}`, read: { ok: true, spec, unknownSkills: [] } })),
    );
  }

  /** Read items: skips are counted and sampled, duplicate ids within the batch skipped, the rest scored. */
  processItems(items: readonly ReadItem[]): ChunkOutcome {
    const skipCounts: Partial<Record<SkipReason, number>> = {};
    const skips: Skip[] = [];
    const skip = (line: number, where: string, reason: SkipReason, message: string): void => {
      const count = (skipCounts[reason] ?? 0) + 1;
      skipCounts[reason] = count;
      if (count <= SKIP_SAMPLES) skips.push({ line, where, reason, message });
    };
    const specs: CandidateSpec[] = [];
    const lines: number[] = [];
    const seen = new Map<string, string>();
    let unknownSkillCandidates = 0;
    const unknownSkillNames = new Set<string>();
    for (const { line, where, read } of items) {
      if (!read.ok) {
        skip(line, where, read.reason, read.message);
        continue;
      }
      const earlier = seen.get(read.spec.id);
      if (earlier !== undefined) {
        skip(line, where, 'DUPLICATE_ID', `id ${read.spec.id} was already read at ${earlier}`);
        continue;
      }
      seen.set(read.spec.id, where);
      if (read.unknownSkills.length > 0) {
        unknownSkillCandidates++;
        for (const name of read.unknownSkills)
          if (unknownSkillNames.size < UNKNOWN_SAMPLES) unknownSkillNames.add(name);
      }
      specs.push(read.spec);
      lines.push(line);
    }
    return {
      read: items.length,
      scored: specs.length,
      skipCounts,
      skips,
      unknownSkillCandidates,
      unknownSkillNames: [...unknownSkillNames],
      tallies: this.scorer.score(specs, lines),
    };
  }
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Number of lines in whole-line bytes (the last one may lack its newline). */
export function countLines(bytes: Uint8Array): number {
  let count = 0;
  let at = bytes.indexOf(NEWLINE);
  while (at >= 0) {
    count++;
    at = bytes.indexOf(NEWLINE, at + 1);
  }
  if (bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE) count++;
  return count;
}
