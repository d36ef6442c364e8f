import 'reflect-metadata';
import { join } from 'node:path';
import { type App, createApp } from '../app';
import { loadConfig } from '../config/config';

/** The project root, from src/cli (ts-node) or dist/src/cli (compiled). */
export const PROJECT_ROOT = join(__dirname, '..', '..', ...(__dirname.includes(`${join('dist', 'src')}`) ? ['..'] : []));

/**
 * Opens the same app the service runs (same configuration: DATABASE_URL and friends), for the
 * commands that read or write the database. Logs stay quiet; commands print their own output.
 */
export async function openApp(): Promise<App> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...process.env }, { dataDir: join(PROJECT_ROOT, 'data') });
  return createApp(config);
}

/** Runs `work` with an open app and always closes it. */
export async function withApp<T>(work: (app: App) => Promise<T>): Promise<T> {
  const app = await openApp();
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
