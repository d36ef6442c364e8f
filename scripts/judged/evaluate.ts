/**
 * `npm run judged`: the judged benchmark's figures for the tuned split (docs/judged/RUBRIC.md).
 * `npm run judged -- --blind` scores the blind split instead: that is done once, at the end, and
 * reported in docs/judged/RESULTS.md; tuning looks only at the tuned split.
 * `--json` prints the figures as JSON. `--disagreements` (tuned split only) also lists the pairs where
 * `qualified` and the judge's "meets the must-haves" differ, with the judge's reason.
 */
import { evaluateSplit, type SplitEvaluation } from './evaluation';
import { type JudgedSet, loadJudgedSet } from './judged-data';

const f2 = (x: number): string => x.toFixed(3);

function print(e: SplitEvaluation): void {
  const pairs = e.methods[0].figures.pairs;
  console.log(
    `judged benchmark, ${e.split} split: ${pairs} pairs (model ${e.modelVersion}, taxonomy ${e.taxonomyVersion})`,
  );
  console.log('method            pairwise  NDCG@10  qualified acc  kappa   TP  FP  FN  TN  threshold');
  for (const m of e.methods) {
    const q = m.figures.qualified;
    console.log(
      [
        m.method.padEnd(16),
        f2(m.figures.pairwiseAccuracy).padStart(9),
        f2(m.figures.ndcgAt10).padStart(8),
        f2(q.accuracy).padStart(14),
        f2(q.kappa).padStart(6),
        String(q.truePositives).padStart(4),
        String(q.falsePositives).padStart(3),
        String(q.falseNegatives).padStart(3),
        String(q.trueNegatives).padStart(3),
        m.threshold === null ? '' : `  >= ${m.threshold.toFixed(4)}`,
      ].join(' '),
    );
  }
  const u = e.unknown;
  console.log(
    `names skillmatch's taxonomy does not know, left out: ${u.postingNames} in postings (${u.droppedGroups} groups ` +
      `left with none), ${u.profileNames} in profiles; distinct: ${u.names.join(', ')}`,
  );
  console.log(`assessable REQUIRED groups left out for that reason (${u.droppedAssessableRequired.length}):`);
  for (const g of u.droppedAssessableRequired) console.log(`  ${g}`);
}

function printDisagreements(e: SplitEvaluation, set: JudgedSet): void {
  const reasons = new Map(set.pairs.map((p) => [`${p.posting}/${p.candidate}`, p.reason]));
  const differ = e.skillmatchPairs.filter((p) => (p.qualified === true) !== p.meetsMustHaves);
  console.log(`\n${differ.length} pairs where qualified and "meets the must-haves" differ:`);
  for (const p of differ) {
    const said = p.qualified === null ? 'null' : String(p.qualified);
    const key = `${p.posting}/${p.candidate}`;
    console.log(
      `${key}  grade ${p.grade}  meets ${p.meetsMustHaves}  qualified ${said}  score ${p.score}  | ${reasons.get(key)}`,
    );
  }
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const blind = args.has('--blind');
  if (blind && args.has('--disagreements')) throw new Error('--disagreements is for the tuned split only');
  const set = loadJudgedSet();
  const evaluation = await evaluateSplit(set, blind ? 'blind' : 'tuned');
  if (args.has('--json')) console.log(JSON.stringify(evaluation, null, 2));
  else print(evaluation);
  if (args.has('--disagreements')) printDisagreements(evaluation, set);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
