import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { cliWorkspace } from './support/cli-workspace';
import { parseCsv } from './support/run-cli';
import { auditRows, exec } from './support/cli-database';

const FIXTURES = join(__dirname, '..', 'fixtures');
const INTERN_TXT = join(FIXTURES, 'postings', 'seed-ibm-backend-intern-2026.txt');

describe('skillmatch command line', () => {
  const ws = cliWorkspace();
  const { cli } = ws;

  describe('score from files', () => {
    let people: string;

    beforeAll(() => {
      people = join(ws.dir, 'people.jsonl');
      const lines = [
        JSON.stringify({
          id: 'smith, "jr"',
          name: 'A',
          skills: [
            { name: 'Java', months: 30 },
            { name: 'Python', months: 30 },
            { name: 'SQL', months: 24 },
          ],
        }),
        JSON.stringify({ id: 'line\nbreak', name: 'B', skills: [{ name: 'Go', months: 12 }] }),
        '{"id": "broken", "name": ',
        JSON.stringify({
          name: 'no id',
          skills: [
            { name: 'Docker', months: 14 },
            { name: 'Kubernetes', months: 8 },
          ],
        }),
        JSON.stringify({ basics: { name: 'Resume Person' }, skills: [{ name: 'Linux' }, { name: 'Git' }] }),
        '{"id": 7, "skills": "Java"}',
      ];
      writeFileSync(people, `${lines.join('\r\n')}\r\n`);
    });

    it('skips malformed lines with their line numbers, finishes, and exits with code 3', async () => {
      const run = await cli('score', '--posting', INTERN_TXT, '--candidates', people);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/read 6, skipped 2, scored 4 candidates/);
      expect(run.stderr).toContain('line 3:');
      expect(run.stderr).toContain('line 6: $.skills must be a list');
      const rows = parseCsv(run.stdout);
      expect(rows).toHaveLength(5);
      expect(
        rows
          .slice(1)
          .map((r) => r[1])
          .sort(),
      ).toEqual(['4', '5', 'line\nbreak', 'smith, "jr"'].sort());
      expect(existsSync(join(ws.dir, 'nothing'))).toBe(false);
      // A run on files only is audited too: the posting by its hash, the candidates by the file's.
      const audit = (await auditRows(ws.dbPath)).at(-1)!;
      expect(audit).toMatchObject({ actor: 'cli', operation: 'score', postingId: null, candidateCount: 4 });
      expect(audit.postingHash).toMatch(/^[0-9a-f]{64}$/);
      const again = await cli('score', '--posting', INTERN_TXT, '--candidates', people);
      expect(again.code).toBe(3);
      expect((await auditRows(ws.dbPath)).at(-1)!.inputHash).toBe(audit.inputHash);
    });

    it('writes RFC 4180 CSV: fields with commas, quotes and line breaks quoted, quotes doubled, CRLF records', async () => {
      const run = await cli('score', '--posting', INTERN_TXT, '--candidates', people);
      expect(run.stdout).toContain('"smith, ""jr"""');
      expect(run.stdout).toContain('"line\nbreak"');
      expect(run.stdout.split('\r\n')[0]).toMatch(/^rank,candidate,score,qualified,requiredScore,preferredScore,/);
    });

    it('reads a posting from a PostingDraft .json file, and prints a table', async () => {
      const draft = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'postings.json'), 'utf8')).postings[0];
      const postingFile = join(ws.dir, 'intern.json');
      writeFileSync(postingFile, JSON.stringify(draft));
      const fromJson = await cli('score', '--posting', postingFile, '--candidates', people, '--format', 'jsonl');
      expect(fromJson.code).toBe(3);
      expect(fromJson.stdout.trimEnd().split('\n')).toHaveLength(4);
      const table = await cli(
        'score',
        '--posting',
        postingFile,
        '--candidates',
        people,
        '--format',
        'table',
        '--explain',
      );
      expect(table.stdout.split('\n')[0]).toMatch(/^rank\s+candidate\s+score\s+qualified/);
      expect(table.stdout).toMatch(/\n {4}required .*: /);
      // A candidate id holding a line break is shown escaped: a table row stays one line.
      expect(table.stdout).toContain('line\\nbreak');
      expect(table.stdout.split('\n').filter((l) => /^\s*\d+\s/.test(l))).toHaveLength(4);
    });

    it('--out replaces the file only when the run succeeds, and never leaves a temporary file', async () => {
      const outDir = join(ws.dir, 'out');
      mkdirSync(outDir);
      const out = join(outDir, 'top.csv');
      writeFileSync(out, 'previous content');
      const failed = await cli('score', '--posting', join(ws.dir, 'missing.txt'), '--candidates', people, '--out', out);
      expect(failed.code).toBe(1);
      expect(readFileSync(out, 'utf8')).toBe('previous content');
      expect(readdirSync(outDir)).toEqual(['top.csv']);
      const done = await cli('score', '--posting', INTERN_TXT, '--candidates', people, '--out', out);
      expect(done.code).toBe(3);
      expect(done.stdout).toBe('');
      expect(parseCsv(readFileSync(out, 'utf8'))).toHaveLength(5);
      expect(readdirSync(outDir)).toEqual(['top.csv']);
    });

    it('commits its output only once its audit record is written: a refused record leaves no output', async () => {
      const out = join(ws.dir, 'audited.csv');
      writeFileSync(out, 'previous content');
      const before = (await auditRows(ws.dbPath)).length;
      await exec(
        ws.dbPath,
        `CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_record BEGIN SELECT RAISE(ABORT, 'refused'); END`,
      );
      try {
        const refused = await cli('score', '--posting', INTERN_TXT, '--candidates', people, '--out', out);
        expect(refused.code).toBe(1);
        expect(readFileSync(out, 'utf8')).toBe('previous content');
        const toStdout = await cli('score', '--posting', INTERN_TXT, '--candidates', people);
        expect(toStdout.code).toBe(1);
        expect(toStdout.stdout).toBe('');
      } finally {
        await exec(ws.dbPath, 'DROP TRIGGER refuse_audit');
      }
      expect(await auditRows(ws.dbPath)).toHaveLength(before);
      const done = await cli('score', '--posting', INTERN_TXT, '--candidates', people, '--out', out);
      expect(done.code).toBe(3);
      expect(parseCsv(readFileSync(out, 'utf8'))).toHaveLength(5);
      expect(await auditRows(ws.dbPath)).toHaveLength(before + 1);
    });

    it('identifies the candidates by the bytes it read: other content, another input hash', async () => {
      const copy = join(ws.dir, 'people-copy.jsonl');
      writeFileSync(copy, readFileSync(people));
      expect((await cli('score', '--posting', INTERN_TXT, '--candidates', copy)).code).toBe(3);
      const same = (await auditRows(ws.dbPath)).at(-1)!;
      expect((await cli('score', '--posting', INTERN_TXT, '--candidates', people)).code).toBe(3);
      expect((await auditRows(ws.dbPath)).at(-1)!.inputHash).toBe(same.inputHash);
      writeFileSync(copy, readFileSync(people, 'utf8').replace('"months":30', '"months":31'));
      expect((await cli('score', '--posting', INTERN_TXT, '--candidates', copy)).code).toBe(3);
      expect((await auditRows(ws.dbPath)).at(-1)!.inputHash).not.toBe(same.inputHash);
    });

    it('refuses more --workers than the cores, naming the bound', async () => {
      const cores = availableParallelism();
      const run = await cli('score', '--posting', INTERN_TXT, '--candidates', people, '--workers', String(cores + 1));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`expected at most ${cores} (the cores available to this process), got ${cores + 1}`);
      expect(run.stdout).toBe('');
      const within = await cli(
        'score',
        '--posting',
        INTERN_TXT,
        '--candidates',
        people,
        '--workers',
        String(cores),
        '--format',
        'jsonl',
      );
      expect(within.code).toBe(3);
    });

    it('needs exactly one of --posting and --all-postings', async () => {
      const run = await cli('score', '--candidates', people);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('exactly one of --posting');
    });
  });
});
