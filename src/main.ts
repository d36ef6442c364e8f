import 'reflect-metadata';
import { join } from 'node:path';
import pino from 'pino';
import { createApp } from './app';
import { loadConfig } from './config/config';
import { startHttpServer } from './http/server';

/** Starts the service: `npm start`. */
async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const config = loadConfig(process.env, { dataDir: join(root, 'data') });
  const logger = pino({ level: config.logLevel, base: { service: 'skillmatch' } });
  const app = await createApp(config);
  logger.info(
    { database: config.database.type, taxonomyVersion: app.seed.taxonomyVersion, seeded: app.seed },
    'database ready',
  );
  const server = await startHttpServer(app, logger);
  logger.info(`skillmatch GraphQL API ready at ${server.url}`);

  const shutdown = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'shutting down');
    await server.stop();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
