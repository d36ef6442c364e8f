import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../src/domain/synthetic/prng';

/**
 * Draws the blind third of the public résumé corpus (data/corpus/resumes/public) and writes
 * split.json. Run once, before the parser is run on any of these résumés. Files that are one
 * résumé in several layouts or forms (the same person rendered by four themes) share a group, and
 * the draw is by group, so no résumé has one rendering tuned on and another scored blind.
 *
 *   npx ts-node --transpile-only scripts/corpus/split-public-resumes.ts
 */

const DIR = join(__dirname, '..', '..', 'data', 'corpus', 'resumes', 'public');
const SPLIT_SEED = 20261203;

interface Source {
  readonly file: string;
  readonly group: string;
}

function shuffle<T>(random: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function main(): void {
  const sources = JSON.parse(readFileSync(join(DIR, 'sources.json'), 'utf8')) as { now: string; items: Source[] };
  const groups = [...new Set(sources.items.map((s) => s.group))].sort();
  const blindGroups = new Set(shuffle(mulberry32(SPLIT_SEED), groups).slice(0, Math.floor(groups.length / 3)));
  const files = sources.items.map((s) => s.file);
  const blind = sources.items.filter((s) => blindGroups.has(s.group)).map((s) => s.file);
  const split = {
    splitSeed: SPLIT_SEED,
    now: sources.now,
    blindGroups: [...blindGroups].sort(),
    blind,
    tuned: files.filter((f) => !blind.includes(f)),
  };
  writeFileSync(join(DIR, 'split.json'), `${JSON.stringify(split, null, 2)}\n`);
  process.stdout.write(
    `${groups.length} groups, ${blindGroups.size} blind (${blind.length} of ${files.length} files)\n`,
  );
}

main();
