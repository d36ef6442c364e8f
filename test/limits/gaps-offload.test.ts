import pino from 'pino';
import { type RunningServer, startHttpServer } from '../../src/http/server';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

/** Issue 14, finding 3: gap analysis of a large unsaved posting once held the event loop for 53 s. */
describe('gaps on a large unsaved posting', () => {
  let t: TestApp;
  let server: RunningServer;
  beforeAll(async () => {
    t = await startTestApp(testDatabases()[0], { nodeEnv: 'development' });
    server = await startHttpServer(t.app, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await server.stop({ graceMs: 1000 });
    await t.close();
  });

  it('leaves /healthz answering while it runs, and answers or names the input within its time limit', async () => {
    const names = t.app.services.taxonomy
      .current()
      .all()
      .map((s) => s.name);
    const posting = {
      title: 'Everything',
      employmentType: 'FULL_TIME',
      requirements: Array.from({ length: 50 }, (_, g) => ({
        importance: g % 2 ? 'PREFERRED' : 'REQUIRED',
        category: 'OTHER',
        label: `group ${g}`,
        minMonths: 12,
        skills: Array.from({ length: 100 }, (_, i) => names[(g * 37 + i) % names.length]),
      })),
    };
    const candidate = { name: 'Many Skills', skills: names.slice(0, 200).map((name, i) => ({ name, months: i % 30 })) };
    const order: string[] = [];
    const slow = fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.keys.RECRUITER.key}` },
      body: JSON.stringify({
        query:
          'query($p: CreatePostingInput!, $c: CreateCandidateInput!) { matchPreview(posting: { posting: $p }, candidate: { candidate: $c }) { score gaps(limit: 1) { skill { name } score } } }',
        variables: { p: posting, c: candidate },
      }),
    }).then(async (r) => {
      order.push('gaps');
      return (await r.json()) as any;
    });
    await new Promise((r) => setTimeout(r, 300));
    const health = await fetch(server.url.replace('/graphql', '/healthz')).then((r) => {
      order.push('healthz');
      return r.status;
    });
    expect(health).toBe(200);
    const body = await slow;
    expect(order).toEqual(['healthz', 'gaps']);
    if (body.errors) {
      expect(body.errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'WORK_TOO_LONG',
        field: 'limit',
      });
    } else {
      expect(body.data.matchPreview.gaps.length).toBeLessThanOrEqual(1);
    }
  }, 120_000);
});
