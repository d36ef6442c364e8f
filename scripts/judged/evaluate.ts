/**
 * `npm run judged`: the judged benchmark's figures for the tuned split (docs/judged/RUBRIC.md).
 * `npm run judged -- --blind` scores the blind split instead: that is done once, at the end, and
 * reported in docs/judged/RESULTS.md; tuning looks only at the tuned split.
 * `--json` prints the figures as JSON.
 */
import { evaluateSplit, type SplitEvaluation } from './evaluation';
import { loadJudgedSet } from './judged-data';

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
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const evaluation = await evaluateSplit(loadJudgedSet(), args.has('--blind') ? 'blind' : 'tuned');
  if (args.has('--json')) console.log(JSON.stringify(evaluation, null, 2));
  else print(evaluation);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
