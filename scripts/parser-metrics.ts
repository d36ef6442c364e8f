/**
 * Measures the posting-text parser against the labelled postings in test/fixtures/postings:
 * skill precision and recall per (importance, skill) pair, required/preferred placement,
 * minMonths, education, title and employment-type accuracy, then lists where each text differs.
 *
 *   npx ts-node --transpile-only scripts/parser-metrics.ts [--verbose]
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseTaxonomyFile, taxonomyFromFile } from '../src/domain/taxonomy/taxonomy-file';
import {
  computeParserMetrics,
  type MetricsCase,
  parseExpectedPostings,
  type Ratio,
} from '../src/parsing/posting/metrics';
import { parsePostings } from '../src/parsing/posting/parse-posting';

const root = join(__dirname, '..');
const dir = join(root, 'test', 'fixtures', 'postings');
const taxonomy = taxonomyFromFile(
  parseTaxonomyFile(JSON.parse(readFileSync(join(root, 'data', 'taxonomy.json'), 'utf8'))),
);
const verbose = process.argv.includes('--verbose');

const cases: MetricsCase[] = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.expected\.json$/u, '');
    const expected = parseExpectedPostings(JSON.parse(readFileSync(join(dir, f), 'utf8')), f);
    const actual = parsePostings(readFileSync(join(dir, `${name}.txt`), 'utf8'), taxonomy).map((p) => p.posting);
    return { name, expected, actual };
  });

const canonical = (name: string): string => taxonomy.resolve(name)?.name ?? name;
const metrics = computeParserMetrics(cases, canonical);
// holdout-* texts were labelled after the parser was written and measured once before any change.
const holdout = computeParserMetrics(
  cases.filter((c) => c.name.startsWith('holdout-')),
  canonical,
);
const show = (label: string, r: Ratio, h: Ratio): string =>
  `${label.padEnd(36)} ${r.value.toFixed(3)} (${r.correct}/${r.total})`.padEnd(62) +
  `held-out ${h.value.toFixed(3)} (${h.correct}/${h.total})`;
console.log(
  `posting-text parser, ${cases.length} labelled texts, taxonomy ${taxonomy.version} (${taxonomy.all().length} skills)`,
);
console.log(show('skill precision', metrics.skillPrecision, holdout.skillPrecision));
console.log(show('skill recall', metrics.skillRecall, holdout.skillRecall));
console.log(show('required/preferred placement', metrics.placementAccuracy, holdout.placementAccuracy));
console.log(show('minMonths accuracy (matched groups)', metrics.minMonthsAccuracy, holdout.minMonthsAccuracy));
console.log(show('education accuracy', metrics.educationAccuracy, holdout.educationAccuracy));
console.log(show('title accuracy', metrics.titleAccuracy, holdout.titleAccuracy));
console.log(show('employment type accuracy', metrics.employmentTypeAccuracy, holdout.employmentTypeAccuracy));
const unknown = [
  ...new Set(cases.flatMap((c) => c.expected.flatMap((p) => p.requirements.flatMap((g) => g.skills)))),
].filter((s) => taxonomy.resolve(s) === undefined);
if (unknown.length > 0) console.log(`labelled skills the taxonomy does not know: ${unknown.join(', ')}`);
for (const c of metrics.cases) {
  const issues = [
    ...c.missing.map((m) => `missing ${m}`),
    ...c.extra.map((m) => `extra ${m}`),
    ...(verbose ? c.misplaced.map((m) => `misplaced ${m}`) : []),
    ...c.monthMismatches.map((m) => `months ${m}`),
    ...(c.titleOk ? [] : ['title differs']),
    ...(c.educationOk ? [] : ['education differs']),
    ...(c.employmentTypeOk === false ? ['employment type differs'] : []),
  ];
  if (issues.length > 0) console.log(`\n${c.name}\n  ${issues.join('\n  ')}`);
}
