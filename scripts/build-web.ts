/**
 * Builds the web app (web/) into dist/web: one bundle (esbuild, the page's queries from
 * examples/*.graphql inlined as text), one stylesheet and the HTML shell. `npm run build` runs it;
 * the e2e tests call buildWeb() themselves.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(__dirname, '..', ...(__dirname.includes(join('dist', 'scripts')) ? ['..'] : []));
export const WEB_OUT = join(ROOT, 'dist', 'web');

export async function buildWeb(outDir = WEB_OUT): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'web', 'src', 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    loader: { '.graphql': 'text' },
    outfile: join(outDir, 'app.js'),
    logLevel: 'warning',
    legalComments: 'none',
  });
  copyFileSync(join(ROOT, 'web', 'index.html'), join(outDir, 'index.html'));
  copyFileSync(join(ROOT, 'web', 'app.css'), join(outDir, 'app.css'));
}

if (require.main === module) {
  buildWeb().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
