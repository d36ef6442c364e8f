/**
 * Measures the posting reader (form detection, format readers, parser) on the real-posting
 * corpus in test/fixtures/posting-corpus: skill precision and recall, required/preferred
 * placement, minMonths, education, title, employment type, and postings with no requirement
 * found, per form, for the tuned part and the blind part apart.
 *
 *   npx ts-node --transpile-only scripts/posting-corpus-metrics.ts            the tuned part
 *   npx ts-node --transpile-only scripts/posting-corpus-metrics.ts --blind    the blind part (measure once, at the end)
 *   npx ts-node --transpile-only scripts/posting-corpus-metrics.ts --split    choose the blind part (once, before tuning)
 *   add --derived to also read every posting re-written in the other forms (HTML page, PDF, one-paragraph text)
 *   add --verbose to list the differences posting by posting
 *   add --batch=N to read only the postings of batch N (batch 1 carries no batch field), or --batch=4,5,6 for several
 *
 * Run scripts/posting-corpus-fetch.ts first for the postings the repository may not hold.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostingDraft } from '../src/domain/drafts';
import { mulberry32 } from '../src/domain/synthetic/prng';
import { parseTaxonomyFile, taxonomyFromFile } from '../src/domain/taxonomy/taxonomy-file';
import { parsePostingDocument, type PostingDocument, type PostingFormat, readPostingBytes } from '../src/ingestion';
import {
  computeParserMetrics,
  type MetricsCase,
  parseExpectedPostings,
  type ParserMetrics,
  type Ratio,
} from '../src/parsing/posting/metrics';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { renderPdf } from './corpus/render';

interface Item {
  readonly id: string;
  /** The collection batch; absent for the first batch. */
  readonly batch?: number;
  readonly form: PostingFormat;
  readonly file: string;
  readonly label: unknown;
}

interface Corpus {
  readonly seed: number;
  readonly blindFraction: number;
  /** Every posting that went through a split: postings added later are split among themselves. */
  readonly split?: readonly string[];
  readonly blind?: readonly string[];
  readonly items: readonly Item[];
}

const root = join(__dirname, '..');
const dir = join(root, 'test', 'fixtures', 'posting-corpus');
const corpusPath = join(dir, 'corpus.json');
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8')) as Corpus;
const taxonomy = taxonomyFromFile(
  parseTaxonomyFile(JSON.parse(readFileSync(join(root, 'data', 'taxonomy.json'), 'utf8'))),
);
const args = new Set(process.argv.slice(2));
const batchArg = process.argv.find((a) => a.startsWith('--batch='));
const batch = batchArg === undefined ? null : batchArg.slice('--batch='.length).split(',').map(Number);

function split(): void {
  const done = new Set(corpus.split ?? []);
  const fresh = corpus.items
    .map((i) => i.id)
    .filter((id) => !done.has(id))
    .sort();
  if (fresh.length === 0)
    throw new Error('every posting is already split; choosing again would let tuning see the blind part');
  // The seed moves on with each batch, so a batch's split never depends on the order batches were added in.
  const next = mulberry32(corpus.seed + done.size);
  for (let i = fresh.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [fresh[i], fresh[j]] = [fresh[j], fresh[i]];
  }
  const chosen = fresh.slice(0, Math.round(fresh.length * corpus.blindFraction));
  const blind = [...(corpus.blind ?? []), ...chosen].sort();
  const split = [...done, ...fresh].sort();
  writeFileSync(corpusPath, `${JSON.stringify({ ...corpus, split, blind }, null, 1)}\n`);
  console.log(
    `blind among ${fresh.length} new posting(s) (seed ${corpus.seed} + ${done.size}): ${chosen.join(', ') || 'none'}`,
  );
}

/** The posting's plain lines: Markdown markup and front matter gone, bullets kept as "• ". */
function plainLines(doc: PostingDocument): string[] {
  return doc.text
    .split('\n')
    .map((l) =>
      l
        .replace(/^#{1,6}\s+/u, '# ')
        .replace(/^\s*[-*+]\s+/u, '• ')
        .replace(/\*\*|__|`/gu, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
        .trim(),
    )
    .filter((l) => l !== '');
}

let pdfCharacters: Set<number> | null = null;

/**
 * The characters the PDF's font (Helvetica, WinAnsi) can set. Curly quotes, dashes and accented
 * letters are among them and stay as a PDF export keeps them; blanking them too made "You’ll need"
 * read "You ll need" in the derived PDFs alone.
 */
async function pdfCharacterSet(): Promise<Set<number>> {
  if (pdfCharacters === null) {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    pdfCharacters = new Set(font.getCharacterSet());
  }
  return pdfCharacters;
}

/** The same posting in the other forms, as a job board, a PDF export and a copy-paste would give it. */
async function derived(doc: PostingDocument): Promise<[PostingFormat, Buffer][]> {
  const lines = plainLines(doc);
  const esc = (t: string): string => t.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  let html = '';
  let inList = false;
  for (const line of lines) {
    const item = line.startsWith('• ');
    if (item !== inList) html += item ? '<ul>' : '</ul>';
    inList = item;
    if (item) html += `<li>${esc(line.slice(2))}</li>`;
    else if (line.startsWith('# ')) html += `<h2>${esc(line.slice(2))}</h2>`;
    else html += `<p>${esc(line)}</p>`;
  }
  const page = `<!doctype html><html><head><script>window.jobs=["Ruby","Scala"]</script></head><body><nav><a>Jobs</a><a>Ruby jobs</a></nav><main>${html}${inList ? '</ul>' : ''}</main><footer>Scala jobs · Elixir jobs</footer></body></html>`;
  const settable = await pdfCharacterSet();
  const pdfLines = lines.map((l) =>
    [...l].map((c) => (c >= ' ' && settable.has(c.codePointAt(0) ?? 0) ? c : ' ')).join(''),
  );
  const pdf = Buffer.from(await renderPdf({ style: 'single', main: pdfLines }));
  // Copied from a job board: the line breaks gone, headings and bullets run into each other.
  const glued = lines.map((l) => l.replace(/^# /u, '').replace(/^• /u, '- ')).join('');
  return [
    ['HTML', Buffer.from(page)],
    ['PDF', pdf],
    ['TEXT', Buffer.from(glued)],
  ];
}

interface Read {
  readonly id: string;
  readonly form: PostingFormat;
  readonly expected: ReturnType<typeof parseExpectedPostings>;
  readonly actual: PostingDraft;
  readonly detected: PostingFormat;
}

async function read(item: Item, bytes: Buffer, form: PostingFormat): Promise<Read> {
  const doc = await readPostingBytes(bytes, item.id);
  const parsed = parsePostingDocument(doc, taxonomy);
  return {
    id: item.id,
    form,
    expected: parseExpectedPostings(item.label, item.id),
    actual: parsed.posting,
    detected: parsed.format,
  };
}

function line(label: string, reads: readonly Read[], m: ParserMetrics): string {
  const r = (x: Ratio): string => `${x.value.toFixed(2)} (${x.correct}/${x.total})`;
  const none = reads.filter((x) => x.actual.requirements.length === 0).length;
  const wrongForm = reads.filter((x) => x.detected !== x.form).length;
  return `| ${label} | ${reads.length} | ${r(m.skillPrecision)} | ${r(m.skillRecall)} | ${r(m.placementAccuracy)} | ${r(m.minMonthsAccuracy)} | ${r(m.educationAccuracy)} | ${r(m.employmentTypeAccuracy)} | ${r(m.titleAccuracy)} | ${none} | ${wrongForm} |`;
}

async function main(): Promise<void> {
  if (args.has('--split')) return split();
  const unsplit = corpus.items.filter((i) => !(corpus.split ?? []).includes(i.id));
  if (corpus.blind === undefined || unsplit.length > 0)
    throw new Error('choose the blind part of every posting first (--split)');
  const blind = new Set(corpus.blind);
  const part = args.has('--blind') ? 'blind' : 'tuned';
  const items = corpus.items.filter(
    (i) => blind.has(i.id) === (part === 'blind') && (batch === null || batch.includes(i.batch ?? 1)),
  );
  const reads: Read[] = [];
  for (const item of items) {
    const bytes = readFileSync(join(dir, item.file));
    reads.push(await read(item, bytes, item.form));
    if (args.has('--derived')) {
      const doc = await readPostingBytes(bytes, item.id);
      for (const [form, other] of await derived(doc))
        reads.push({ ...(await read(item, other, form)), form, id: `${item.id} (as ${form})` });
    }
  }
  const canonical = (name: string): string => taxonomy.resolve(name)?.name ?? name;
  const metricsOf = (rs: readonly Read[]): ParserMetrics =>
    computeParserMetrics(
      rs.map((x): MetricsCase => ({ name: x.id, expected: x.expected, actual: [x.actual] })),
      canonical,
    );
  console.log(
    `posting corpus, ${part} part${batch === null ? '' : ` of batch ${batch.join(', ')}`}: ${items.length} postings${args.has('--derived') ? ' (and each re-written in the other forms)' : ''}, taxonomy ${taxonomy.version}`,
  );
  console.log(
    '| form | postings | skill precision | skill recall | placement | minMonths | education | employment type | title | no requirement found | form misread |',
  );
  console.log('|---|---:|---|---|---|---|---|---|---|---:|---:|');
  // Postings found in a form and postings re-written into it are reported apart.
  const groupOf = (x: Read): string => `${x.form}${x.id.includes(' (as ') ? ' (derived)' : ''}`;
  for (const group of [...new Set(reads.map(groupOf))].sort()) {
    const rs = reads.filter((x) => groupOf(x) === group);
    console.log(line(group, rs, metricsOf(rs)));
  }
  const all = metricsOf(reads);
  console.log(line('all', reads, all));
  if (args.has('--verbose')) {
    for (const c of all.cases) {
      const issues = [
        ...c.missing.map((m) => `missing ${m}`),
        ...c.extra.map((m) => `extra ${m}`),
        ...c.monthMismatches.map((m) => `months ${m}`),
        ...(c.titleOk ? [] : ['title differs']),
        ...(c.employmentTypeOk === false ? ['employment type differs'] : []),
      ];
      if (issues.length > 0) console.log(`\n${c.name}\n  ${issues.join('\n  ')}`);
    }
  }
}

void main();
