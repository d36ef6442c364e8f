import pino from 'pino';
import { type App, createApp } from '../../src/app';
import { type RunningServer, startHttpServer } from '../../src/http/server';
import { testDatabases } from '../support/databases';
import { testConfig } from '../support/test-app';

const [sqlite] = testDatabases();

describe('HTTP server', () => {
  let app: App;
  let server: RunningServer;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await sqlite.create();
    drop = db.drop;
    app = await createApp(testConfig(db.config, { nodeEnv: 'development' }));
    server = await startHttpServer(app, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await server.stop();
    await app.close();
    await drop();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers a GraphQL query against the seed data', async () => {
    const res = await post(
      JSON.stringify({ query: '{ postings(filter: { employmentType: INTERN }) { totalCount } }' }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { postings: { totalCount: 2 } } });
  });

  it('shows Apollo Sandbox to a browser in development', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<!DOCTYPE html>');
    expect(html.toLowerCase()).toContain('sandbox');
  });

  it('answers malformed JSON with 400 and an oversized body with 413', async () => {
    const bad = await post('{"query": ');
    expect(bad.status).toBe(400);
    const big = await post(JSON.stringify({ query: `{ __typename } #${'x'.repeat(1024 * 1024)}` }));
    expect(big.status).toBe(413);
  });

  it('reports liveness and database readiness', async () => {
    const base = server.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('refuses batched requests and simple GET mutations (CSRF prevention)', async () => {
    const batch = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
    const csrf = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(csrf.status).toBe(400);
  });
});
