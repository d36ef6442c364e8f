import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { toGlobalId } from '../../src/graphql/ids';
import { CliHost, parseCsv } from './support/run-cli';

const FIXTURES = join(__dirname, '..', 'fixtures');
const INTERN_TXT = join(FIXTURES, 'postings', 'seed-ibm-backend-intern-2026.txt');

function auditRows(dbPath: string): Promise<
  {
    actor: string;
    operation: string;
    postingId: number | null;
    postingHash: string | null;
    candidateCount: number;
    inputHash: string;
  }[]
> {
  const db = new sqlite3.Database(dbPath);
  return new Promise((resolve, reject) =>
    db.all(`SELECT * FROM audit_record WHERE operation = 'score' ORDER BY id`, (err: Error | null, rows: never[]) => {
      db.close();
      if (err) reject(err);
      else resolve(rows);
    }),
  );
}

function count(dbPath: string, table: string): Promise<number> {
  const db = new sqlite3.Database(dbPath);
  return new Promise((resolve, reject) =>
    db.get(`SELECT COUNT(*) AS n FROM "${table}"`, (err: Error | null, row: { n: number }) => {
      db.close();
      if (err) reject(err);
      else resolve(row.n);
    }),
  );
}

function exec(dbPath: string, sql: string): Promise<void> {
  const db = new sqlite3.Database(dbPath);
  return new Promise((resolve, reject) =>
    db.exec(sql, (err: Error | null) => {
      db.close();
      if (err) reject(err);
      else resolve();
    }),
  );
}

describe('skillmatch command line', () => {
  let dir: string;
  let dbPath: string;
  let env: Record<string, string>;
  let host: CliHost;
  const cli = (...args: string[]) => host.run(args, env);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sm-cli-'));
    dbPath = join(dir, 'db', 'cli.sqlite');
    env = { DATABASE_URL: `sqlite:${dbPath}`, LOG_LEVEL: 'silent' };
    host = new CliHost();
  });
  afterAll(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('help', () => {
    it('lists every command and the exit codes', async () => {
      const run = await cli('--help');
      expect(run.code).toBe(0);
      for (const name of [
        'parse-posting',
        'parse-resume',
        'import-postings',
        'import-candidates',
        'generate-candidates',
        'score',
      ])
        expect(run.stdout).toContain(name);
      expect(run.stdout).toMatch(/3 done but some input lines were skipped/);
    });

    it.each(['parse-posting', 'parse-resume', 'import-postings', 'import-candidates', 'generate-candidates', 'score'])(
      '%s --help',
      async (name) => {
        const run = await cli(name, '--help');
        expect(run.code).toBe(0);
        expect(run.stdout).toContain(`Usage: skillmatch ${name}`);
        expect(run.stdout).toContain('Example');
      },
    );

    it('refuses an unknown option with exit code 1', async () => {
      const run = await cli('score', '--nope');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("unknown option '--nope'");
    });
  });

  describe('parse-posting', () => {
    it('prints the parsed posting as JSON without touching a database', async () => {
      const run = await cli('parse-posting', INTERN_TXT);
      expect(run.code).toBe(0);
      const out = JSON.parse(run.stdout);
      const expected = JSON.parse(readFileSync(INTERN_TXT.replace('.txt', '.expected.json'), 'utf8'));
      expect(out.title).toBe(expected.title);
      expect(out.format).toBe('TEXT');
      expect(Object.keys(out)).toEqual([
        'format',
        'title',
        'company',
        'employmentType',
        'locations',
        'education',
        'requirements',
        'warnings',
      ]);
      expect(out.requirements.length).toBeGreaterThan(5);
      for (const g of out.requirements) {
        expect(Object.keys(g)).toEqual([
          'importance',
          'category',
          'label',
          'minMatches',
          'minMonths',
          'assessable',
          'skills',
        ]);
        for (const s of g.skills) expect(Object.keys(s)).toEqual(['name']);
      }
      expect(existsSync(dbPath)).toBe(false);
    });

    it('fails with exit code 1 on a text with no posting', async () => {
      const empty = join(dir, 'empty.txt');
      writeFileSync(empty, '   \n');
      const run = await cli('parse-posting', empty);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('no posting found');
    });
  });

  describe('generate-candidates', () => {
    it('is deterministic: the same seed gives the same bytes, another seed other people', async () => {
      const a = await cli('generate-candidates', '--count', '40', '--seed', '3');
      const b = await cli('generate-candidates', '--count', '40', '--seed', '3');
      const c = await cli('generate-candidates', '--count', '40', '--seed', '4');
      expect(a.code).toBe(0);
      expect(a.stdout).toBe(b.stdout);
      expect(a.stdout).not.toBe(c.stdout);
      const lines = a.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.id)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(lines[0]).toEqual(
        expect.objectContaining({ name: expect.any(String), skills: expect.any(Array), education: expect.any(Array) }),
      );
    });

    it('writes JSON Resumes, and --out appears whole with no temporary file left', async () => {
      const out = join(dir, 'gen', 'resumes.jsonl');
      mkdirSync(join(dir, 'gen'));
      const run = await cli('generate-candidates', '--count', '25', '--seed', '9', '--format', 'resume', '--out', out);
      expect(run.code).toBe(0);
      const lines = readFileSync(out, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines).toHaveLength(25);
      expect(lines[0].basics.name).toEqual(expect.any(String));
      expect(readdirSync(join(dir, 'gen'))).toEqual(['resumes.jsonl']);
    });
  });

  describe('imports and scoring against the database', () => {
    let resumes: string;

    beforeAll(async () => {
      resumes = join(dir, 'resumes.jsonl');
      const gen = await cli(
        'generate-candidates',
        '--count',
        '60',
        '--seed',
        '21',
        '--format',
        'resume',
        '--out',
        resumes,
      );
      expect(gen.code).toBe(0);
    });

    it('import-postings stores every posting of every file in one go and prints their ids', async () => {
      const run = await cli(
        'import-postings',
        INTERN_TXT,
        join(FIXTURES, 'postings', 'seed-ibm-backend-coop-2025.txt'),
      );
      expect(run.code).toBe(0);
      const rows = run.stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t'));
      expect(rows).toHaveLength(2);
      expect(rows[0][1]).toContain('Intern');
      expect(rows[0][2]).toBe(INTERN_TXT);
      expect(await count(dbPath, 'posting')).toBe(4); // 2 seeded + 2 imported
    });

    it('import-candidates stores a .jsonl of JSON Resumes and prints the new ids', async () => {
      const before = await count(dbPath, 'candidate');
      const run = await cli('import-candidates', resumes);
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(`${before + 1}-${before + 60}`);
      expect(run.stderr).toContain('imported 60 candidate(s)');
      expect(await count(dbPath, 'candidate')).toBe(before + 60);
    });

    it('import-candidates refuses the whole file when a line is malformed, naming it', async () => {
      const before = await count(dbPath, 'candidate');
      const lines = readFileSync(resumes, 'utf8').trimEnd().split('\n');
      lines.splice(2, 0, '{"basics": {"name": "Broken"');
      lines.splice(5, 0, '{"hello": "world"}');
      const bad = join(dir, 'bad-resumes.jsonl');
      writeFileSync(bad, `${lines.join('\n')}\n`);
      const run = await cli('import-candidates', bad);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${bad}:3: invalid JSON`);
      expect(run.stderr).toContain(`${bad}:6: not a resume`);
      expect(run.stderr).toContain('nothing was imported');
      expect(await count(dbPath, 'candidate')).toBe(before);
    });

    it('import-candidates reads a directory of JSON Resumes, with warnings (file, JSON path) on stderr', async () => {
      const resumeDir = join(dir, 'resumes');
      mkdirSync(resumeDir);
      copyFileSync(join(FIXTURES, 'resumes', 'messy-dates.json'), join(resumeDir, 'a.json'));
      copyFileSync(join(FIXTURES, 'resumes', 'clean-devops.json'), join(resumeDir, 'b.json'));
      const before = await count(dbPath, 'candidate');
      const run = await cli('import-candidates', resumeDir);
      expect(run.code).toBe(0);
      expect(await count(dbPath, 'candidate')).toBe(before + 2);
      expect(run.stderr).toMatch(
        new RegExp(`${join(resumeDir, 'a.json').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: \\$\\.work\\[\\d+\\]`),
      );
    });

    it('import-candidates refuses a directory holding a document that is no resume', async () => {
      const resumeDir = join(dir, 'not-resumes');
      mkdirSync(resumeDir);
      copyFileSync(join(FIXTURES, 'resumes', 'clean-devops.json'), join(resumeDir, 'a.json'));
      copyFileSync(join(FIXTURES, 'resumes', 'not-a-resume.json'), join(resumeDir, 'b.json'));
      const before = await count(dbPath, 'candidate');
      const run = await cli('import-candidates', resumeDir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('b.json');
      expect(await count(dbPath, 'candidate')).toBe(before);
    });

    it('score --posting ID ranks the stored candidates, qualified first', async () => {
      const run = await cli('score', '--posting', '1', '--top', '15', '--format', 'csv');
      expect(run.code).toBe(0);
      const rows = parseCsv(run.stdout);
      expect(rows[0].slice(0, 6)).toEqual([
        'rank',
        'candidate',
        'score',
        'qualified',
        'requiredScore',
        'preferredScore',
      ]);
      expect(rows[0]).toEqual(expect.arrayContaining(['LANGUAGE', 'API', 'DEVOPS']));
      expect(rows).toHaveLength(16);
      const qualified = rows.slice(1).map((r) => r[3]);
      expect(qualified.indexOf('false') === -1 || qualified.lastIndexOf('true') < qualified.indexOf('false')).toBe(
        true,
      );
      expect(run.stderr).toMatch(/read \d+, skipped 0, scored \d+ candidates against 1 posting/);
      const audit = await auditRows(dbPath);
      expect(audit.at(-1)).toMatchObject({
        actor: 'cli',
        operation: 'score',
        postingId: 1,
        postingHash: null,
        candidateCount: await count(dbPath, 'candidate'),
      });
      expect(audit.at(-1)!.inputHash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('score --all-postings gives the top N of every stored posting, with a posting column', async () => {
      const run = await cli('score', '--all-postings', '--top', '5', '--format', 'jsonl', '--explain');
      expect(run.code).toBe(0);
      const rows = run.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(rows).toHaveLength(20);
      expect([...new Set(rows.map((r) => r.postingId))]).toEqual(['1', '2', '3', '4']);
      expect(rows[0].groups[0]).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          matched: expect.any(Array),
          missing: expect.any(Array),
          satisfied: expect.any(Boolean),
        }),
      );
      const csv = await cli('score', '--all-postings', '--top', '2', '--qualified-only');
      expect(parseCsv(csv.stdout)[0][0]).toBe('posting');
      expect(
        parseCsv(csv.stdout)
          .slice(1)
          .every((r) => r[4] === 'true'),
      ).toBe(true);
    });

    it('score --posting takes the global id the API hands out, and refuses the global id of another type', async () => {
      const byGlobal = await cli('score', '--posting', toGlobalId('Posting', 1), '--top', '15', '--format', 'csv');
      const byRaw = await cli('score', '--posting', '1', '--top', '15', '--format', 'csv');
      expect(byGlobal.code).toBe(0);
      expect(byGlobal.stdout).toBe(byRaw.stdout);
      expect((await auditRows(dbPath)).at(-2)).toMatchObject({ postingId: 1, postingHash: null });
      const wrong = await cli('score', '--posting', toGlobalId('Candidate', 1));
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain('is the id of a Candidate, not of a posting');
    });

    it('score refuses an unknown posting id with exit code 1', async () => {
      const run = await cli('score', '--posting', '999');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('no posting with id 999');
    });
  });

  describe('score from files', () => {
    let people: string;

    beforeAll(() => {
      people = join(dir, 'people.jsonl');
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
      expect(existsSync(join(dir, 'nothing'))).toBe(false);
      // A run on files only is audited too: the posting by its hash, the candidates by the file's.
      const audit = (await auditRows(dbPath)).at(-1)!;
      expect(audit).toMatchObject({ actor: 'cli', operation: 'score', postingId: null, candidateCount: 4 });
      expect(audit.postingHash).toMatch(/^[0-9a-f]{64}$/);
      const again = await cli('score', '--posting', INTERN_TXT, '--candidates', people);
      expect(again.code).toBe(3);
      expect((await auditRows(dbPath)).at(-1)!.inputHash).toBe(audit.inputHash);
    });

    it('writes RFC 4180 CSV: fields with commas, quotes and line breaks quoted, quotes doubled, CRLF records', async () => {
      const run = await cli('score', '--posting', INTERN_TXT, '--candidates', people);
      expect(run.stdout).toContain('"smith, ""jr"""');
      expect(run.stdout).toContain('"line\nbreak"');
      expect(run.stdout.split('\r\n')[0]).toMatch(/^rank,candidate,score,qualified,requiredScore,preferredScore,/);
    });

    it('reads a posting from a PostingDraft .json file, and prints a table', async () => {
      const draft = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'postings.json'), 'utf8')).postings[0];
      const postingFile = join(dir, 'intern.json');
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
      const outDir = join(dir, 'out');
      mkdirSync(outDir);
      const out = join(outDir, 'top.csv');
      writeFileSync(out, 'previous content');
      const failed = await cli('score', '--posting', join(dir, 'missing.txt'), '--candidates', people, '--out', out);
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
      const out = join(dir, 'audited.csv');
      writeFileSync(out, 'previous content');
      const before = (await auditRows(dbPath)).length;
      await exec(
        dbPath,
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
        await exec(dbPath, 'DROP TRIGGER refuse_audit');
      }
      expect(await auditRows(dbPath)).toHaveLength(before);
      const done = await cli('score', '--posting', INTERN_TXT, '--candidates', people, '--out', out);
      expect(done.code).toBe(3);
      expect(parseCsv(readFileSync(out, 'utf8'))).toHaveLength(5);
      expect(await auditRows(dbPath)).toHaveLength(before + 1);
    });

    it('identifies the candidates by the bytes it read: other content, another input hash', async () => {
      const copy = join(dir, 'people-copy.jsonl');
      writeFileSync(copy, readFileSync(people));
      expect((await cli('score', '--posting', INTERN_TXT, '--candidates', copy)).code).toBe(3);
      const same = (await auditRows(dbPath)).at(-1)!;
      expect((await cli('score', '--posting', INTERN_TXT, '--candidates', people)).code).toBe(3);
      expect((await auditRows(dbPath)).at(-1)!.inputHash).toBe(same.inputHash);
      writeFileSync(copy, readFileSync(people, 'utf8').replace('"months":30', '"months":31'));
      expect((await cli('score', '--posting', INTERN_TXT, '--candidates', copy)).code).toBe(3);
      expect((await auditRows(dbPath)).at(-1)!.inputHash).not.toBe(same.inputHash);
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
