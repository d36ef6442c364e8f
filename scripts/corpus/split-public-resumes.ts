import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../src/domain/synthetic/prng';

/**
 * Draws the blind third of the public résumé corpus (data/corpus/resumes/public) and writes
 * split.json. Run once per batch, before the parser is run on any résumé of that batch. Files that
 * are one résumé in several layouts or forms (the same person rendered by four themes) share a
 * group, and the draw is by group, so no résumé has one rendering tuned on and another scored blind.
 *
 * Batch 1 (items of sources.json without a `batch` field) was drawn with seed 20261203. A later
 * batch is drawn among its own new groups only, with the seed moved on by the number of groups
 * already split, so every earlier entry of split.json keeps its place: the new files are appended
 * to `blind` and `tuned`, and the draw is recorded under `batches`.
 *
 *   npx ts-node --transpile-only scripts/corpus/split-public-resumes.ts
 */

const DIR = join(__dirname, '..', '..', 'data', 'corpus', 'resumes', 'public');
const SPLIT_SEED = 20261203;

interface Source {
  readonly file: string;
  readonly group: string;
  readonly batch?: number;
}

interface BatchDraw {
  readonly batch: number;
  readonly splitSeed: number;
  readonly blindGroups: string[];
}

interface Split {
  splitSeed: number;
  now: string;
  blindGroups: string[];
  blind: string[];
  tuned: string[];
  batches?: BatchDraw[];
}

function shuffle<T>(random: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The blind third of `groups` (sorted first, so the draw depends only on the names and the seed). */
function drawBlind(groups: readonly string[], seed: number): Set<string> {
  const sorted = [...groups].sort();
  return new Set(shuffle(mulberry32(seed), sorted).slice(0, Math.floor(sorted.length / 3)));
}

function firstSplit(items: readonly Source[], now: string): Split {
  const blindGroups = drawBlind([...new Set(items.map((s) => s.group))], SPLIT_SEED);
  const blind = items.filter((s) => blindGroups.has(s.group)).map((s) => s.file);
  return {
    splitSeed: SPLIT_SEED,
    now,
    blindGroups: [...blindGroups].sort(),
    blind,
    tuned: items.map((s) => s.file).filter((f) => !blind.includes(f)),
  };
}

function groupsOf(items: readonly Source[], files: readonly string[]): Set<string> {
  return new Set(items.filter((s) => files.includes(s.file)).map((s) => s.group));
}

/** Adds the files not yet split (one batch) to `split`, drawing only among their new groups. */
function extendSplit(split: Split, items: readonly Source[]): string {
  const placed = new Set([...split.blind, ...split.tuned]);
  const fresh = items.filter((s) => !placed.has(s.file));
  if (fresh.length === 0) return 'nothing new to split';
  const batches = [...new Set(fresh.map((s) => s.batch ?? 1))];
  if (batches.length !== 1 || batches[0] === 1)
    throw new Error(`the files not yet split must be one later batch, found batches ${batches.join(', ')}`);
  const blindBefore = groupsOf(items, split.blind);
  const splitGroups = new Set([...blindBefore, ...groupsOf(items, split.tuned)]);
  const newGroups = [...new Set(fresh.map((s) => s.group))].filter((g) => !splitGroups.has(g));
  const seed = SPLIT_SEED + splitGroups.size;
  const blindGroups = drawBlind(newGroups, seed);
  // A new file of a group already split joins that group's side.
  const isBlind = (s: Source): boolean => blindGroups.has(s.group) || blindBefore.has(s.group);
  split.blind.push(...fresh.filter(isBlind).map((s) => s.file));
  split.tuned.push(...fresh.filter((s) => !isBlind(s)).map((s) => s.file));
  split.batches = [
    ...(split.batches ?? []),
    { batch: batches[0], splitSeed: seed, blindGroups: [...blindGroups].sort() },
  ];
  const nBlind = fresh.filter(isBlind).length;
  return `batch ${batches[0]}: ${newGroups.length} new groups, ${blindGroups.size} blind (${nBlind} of ${fresh.length} files), seed ${seed}`;
}

function main(): void {
  const sources = JSON.parse(readFileSync(join(DIR, 'sources.json'), 'utf8')) as { now: string; items: Source[] };
  const path = join(DIR, 'split.json');
  const existing = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Split) : null;
  let message: string;
  let split: Split;
  if (existing === null) {
    split = firstSplit(
      sources.items.filter((s) => (s.batch ?? 1) === 1),
      sources.now,
    );
    message = `batch 1: ${split.blindGroups.length} blind groups (${split.blind.length} files)`;
  } else {
    split = existing;
    message = extendSplit(split, sources.items);
  }
  writeFileSync(path, `${JSON.stringify(split, null, 2)}\n`);
  process.stdout.write(`${message}\n`);
}

main();
