import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../src/domain/synthetic/prng';
import { parseTaxonomyFile, taxonomyFromFile } from '../../src/domain/taxonomy/taxonomy-file';
import { resume, type Label } from './compose-resume';
import { renderDocx, renderPdf, renderText } from './render';
import { shuffle } from './shuffle';

/**
 * Generates the labelled résumé corpus (data/corpus/resumes): fictional résumés in PDF, DOCX and
 * plain text, in several layouts, each with a label file written from what the generator put in
 * (never from the parser). Deterministic for a seed. The blind split is drawn here, once, with its
 * own seed, before any tuning: split.json.
 *
 *   npx ts-node --transpile-only scripts/corpus/generate-resumes.ts [count] [seed]
 */

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'data', 'corpus', 'resumes');
/** "Today" for the labels: an open job runs to the end of November 2026. */
export const CORPUS_NOW = '2026-12-01T00:00:00Z';
const SPLIT_SEED = 20261203;

const taxonomy = taxonomyFromFile(
  parseTaxonomyFile(JSON.parse(readFileSync(join(ROOT, 'data', 'taxonomy.json'), 'utf8'))),
);

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 90);
  const seed = Number(process.argv[3] ?? 11);
  const random = mulberry32(seed);
  mkdirSync(OUT, { recursive: true });
  const formats = ['pdf', 'docx', 'txt'] as const;
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = resume(taxonomy, random, i);
    const format = formats[i % 3];
    const layout =
      format === 'txt' && r.layout.style === 'table' ? { ...r.layout, style: 'single' as const } : r.layout;
    const id = `r${String(i + 1).padStart(3, '0')}-${r.style}`;
    const file = `${id}.${format}`;
    const bytes =
      format === 'pdf'
        ? await renderPdf(layout)
        : format === 'docx'
          ? await renderDocx(layout)
          : Buffer.from(renderText(layout));
    writeFileSync(join(OUT, file), bytes);
    const label: Label = { file, format, layout: r.style, ...r.label };
    writeFileSync(join(OUT, `${id}.label.json`), `${JSON.stringify(label, null, 2)}\n`);
    files.push(file);
  }
  // The blind third, drawn once before any tuning, with its own seed.
  const blind = shuffle(mulberry32(SPLIT_SEED), files)
    .slice(0, Math.floor(files.length / 3))
    .sort();
  writeFileSync(
    join(OUT, 'split.json'),
    `${JSON.stringify({ generatorSeed: seed, splitSeed: SPLIT_SEED, now: CORPUS_NOW, blind, tuned: files.filter((f) => !blind.includes(f)) }, null, 2)}\n`,
  );
  process.stdout.write(`wrote ${files.length} résumés to ${OUT} (${blind.length} blind)\n`);
}

void main();
