import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', ...(__dirname.includes(join('dist', 'src')) ? ['..'] : []));

/** Where `npm run build` puts the web app (scripts/build-web.ts). */
export const WEB_DIR = join(ROOT, 'dist', 'web');

/**
 * Strict: scripts, styles and fetches from this origin only, no inline script or style, no
 * frames, no plugins, no forms posting elsewhere. `blob:` only for the CSV download link.
 */
export const WEB_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const FILES: Readonly<Record<string, { file: string; type: string; cache: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8', cache: 'no-cache' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8', cache: 'no-cache' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8', cache: 'no-cache' },
  '/app.css': { file: 'app.css', type: 'text/css; charset=utf-8', cache: 'no-cache' },
};

/**
 * The web app's few files, from memory after the first read. Only the paths above are served (no
 * path from the request ever reaches the file system). Returns false for any other path.
 */
export function createStaticApp(
  dir = WEB_DIR,
): (path: string, method: string, res: ServerResponse) => Promise<boolean> {
  const cache = new Map<string, Buffer>();
  return async (path, method, res) => {
    const entry = FILES[path];
    if (!entry) return false;
    const headers = {
      'content-security-policy': WEB_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    };
    if (method !== 'GET' && method !== 'HEAD') {
      res
        .writeHead(405, { ...headers, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
        .end('Method not allowed\n');
      return true;
    }
    let body = cache.get(entry.file);
    if (!body) {
      try {
        body = await readFile(join(dir, entry.file));
      } catch {
        res
          .writeHead(503, { ...headers, 'content-type': 'text/plain; charset=utf-8' })
          .end('The web app is not built: run `npm run build`. The API is at /graphql.\n');
        return true;
      }
      cache.set(entry.file, body);
    }
    res.writeHead(200, {
      ...headers,
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': entry.cache,
    });
    res.end(method === 'HEAD' ? undefined : body);
    return true;
  };
}
