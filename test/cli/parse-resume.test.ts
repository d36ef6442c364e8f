import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from '../../scripts/corpus/render';
import { ONE_COLUMN, resumePdfWithPhoto } from '../documents/document-fixtures';
import { CliHost } from './support/run-cli';

describe('skillmatch parse-resume', () => {
  let dir: string;
  let host: CliHost;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sm-parse-resume-'));
    host = new CliHost();
  });
  afterAll(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the résumé as JSON in the shape of the issue', async () => {
    const file = join(dir, 'maria.pdf');
    writeFileSync(file, await renderPdf(ONE_COLUMN));
    const run = await host.run(['parse-resume', file]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual([
      'name',
      'email',
      'phone',
      'location',
      'education',
      'skills',
      'spokenLanguages',
      'warnings',
    ]);
    expect(out).toMatchObject({
      name: 'Maria Lopez',
      email: 'maria.lopez@example.org',
      phone: '+34 612 345 678',
      location: 'Madrid, Spain',
      education: [{ level: 'BACHELOR', field: 'Computer Engineering', status: 'COMPLETED' }],
      spokenLanguages: ['Spanish', 'English', 'French'],
    });
    expect(out.skills).toEqual(
      expect.arrayContaining([
        { name: 'Lombok', months: 38 },
        { name: 'Terraform', months: null },
      ]),
    );
    expect(Object.keys(out.skills[0])).toEqual(['name', 'months']);
  });

  it('reads a 1.5 MB PDF and refuses a file over 4 MiB, naming it', async () => {
    const photo = join(dir, 'typst.pdf');
    writeFileSync(photo, await resumePdfWithPhoto(1_500_000));
    const read = await host.run(['parse-resume', photo]);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout).name).toBe('Maria Lopez');
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(4 * 1024 * 1024 + 1, 0x61));
    const run = await host.run(['parse-resume', big]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${big}: 4194305 bytes; a résumé document is limited to 4194304 bytes (4 MiB)`);
  });

  it('refuses a memo, naming the file', async () => {
    const file = join(dir, 'memo.txt');
    writeFileSync(file, 'MEMO\nTo: All staff\nFrom: IT\nSubject: Laptops\nReturn your laptops on Friday.\n');
    const run = await host.run(['parse-resume', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${file}: not a résumé`);
  });
});
