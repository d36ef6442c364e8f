import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentText } from '../src/documents/document-text';
import { parseTaxonomyFile, taxonomyFromFile } from '../src/domain/taxonomy/taxonomy-file';
import { parseResumeText, type ResumeTextParse } from '../src/parsing/resume/text';

/**
 * Scores the résumé parser on the labelled corpus (data/corpus/resumes): skill precision and
 * recall, months within ±2 of the label for dated skills, education level (and field, status),
 * contact fields, spoken languages. `--split tuned` (default) or `--split blind` (score once, at
 * the end), `--verbose` lists every miss. `--set generated` (default) scores the generated
 * résumés; `--set public` the public sample résumés of data/corpus/resumes/public, whose documents
 * are not in the repository: they are read from `--files DIR`, else public/files/, else
 * ../shared/resume-corpus-public/ beside the checkout (each checked against its sha256).
 * `--batch=N` or `--batch=1,2,3` (public set only) keeps the files of those collection batches (sources.json's `batch`;
 * batch 1 is the items without one), so a later batch's tuned or blind part is reported apart.
 *
 *   npx ts-node --transpile-only scripts/resume-metrics.ts --split tuned [--verbose]
 *   npx ts-node --transpile-only scripts/resume-metrics.ts --set public --split tuned [--batch=1]
 */

interface Label {
  readonly file: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly location: string;
  readonly education: { level: string; field: string | null; status: string }[];
  readonly skills: { name: string; months: number | null }[];
  readonly spokenLanguages: string[];
}

const ROOT = join(__dirname, '..');
const DIR = join(ROOT, 'data', 'corpus', 'resumes');

function ratio(a: number, b: number): string {
  return b === 0 ? 'n/a' : (a / b).toFixed(3);
}

/** Counts of a corpus run, from which every figure is a ratio. */
export interface CorpusScore {
  readonly files: number;
  readonly failed: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly dated: number;
  readonly monthsOk: number;
  readonly edu: number;
  readonly eduOk: number;
  readonly fieldOk: number;
  readonly statusOk: number;
  readonly contact: number;
  readonly contactOk: number;
  readonly perField: Readonly<Record<'name' | 'email' | 'phone' | 'location', number>>;
  readonly spokenTp: number;
  readonly spokenFp: number;
  readonly spokenFn: number;
  readonly misses: readonly string[];
}

export const CORPUS_DIR = DIR;
export const PUBLIC_CORPUS_DIR = join(DIR, 'public');

/** The files of a split ("tuned", "blind" or "all") of a corpus directory, and the corpus's "today". */
export function corpusSplit(split: string, dir = DIR): { files: string[]; now: Date } {
  const meta = JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')) as {
    now: string;
    blind: string[];
    tuned: string[];
  };
  const files = split === 'blind' ? meta.blind : split === 'all' ? [...meta.tuned, ...meta.blind] : meta.tuned;
  return { files, now: new Date(meta.now) };
}

/**
 * The files of `files` that belong to collection batch `batch` of the public corpus: each public
 * résumé was collected, labelled and split in one batch, and a batch is reported apart so its
 * figures are not diluted by files tuned on in an earlier one. Batch 1 is the items without a field.
 */
export function publicBatchFiles(files: readonly string[], batch: number | readonly number[]): string[] {
  const wanted = typeof batch === 'number' ? [batch] : batch;
  const sources = JSON.parse(readFileSync(join(PUBLIC_CORPUS_DIR, 'sources.json'), 'utf8')) as {
    items: { file: string; batch?: number }[];
  };
  const batchOf = new Map(sources.items.map((s) => [s.file, s.batch ?? 1]));
  return files.filter((f) => wanted.includes(batchOf.get(f) ?? -1));
}

/**
 * Where the public résumés' documents are: they are kept out of the repository, so they come
 * from `explicit`, the git-ignored public/files/, or shared/resume-corpus-public beside the
 * checkout. Fails naming what is missing or altered (each file is checked against its sha256).
 */
export function publicDocumentsDir(files: readonly string[], explicit: string | null): string {
  const candidates =
    explicit !== null
      ? [explicit]
      : [join(PUBLIC_CORPUS_DIR, 'files'), join(ROOT, '..', 'shared', 'resume-corpus-public')];
  const dir = candidates.find((d) => existsSync(d));
  if (dir === undefined)
    throw new Error(`public résumés not found in ${candidates.join(' or ')}; see data/corpus/resumes/public/README.md`);
  const sources = JSON.parse(readFileSync(join(PUBLIC_CORPUS_DIR, 'sources.json'), 'utf8')) as {
    items: { file: string; sha256: string }[];
  };
  const problems: string[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const want = sources.items.find((s) => s.file === file)?.sha256;
    if (!existsSync(path)) problems.push(`${file}: missing`);
    else if (createHash('sha256').update(readFileSync(path)).digest('hex') !== want)
      problems.push(`${file}: not the recorded bytes`);
  }
  if (problems.length > 0) throw new Error(`public résumés in ${dir}:\n${problems.join('\n')}`);
  return dir;
}

export function mediaTypeOf(file: string): string {
  return file.endsWith('.pdf')
    ? 'application/pdf'
    : file.endsWith('.docx')
      ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      : 'text/plain';
}

/** Scores `parse` (one résumé file in, its parse out) against the labels of `files`. */
export async function scoreCorpus(
  files: readonly string[],
  parse: (file: string) => Promise<ResumeTextParse>,
  labelDir = DIR,
): Promise<CorpusScore> {
  const c = {
    tp: 0,
    fp: 0,
    fn: 0,
    dated: 0,
    monthsOk: 0,
    edu: 0,
    eduOk: 0,
    fieldOk: 0,
    statusOk: 0,
    contact: 0,
    contactOk: 0,
    spokenTp: 0,
    spokenFp: 0,
    spokenFn: 0,
    failed: 0,
  };
  const perField = { name: 0, email: 0, phone: 0, location: 0 };
  const misses: string[] = [];
  for (const file of files) {
    const label = JSON.parse(
      readFileSync(join(labelDir, file.replace(/\.(pdf|docx|txt)$/u, '.label.json')), 'utf8'),
    ) as Label;
    let r: ResumeTextParse;
    try {
      r = await parse(file);
    } catch (err) {
      c.failed++;
      misses.push(`${file}: FAILED ${err instanceof Error ? err.message : String(err)}`);
      r = {
        name: null,
        email: null,
        phone: null,
        location: null,
        skills: [],
        education: [],
        spokenLanguages: [],
      } as unknown as ResumeTextParse;
    }
    const got = new Map(r.skills.map((s) => [s.name, s.months]));
    const want = new Map(label.skills.map((s) => [s.name, s.months]));
    for (const [name, months] of want) {
      if (got.has(name)) c.tp++;
      else {
        c.fn++;
        misses.push(`${file}: missed skill ${name}`);
      }
      if (months !== null) {
        c.dated++;
        const g = got.get(name);
        if (g !== undefined && g !== null && Math.abs(g - months) <= 2) c.monthsOk++;
        else misses.push(`${file}: months of ${name}: got ${g}, want ${months}`);
      }
    }
    for (const name of got.keys()) {
      if (!want.has(name)) {
        c.fp++;
        misses.push(`${file}: extra skill ${name}`);
      }
    }
    label.education.forEach((e, i) => {
      c.edu++;
      const g = r.education[i];
      if (g?.level === e.level) c.eduOk++;
      else misses.push(`${file}: education ${i}: got ${g?.level}, want ${e.level}`);
      if ((g?.field ?? null) === e.field) c.fieldOk++;
      else misses.push(`${file}: field ${i}: got ${g?.field}, want ${e.field}`);
      if (g?.status === e.status) c.statusOk++;
      else misses.push(`${file}: status ${i}: got ${g?.status}, want ${e.status}`);
    });
    if (r.education.length > label.education.length)
      misses.push(
        `${file}: extra education ${JSON.stringify(r.education.slice(label.education.length).map((e) => e.level))}`,
      );
    for (const key of ['name', 'email', 'phone', 'location'] as const) {
      c.contact++;
      const ok = sameContact(r[key], label[key]);
      if (ok) {
        c.contactOk++;
        perField[key]++;
      } else
        misses.push(`${file}: ${key}: got ${JSON.stringify(r[key])}, want ${JSON.stringify(shownLabel(label[key]))}`);
    }
    const spoken = new Set(r.spokenLanguages);
    for (const l of label.spokenLanguages) {
      if (spoken.has(l)) c.spokenTp++;
      else {
        c.spokenFn++;
        misses.push(`${file}: missed spoken ${l}`);
      }
    }
    for (const l of spoken) {
      if (!label.spokenLanguages.includes(l)) {
        c.spokenFp++;
        misses.push(`${file}: extra spoken ${l}`);
      }
    }
  }
  return { files: files.length, ...c, perField, misses };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | null => {
    const joined = args.find((a) => a.startsWith(`${name}=`));
    if (joined !== undefined) return joined.slice(name.length + 1);
    return args.includes(name) ? args[args.indexOf(name) + 1] : null;
  };
  const split = option('--split') ?? 'tuned';
  const set = option('--set') ?? 'generated';
  if (set !== 'generated' && set !== 'public') throw new Error(`--set is generated or public, not ${set}`);
  const verbose = args.includes('--verbose');
  const labelDir = set === 'public' ? PUBLIC_CORPUS_DIR : DIR;
  const { files: splitFiles, now } = corpusSplit(split, labelDir);
  const batchOption = option('--batch');
  const batch = batchOption === null ? null : batchOption.split(',').map(Number);
  if (batch !== null && (set !== 'public' || !batch.every((b) => Number.isInteger(b) && b >= 1)))
    throw new Error(`--batch takes batch numbers (1 or 1,2,3) and only goes with --set public, not ${batchOption}`);
  const files = batch === null ? splitFiles : publicBatchFiles(splitFiles, batch);
  const docDir = set === 'public' ? publicDocumentsDir(files, option('--files')) : DIR;
  const taxonomy = taxonomyFromFile(
    parseTaxonomyFile(JSON.parse(readFileSync(join(ROOT, 'data', 'taxonomy.json'), 'utf8'))),
  );
  const c = await scoreCorpus(
    files,
    async (file) =>
      parseResumeText(await documentText(readFileSync(join(docDir, file)), mediaTypeOf(file), file), taxonomy, { now }),
    labelDir,
  );
  if (verbose) for (const m of c.misses) process.stdout.write(`${m}\n`);
  const n = c.files;
  process.stdout.write(
    [
      `set: ${set}, split: ${split}${batch === null ? '' : `, batch ${batch}`} (${n} résumés; ${c.failed} refused)`,
      `skills: precision ${ratio(c.tp, c.tp + c.fp)}, recall ${ratio(c.tp, c.tp + c.fn)} (${c.tp} right, ${c.fp} extra, ${c.fn} missed)`,
      `months within ±2 of the label: ${ratio(c.monthsOk, c.dated)} of ${c.dated} dated skills`,
      `education level: ${ratio(c.eduOk, c.edu)} of ${c.edu} entries (field ${ratio(c.fieldOk, c.edu)}, status ${ratio(c.statusOk, c.edu)})`,
      `contact fields: ${ratio(c.contactOk, c.contact)} (name ${ratio(c.perField.name, n)}, email ${ratio(c.perField.email, n)}, phone ${ratio(c.perField.phone, n)}, location ${ratio(c.perField.location, n)})`,
      `spoken languages: precision ${ratio(c.spokenTp, c.spokenTp + c.spokenFp)}, recall ${ratio(c.spokenTp, c.spokenTp + c.spokenFn)}`,
    ].join('\n') + '\n',
  );
}

if (require.main === module) void main();

/**
 * A contact field against its label. The public corpus labels hold contact fields as
 * "sha256:<hex>" of the trimmed, lower-cased value: some of those résumés are real people's own,
 * and their names, emails and phones need not be copied into this repository to be checked.
 */
function sameContact(got: string | null | undefined, want: string): boolean {
  const value = (got ?? '').trim().toLowerCase();
  if (!want.startsWith('sha256:')) return value === want.trim().toLowerCase();
  return value !== '' && `sha256:${createHash('sha256').update(value).digest('hex')}` === want;
}

const shownLabel = (want: string) => (want.startsWith('sha256:') ? '(hashed label)' : want);
