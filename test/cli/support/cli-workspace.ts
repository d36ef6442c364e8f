import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliHost, type CliRun } from './run-cli';

/** A temporary directory, the SQLite database the command line uses in it, and `cli` to run commands. */
export interface CliWorkspace {
  readonly dir: string;
  readonly dbPath: string;
  cli(...args: string[]): Promise<CliRun>;
}

/**
 * Sets up, for the enclosing describe block, a fresh directory with its own database path and one
 * CLI host process; both are removed after the block. The database appears on the first command
 * that opens it.
 */
export function cliWorkspace(): CliWorkspace {
  let dir = '';
  let env: Record<string, string> = {};
  let host: CliHost | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sm-cli-'));
    env = { DATABASE_URL: `sqlite:${join(dir, 'db', 'cli.sqlite')}`, LOG_LEVEL: 'silent' };
    host = new CliHost();
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    get dbPath() {
      return join(dir, 'db', 'cli.sqlite');
    },
    cli: (...args) => host!.run(args, env),
  };
}
