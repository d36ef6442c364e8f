import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliWorkspace } from './support/cli-workspace';

const FIXTURES = join(__dirname, '..', 'fixtures');
const INTERN_TXT = join(FIXTURES, 'postings', 'seed-ibm-backend-intern-2026.txt');

describe('skillmatch command line', () => {
  const ws = cliWorkspace();
  const { cli } = ws;

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
        'unknownRequirements',
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
      expect(existsSync(ws.dbPath)).toBe(false);
    });

    it('fails with exit code 1 on a text with no posting', async () => {
      const empty = join(ws.dir, 'empty.txt');
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
      const out = join(ws.dir, 'gen', 'resumes.jsonl');
      mkdirSync(join(ws.dir, 'gen'));
      const run = await cli('generate-candidates', '--count', '25', '--seed', '9', '--format', 'resume', '--out', out);
      expect(run.code).toBe(0);
      const lines = readFileSync(out, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines).toHaveLength(25);
      expect(lines[0].basics.name).toEqual(expect.any(String));
      expect(readdirSync(join(ws.dir, 'gen'))).toEqual(['resumes.jsonl']);
    });
  });
});
