/**
 * Chooses the blind part of the judged benchmark (docs/judged/RUBRIC.md), once, before the matcher
 * has been run on any of it, and writes data/judged/split.json. Refuses to choose again.
 *
 *   npx ts-node --transpile-only scripts/judged/split.ts
 *
 * The split is by posting: a ranking is judged within one posting, so a posting's 20 pairs stay
 * together, and tuning on some postings says nothing about how the others were structured. The two
 * IBM seed postings are never blind: the issue makes them targets the matcher is tuned against.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../src/domain/synthetic/prng';

const SEED = 20261209;
const dir = join(__dirname, '..', '..', 'data', 'judged');
const out = join(dir, 'split.json');
if (existsSync(out)) throw new Error(`${out} exists: choosing again would let tuning see the blind part`);

const postings = (JSON.parse(readFileSync(join(dir, 'postings.json'), 'utf8')) as { postings: { id: string }[] })
  .postings;
const alwaysTuned = postings.map((p) => p.id).filter((id) => id.startsWith('ibm-'));
const drawable = postings
  .map((p) => p.id)
  .filter((id) => !alwaysTuned.includes(id))
  .sort();
const blindCount = Math.round(postings.length / 3);

// Fisher–Yates with the project's seeded generator: the same split on every machine.
const random = mulberry32(SEED);
const shuffled = [...drawable];
for (let i = shuffled.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
}
const blind = shuffled.slice(0, blindCount).sort();
const tuned = postings.map((p) => p.id).filter((id) => !blind.includes(id));

const split = {
  method: 'by posting; mulberry32 Fisher-Yates shuffle of the non-seed postings, first third of all postings blind',
  seed: SEED,
  alwaysTuned,
  blind,
  tuned,
};
writeFileSync(out, `${JSON.stringify(split, null, 2)}\n`);
console.log(`blind: ${blind.join(', ')}`);
