import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished, spawnCli } from './support/run-cli';

const INTERN_TXT = join(__dirname, '..', 'fixtures', 'postings', 'seed-ibm-backend-intern-2026.txt');

describe('skillmatch as a process', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'sm-proc-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits with code 3 after skipping a malformed line, with the summary on stderr and the rows on stdout', async () => {
    const people = join(dir, 'people.jsonl');
    writeFileSync(people, '{"id":1,"name":"A","skills":[{"name":"Java","months":30}]}\nnot json\n');
    const run = await finished(
      spawnCli(['score', '--posting', INTERN_TXT, '--candidates', people, '--format', 'jsonl']),
    );
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout.trim()).candidateId).toBe('1');
    expect(run.stderr).toContain('line 2:');
  });

  it('stops cleanly on SIGTERM: exit code 143, no output file, no temporary file', async () => {
    const outDir = join(dir, 'out');
    mkdirSync(outDir);
    // Candidates come from standard input, which stays open: the run waits for more until the signal.
    const child = spawnCli(['score', '--posting', INTERN_TXT, '--candidates', '-', '--out', join(outDir, 'top.csv')]);
    const done = finished(child);
    child.stdin!.write('{"id":1,"name":"A","skills":[{"name":"Java","months":30}]}\n');
    const deadline = Date.now() + 30_000;
    while (readdirSync(outDir).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(outDir)[0]).toMatch(/^\.top\.csv\..*\.tmp$/);
    child.kill('SIGTERM');
    const run = await done;
    expect(run.code).toBe(143);
    expect(run.stderr).toContain('stopped (SIGTERM)');
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('removes the temporary file a SIGKILLed run left behind, on the next run to the same --out', async () => {
    const outDir = join(dir, 'killed');
    mkdirSync(outDir);
    const out = join(outDir, 'top.csv');
    const child = spawnCli(['score', '--posting', INTERN_TXT, '--candidates', '-', '--out', out]);
    const done = finished(child);
    child.stdin!.write('{"id":1,"name":"A","skills":[{"name":"Java","months":30}]}\n');
    const deadline = Date.now() + 30_000;
    while (readdirSync(outDir).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await done;
    const [left] = readdirSync(outDir);
    expect(left).toMatch(/^\.top\.csv\..*\.tmp$/);
    // A run still writing (this test process stands in for it) keeps its temporary file.
    const live = `.top.csv.${process.pid}.0badc0de.tmp`;
    writeFileSync(join(outDir, live), '');
    const people = join(dir, 'one.jsonl');
    writeFileSync(people, '{"id":1,"name":"A","skills":[{"name":"Java","months":30}]}\n');
    const next = await finished(spawnCli(['score', '--posting', INTERN_TXT, '--candidates', people, '--out', out]));
    expect(next.code).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual([live, 'top.csv'].sort());
  });

  it('reads candidates from standard input to the end', async () => {
    const child = spawnCli(['score', '--posting', INTERN_TXT, '--candidates', '-', '--format', 'jsonl']);
    const done = finished(child);
    child.stdin!.end(
      '{"id":"x","name":"A","skills":[{"name":"Java","months":30}]}\n{"id":"y","name":"B","skills":[]}\n',
    );
    const run = await done;
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).candidateId),
    ).toEqual(['x', 'y']);
  });
});
