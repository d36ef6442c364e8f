import { type ChildProcess, fork, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const ROOT = join(__dirname, '..', '..', '..');
const TS_NODE = ['--require', 'ts-node/register/transpile-only'];
const TS_ENV = { TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') };

/**
 * A Node process that runs command lines in turn (cli-host.ts), so a test file pays the
 * TypeScript start-up once rather than per command.
 */
export class CliHost {
  private readonly child: ChildProcess;
  private readonly waiting = new Map<number, (run: CliRun) => void>();
  private next = 0;

  constructor() {
    this.child = fork(join(__dirname, 'cli-host.ts'), [], {
      cwd: ROOT,
      execArgv: TS_NODE,
      env: { ...process.env, ...TS_ENV },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (reply: CliRun & { id: number }) => {
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    });
  }

  run(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
    const id = ++this.next;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.child.send({ id, args, env });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill();
    });
  }
}

/** The command line as its own process (TypeScript sources through ts-node, like the compiled bin). */
export function spawnCli(args: readonly string[], env: Record<string, string> = {}) {
  return spawn(process.execPath, [...TS_NODE, join(__dirname, 'cli-entry.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, ...TS_ENV },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Waits for a spawned command line to end. */
export function finished(child: ReturnType<typeof spawnCli>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? -1 : 0), stdout, stderr }));
  });
}

/** Minimal RFC 4180 reader for checking the CSV the command writes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
