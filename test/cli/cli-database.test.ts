import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliWorkspace } from './support/cli-workspace';
import { toGlobalId } from '../../src/graphql/ids';
import { parseCsv } from './support/run-cli';
import { auditRows, count } from './support/cli-database';

const FIXTURES = join(__dirname, '..', 'fixtures');
const INTERN_TXT = join(FIXTURES, 'postings', 'seed-ibm-backend-intern-2026.txt');

describe('skillmatch command line', () => {
  const ws = cliWorkspace();
  const { cli } = ws;

  describe('imports and scoring against the database', () => {
    let resumes: string;

    beforeAll(async () => {
      resumes = join(ws.dir, 'resumes.jsonl');
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
      expect(await count(ws.dbPath, 'posting')).toBe(4); // 2 seeded + 2 imported
    });

    it('import-candidates stores a .jsonl of JSON Resumes and prints the new ids', async () => {
      const before = await count(ws.dbPath, 'candidate');
      const run = await cli('import-candidates', resumes);
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(`${before + 1}-${before + 60}`);
      expect(run.stderr).toContain('imported 60 candidate(s)');
      expect(await count(ws.dbPath, 'candidate')).toBe(before + 60);
    });

    it('import-candidates refuses the whole file when a line is malformed, naming it', async () => {
      const before = await count(ws.dbPath, 'candidate');
      const lines = readFileSync(resumes, 'utf8').trimEnd().split('\n');
      lines.splice(2, 0, '{"basics": {"name": "Broken"');
      lines.splice(5, 0, '{"hello": "world"}');
      const bad = join(ws.dir, 'bad-resumes.jsonl');
      writeFileSync(bad, `${lines.join('\n')}\n`);
      const run = await cli('import-candidates', bad);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${bad}:3: invalid JSON`);
      expect(run.stderr).toContain(`${bad}:6: not a resume`);
      expect(run.stderr).toContain('nothing was imported');
      expect(await count(ws.dbPath, 'candidate')).toBe(before);
    });

    it('import-candidates reads a directory of JSON Resumes, with warnings (file, JSON path) on stderr', async () => {
      const resumeDir = join(ws.dir, 'resumes');
      mkdirSync(resumeDir);
      copyFileSync(join(FIXTURES, 'resumes', 'messy-dates.json'), join(resumeDir, 'a.json'));
      copyFileSync(join(FIXTURES, 'resumes', 'clean-devops.json'), join(resumeDir, 'b.json'));
      const before = await count(ws.dbPath, 'candidate');
      const run = await cli('import-candidates', resumeDir);
      expect(run.code).toBe(0);
      expect(await count(ws.dbPath, 'candidate')).toBe(before + 2);
      expect(run.stderr).toMatch(
        new RegExp(`${join(resumeDir, 'a.json').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: \\$\\.work\\[\\d+\\]`),
      );
    });

    it('import-candidates refuses a directory holding a document that is no resume', async () => {
      const resumeDir = join(ws.dir, 'not-resumes');
      mkdirSync(resumeDir);
      copyFileSync(join(FIXTURES, 'resumes', 'clean-devops.json'), join(resumeDir, 'a.json'));
      copyFileSync(join(FIXTURES, 'resumes', 'not-a-resume.json'), join(resumeDir, 'b.json'));
      const before = await count(ws.dbPath, 'candidate');
      const run = await cli('import-candidates', resumeDir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('b.json');
      expect(await count(ws.dbPath, 'candidate')).toBe(before);
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
      const audit = await auditRows(ws.dbPath);
      expect(audit.at(-1)).toMatchObject({
        actor: 'cli',
        operation: 'score',
        postingId: 1,
        postingHash: null,
        candidateCount: await count(ws.dbPath, 'candidate'),
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
      expect((await auditRows(ws.dbPath)).at(-2)).toMatchObject({ postingId: 1, postingHash: null });
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
});
