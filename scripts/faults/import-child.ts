/**
 * Child process of the kill-mid-import scenario: opens the database named by DATABASE_URL and
 * stores COUNT synthetic candidates with one `candidates.createMany` (one transaction), printing
 * `{"event":"importing"}` just before and `{"event":"committed"}` after. The parent kills it
 * in between.
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { generateCandidateDrafts } from '../../src/domain/synthetic/generate-candidates';

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..', ...(__dirname.includes(join('dist', 'scripts')) ? ['..'] : []));
  const config = loadConfig(
    { LOG_LEVEL: 'silent', SKILLMATCH_SEED: 'false', ...process.env },
    { dataDir: join(root, 'data') },
  );
  const app = await createApp(config);
  const count = Number(process.env.IMPORT_COUNT ?? 100_000);
  const drafts = [...generateCandidateDrafts(app.services.taxonomy.current(), { count, seed: 4242 })];
  const emit = (event: object) => process.stdout.write(`${JSON.stringify(event)}\n`);
  emit({ event: 'importing', count });
  const started = Date.now();
  const ids = await app.services.candidates.createMany(drafts);
  emit({ event: 'committed', count: ids.length, ms: Date.now() - started });
  await app.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
