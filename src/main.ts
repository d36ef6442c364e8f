import 'reflect-metadata';
import { join } from 'node:path';
import { createApp } from './app';
import { loadConfig } from './config/config';
import { DEFAULT_GRACE_MS, startHttpServer } from './http/server';
import { createLogger } from './logging/logger';

/** After SIGTERM the process is gone by then, whatever is still running. */
const HARD_DEADLINE_MS = 9500;

/**
 * Starts the service: `npm start`. SIGTERM or SIGINT stops it gracefully: no new connections,
 * in-flight requests finish (up to 8 s), the database closes, exit 0; a hard deadline ends the
 * process within 10 s of the signal no matter what.
 */
async function main(): Promise<void> {
  // dist/src/main.js when built, src/main.ts under ts-node (the load and fault scripts).
  const root = join(__dirname, '..', ...(__dirname.includes(join('dist', 'src')) ? ['..'] : []));
  const config = loadConfig(process.env, { dataDir: join(root, 'data') });
  const logger = createLogger({ level: config.logLevel });
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception');
    process.exit(1);
  });
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled promise rejection'));

  const app = await createApp(config, {
    issueAdminKey: true,
    logger,
    onAuditError: (err) => logger.error({ err }, 'audit write failed; its scoring requests were refused'),
  });
  if (app.firstAdminKey) {
    // A secret: shown once, on stdout as a plain banner, never in a structured log line.
    process.stdout.write(
      `\n==== skillmatch: no active ADMIN API key, so one was created ====\n` +
        `  ${app.firstAdminKey}\n` +
        `Store it now: it is not shown again (only its hash is kept). Send it as "Authorization: Bearer <key>".\n` +
        `Set SKILLMATCH_ADMIN_KEY to choose the first admin key instead; \`npx skillmatch keys create --role admin\` makes more.\n\n`,
    );
    logger.warn('created the first ADMIN key (printed once above, on stdout)');
  }
  logger.info(
    { database: config.database.type, taxonomyVersion: app.seed.taxonomyVersion, seeded: app.seed },
    'database ready',
  );
  // The first page of the newest postings' rankings, ready before the first person asks (bounded).
  const warmStarted = Date.now();
  const warmed = await app.services.matching.warm({ budgetMs: 2000, rows: 20 });
  logger.info({ postings: warmed, durationMs: Date.now() - warmStarted }, 'rankings warmed');
  const server = await startHttpServer(app, logger);
  logger.info({ url: server.url, nodeEnv: config.nodeEnv }, `skillmatch GraphQL API ready at ${server.url}`);

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    const deadline = setTimeout(() => {
      logger.error({ signal, deadlineMs: HARD_DEADLINE_MS }, 'shutdown deadline passed: exiting now');
      process.exit(1);
    }, HARD_DEADLINE_MS);
    deadline.unref();
    logger.info({ signal, inFlight: server.inFlight }, 'shutting down: draining in-flight requests');
    try {
      const report = await server.stop({ graceMs: DEFAULT_GRACE_MS });
      await app.close();
      logger.info({ signal, ...report }, 'stopped');
      process.exit(0);
    } catch (err) {
      logger.error({ err, signal }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
