import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { renderDocx, renderPdf } from '../../scripts/corpus/render';
import { ONE_COLUMN, TWO_COLUMN, imageOnlyPdf } from '../documents/document-fixtures';
import { CliHost } from './support/run-cli';

function column<T = string>(dbPath: string, name: 'name' | 'phone'): Promise<T[]> {
  const db = new sqlite3.Database(dbPath);
  return new Promise((resolve, reject) =>
    db.all(`SELECT "${name}" AS v FROM candidate ORDER BY id`, (err: Error | null, rows: { v: T }[]) => {
      db.close();
      if (err) reject(err);
      else resolve(rows.map((r) => r.v));
    }),
  );
}

const names = (dbPath: string) => column(dbPath, 'name');

describe('skillmatch import-candidates with résumé documents', () => {
  let dir: string;
  let docs: string;
  let host: CliHost;
  const env = (name: string) => ({
    DATABASE_URL: `sqlite:${join(dir, `${name}.sqlite`)}`,
    LOG_LEVEL: 'silent',
    SKILLMATCH_SEED: 'false',
  });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sm-import-resumes-'));
    docs = join(dir, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'a-maria.pdf'), await renderPdf(ONE_COLUMN));
    writeFileSync(join(docs, 'b-maria-two-columns.docx'), await renderDocx(TWO_COLUMN));
    writeFileSync(
      join(docs, 'c-pasted.txt'),
      'Tom Field\ntom@field.dev\nPhone: 555-010-2030\nEXPERIENCE\nDeveloper, Acme — 2019 – 2021\n- Ruby on Rails\nSKILLS\nRuby\n',
    );
    copyFileSync(join(__dirname, '..', 'fixtures', 'resumes', 'clean-devops.json'), join(docs, 'd-devops.json'));
    writeFileSync(
      join(docs, 'e-memo.txt'),
      'MEMO\nTo: All staff\nFrom: IT\nSubject: Laptops\nReturn your laptops on Friday.\n',
    );
    writeFileSync(join(docs, 'f-scan.pdf'), await imageOnlyPdf());
    writeFileSync(join(docs, 'notes.md'), 'not read: not a résumé format');
    host = new CliHost();
  });
  afterAll(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores nothing when one document is bad, and names every bad file', async () => {
    const run = await host.run(['import-candidates', docs], env('all-or-nothing'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(docs, 'e-memo.txt')}: not a résumé`);
    expect(run.stderr).toContain(`${join(docs, 'f-scan.pdf')}: no text layer (OCR is not supported)`);
    expect(await names(join(dir, 'all-or-nothing.sqlite'))).toEqual([]);
  });

  it('with --skip-bad, lists the bad files with reasons and stores the rest', async () => {
    const run = await host.run(['import-candidates', docs, '--skip-bad', '--workers', '2'], env('skip-bad'));
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`skipped ${join(docs, 'e-memo.txt')}: not a résumé`);
    expect(run.stderr).toContain(`skipped ${join(docs, 'f-scan.pdf')}: no text layer (OCR is not supported)`);
    expect(run.stderr).toMatch(/imported 4 candidate\(s\).*skipped 2 bad file\(s\)/);
    expect(await names(join(dir, 'skip-bad.sqlite'))).toEqual([
      'Maria Lopez',
      'Maria Lopez',
      'Tom Field',
      expect.any(String),
    ]);
    // Contact fields are stored as read: the phone too (issue 11).
    expect(await column<string | null>(join(dir, 'skip-bad.sqlite'), 'phone')).toEqual([
      '+34 612 345 678',
      '+34 612 345 678',
      '555-010-2030',
      null,
    ]);
    // The documents are where they were, and nothing was left beside them.
    expect(readdirSync(docs).sort()).toEqual([
      'a-maria.pdf',
      'b-maria-two-columns.docx',
      'c-pasted.txt',
      'd-devops.json',
      'e-memo.txt',
      'f-scan.pdf',
      'notes.md',
    ]);
  });

  it('scores a directory of résumé documents', async () => {
    const posting = join(dir, 'posting.txt');
    writeFileSync(posting, 'Go Engineer\n\nRequirements:\n- 3+ years of Go\n- Kubernetes\n');
    const run = await host.run(
      ['score', '--posting', posting, '--candidates', docs, '--format', 'jsonl'],
      env('score'),
    );
    expect(run.code).toBe(3);
    const rows = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.candidateId)).toEqual(
      expect.arrayContaining(['a-maria', 'b-maria-two-columns', 'c-pasted', 'd-devops']),
    );
    expect(rows[0].candidateId).toMatch(/maria/);
    expect(run.stderr).toContain('e-memo.txt');
  });
});
