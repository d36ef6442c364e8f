/**
 * Runs the bare graphql-js baseline server as its own process (like `npm start` runs skillmatch),
 * on DATABASE_URL and PORT; logs `{"url": ...}` on stdout when it listens.
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { startBareServer } from './bare-server';

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..', ...(__dirname.includes(join('dist', 'scripts')) ? ['..'] : []));
  const config = loadConfig(
    { ...process.env, LOG_LEVEL: 'silent', SKILLMATCH_SEED: 'false' },
    { dataDir: join(root, 'data') },
  );
  const app = await createApp(config);
  const { url, server } = await startBareServer(app, config.port, config.host);
  process.stdout.write(`${JSON.stringify({ msg: 'bare graphql-js server ready', url })}\n`);
  process.on('SIGTERM', () => server.close(() => void app.close().then(() => process.exit(0))));
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
