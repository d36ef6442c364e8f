/**
 * The judged benchmark as written in data/judged (see docs/judged/RUBRIC.md): postings, profiles,
 * grades and the blind split, read and cross-checked so a typo in the data fails loudly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CandidateDraft, PostingDraft } from '../../src/domain/drafts';

export const JUDGED_DIR = join(__dirname, '..', '..', 'data', 'judged');

export interface JudgedPosting {
  readonly id: string;
  readonly source: Record<string, string | null>;
  readonly draft: PostingDraft;
}

export interface JudgedProfile {
  readonly id: string;
  readonly kind: string;
  readonly draft: CandidateDraft;
}

export interface JudgedPair {
  readonly posting: string;
  readonly candidate: string;
  /** 0–3 by the rubric. */
  readonly grade: number;
  readonly meetsMustHaves: boolean;
  readonly reason: string;
}

export type SplitName = 'tuned' | 'blind';

export interface JudgedSet {
  readonly postings: ReadonlyMap<string, JudgedPosting>;
  readonly profiles: ReadonlyMap<string, JudgedProfile>;
  readonly pairs: readonly JudgedPair[];
  /** Posting ids per split. */
  readonly splits: Readonly<Record<SplitName, readonly string[]>>;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(JUDGED_DIR, file), 'utf8')) as T;
}

/** Reads data/judged and checks that every pair names a known posting and profile. */
export function loadJudgedSet(): JudgedSet {
  const postings = new Map(readJson<{ postings: JudgedPosting[] }>('postings.json').postings.map((p) => [p.id, p]));
  const profiles = new Map(readJson<{ candidates: JudgedProfile[] }>('profiles.json').candidates.map((c) => [c.id, c]));
  const pairs = readJson<{ grades: JudgedPair[] }>('grades.json').grades;
  const split = readJson<{ tuned: string[]; blind: string[] }>('split.json');
  for (const p of pairs) {
    if (!postings.has(p.posting) || !profiles.has(p.candidate))
      throw new Error(`grades.json: unknown posting or profile in ${p.posting} / ${p.candidate}`);
  }
  const all = [...split.tuned, ...split.blind];
  if (all.length !== postings.size || !all.every((id) => postings.has(id)))
    throw new Error('split.json must put every posting in exactly one split');
  return { postings, profiles, pairs, splits: { tuned: split.tuned, blind: split.blind } };
}

/** The pairs of one split, in file order. */
export function pairsOf(set: JudgedSet, split: SplitName): readonly JudgedPair[] {
  const ids = new Set(set.splits[split]);
  return set.pairs.filter((p) => ids.has(p.posting));
}
