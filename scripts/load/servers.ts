import { join } from 'node:path';
import type { SqliteFixture } from '../faults/fixtures';
import { type ServiceProcess, startServiceProcess } from '../faults/service-process';

export type ServerKind = 'skillmatch' | 'bare graphql-js';

/**
 * Starts one of the two servers under test as its own process on the fixture's database:
 * skillmatch as `npm start` runs it (production, info-level JSON logs to a file), or the bare
 * graphql-js baseline on the same data.
 */
export function startServer(kind: ServerKind, db: SqliteFixture): Promise<ServiceProcess> {
  return startServiceProcess(db.env, {
    script: kind === 'skillmatch' ? 'src/main.ts' : 'scripts/load/bare-server-main.ts',
    logFile: join(db.dir, `${kind === 'skillmatch' ? 'skillmatch' : 'bare'}.log`),
  });
}

/** Stops a server started by startServer (SIGTERM, then waits). */
export async function stopServer(server: ServiceProcess): Promise<void> {
  server.child.kill('SIGTERM');
  await Promise.race([server.exited, new Promise((r) => setTimeout(r, 12_000))]);
  await server.dispose();
}
