/**
 * Builds data/taxonomy.json from the open sources in data/taxonomy-sources/ (see SOURCES.md there)
 * and the curated overlay, deterministically: same inputs, same file.
 *
 *   npx ts-node --transpile-only scripts/taxonomy/import-taxonomy.ts          # writes data/taxonomy.json
 *   npx ts-node --transpile-only scripts/taxonomy/import-taxonomy.ts --check  # fails when it is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTaxonomyFile, taxonomyFromFile, type TaxonomyFile } from '../../src/domain/taxonomy/taxonomy-file';
import { buildTaxonomy, type CuratedOverlay } from './build-taxonomy';
import {
  type ImportRules,
  escoDigitalRecords,
  escoLanguageRecords,
  escoTransversalRecords,
  linguistRecords,
  onetRecords,
  readTagCounts,
} from './source-records';

const ROOT = join(__dirname, '..', '..');

/** The text of the taxonomy file the sources in `sourceDir` make, checked as the service would load it. */
export function importTaxonomy(sourceDir: string = join(ROOT, 'data', 'taxonomy-sources')): string {
  const read = (file: string): string => readFileSync(join(sourceDir, file), 'utf8');
  const rules = JSON.parse(read('import-rules.json')) as ImportRules;
  const overlay = JSON.parse(read('curated.json')) as CuratedOverlay;
  const tags = readTagCounts(read('stackoverflow-tags.tsv'));
  // Source order decides who names a skill first: languages, then O*NET's software, then ESCO.
  const records = [
    ...linguistRecords(read('linguist-languages.tsv'), rules, tags),
    ...onetRecords(read('onet-technology-skills.tsv'), rules, tags),
    ...escoDigitalRecords(read('esco-digital-knowledge.tsv'), rules),
    ...escoLanguageRecords(read('esco-languages.tsv')),
    ...escoTransversalRecords(read('esco-transversal.tsv')),
  ];
  const file = buildTaxonomy(overlay, rules, records, tags);
  // The same checks the service runs on start: a file that would not load is never written.
  taxonomyFromFile(parseTaxonomyFile(JSON.parse(formatTaxonomyFile(file))));
  return formatTaxonomyFile(file);
}

/** One skill per line: a diff of the file shows which skills changed. */
export function formatTaxonomyFile(file: TaxonomyFile): string {
  const lines = [
    '{',
    `  "version": ${JSON.stringify(file.version)},`,
    '  "sources": [',
    file.sources.map((source) => `    ${JSON.stringify(source)}`).join(',\n'),
    '  ],',
    '  "skills": [',
    file.skills.map((skill) => `    ${JSON.stringify(skill)}`).join(',\n'),
    '  ]',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const target = join(ROOT, 'data', 'taxonomy.json');
  const text = importTaxonomy();
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error('data/taxonomy.json is not what the sources make: run scripts/taxonomy/import-taxonomy.ts');
      process.exit(1);
    }
    return;
  }
  writeFileSync(target, text);
  const skills = parseTaxonomyFile(JSON.parse(text)).skills;
  const count = (pick: (s: (typeof skills)[number]) => string): string =>
    [...new Set(skills.map(pick))]
      .sort()
      .map((key) => `${key} ${skills.filter((s) => pick(s) === key).length}`)
      .join(', ');
  console.log(
    `wrote ${target}: ${skills.length} skills (${count((s) => s.kind)}; by source: ${count((s) => s.source)})`,
  );
}

if (require.main === module) main();
