import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WEB_CSP, createStaticApp } from '../../src/http/static-app';

describe('the web app files', () => {
  let dir: string;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sm-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    const serve = createStaticApp(dir);
    const missing = createStaticApp(join(dir, 'nope'));
    server = createServer((req, res) => {
      const path = new URL(req.url!, 'http://x').pathname;
      const handler = path.startsWith('/missing') ? missing : serve;
      void handler(path.replace(/^\/missing/, '') || '/', req.method!, res).then(
        (served) => served || res.writeHead(404).end(),
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page and its bundle with a strict Content-Security-Policy', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(WEB_CSP);
    expect(WEB_CSP).toContain("script-src 'self'");
    expect(WEB_CSP).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>t</title>');
    const js = await fetch(`${base}/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves only its own files: nothing from a path in the request', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/app.js.map', '/index.htm']) {
      expect((await fetch(`${base}${path}`)).status).toBe(404);
    }
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });

  it('says the app is not built rather than failing', async () => {
    const res = await fetch(`${base}/missing/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });
});
