import { Writable } from 'node:stream';
import { type RunningServer, startHttpServer } from '../../src/http/server';
import { createLogger } from '../../src/logging/logger';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

/**
 * Makes every candidate insert fail inside the database, the way an unforeseen constraint would.
 * On PostgreSQL a CHECK constraint: its error carries the failing row (name, email...) in `detail`.
 */
async function refuseCandidateWrites(t: TestApp): Promise<void> {
  const ds = t.app.dataSource;
  if (ds.options.type === 'sqlite') {
    await ds.query(
      `CREATE TRIGGER refuse_candidates BEFORE INSERT ON candidate BEGIN SELECT RAISE(ABORT, 'candidate writes refused'); END`,
    );
  } else {
    await ds.query(
      `ALTER TABLE candidate ADD CONSTRAINT refuse_candidates CHECK (name NOT LIKE '%Privata%') NOT VALID`,
    );
  }
}

describe.each(testDatabases())('logs of a failing write on $kind', (db) => {
  let t: TestApp;
  let server: RunningServer;
  const text: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(db, { nodeEnv: 'production' });
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        text.push(chunk.toString('utf8'));
        done();
      },
    });
    server = await startHttpServer(t.app, createLogger({ level: 'debug' }, sink));
  });
  afterAll(async () => {
    await server.stop({ graceMs: 1000 });
    await t.close();
  });

  it('hold the failing SQL but none of its values: no name, email, headline or location', async () => {
    await refuseCandidateWrites(t);
    const person = {
      name: 'Privata Logless',
      email: 'privata.logless@log-probe.example',
      headline: 'Headline-Logless-Probe',
      location: 'Locality-Logless-Probe',
      skills: [{ name: 'Java', months: 12 }],
    };
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.keys.RECRUITER.key}` },
      body: JSON.stringify({
        query: 'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }',
        variables: { input: person },
      }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    await new Promise((r) => setTimeout(r, 50));

    const lines = text
      .join('')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Record<string, any>);
    // The failure is logged, with what an operator needs to find it: the statement, without values.
    const failure = lines.find((l) => l.msg === 'unexpected error');
    expect(failure).toBeDefined();
    expect(failure!.err.query).toMatch(/INSERT INTO "candidate"/);
    expect(failure!.err.parameters).toBeUndefined();
    if (db.kind === 'postgres')
      expect(failure!.err).toMatchObject({ code: '23514', constraint: 'refuse_candidates', table: 'candidate' });
    else expect(failure!.err.code).toBe('SQLITE_CONSTRAINT');
    const all = text.join('');
    for (const value of [person.name, person.email, person.headline, person.location]) expect(all).not.toContain(value);
  });
});
