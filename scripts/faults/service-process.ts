import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT, nodeScript } from './node-script';

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Date.now() at exit. */
  readonly at: number;
}

/** The service (`src/main.ts`, or another server entry point) running as a child process. */
export interface ServiceProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Its JSON log lines so far (stdout), unless they go to a log file. */
  readonly logs: Record<string, unknown>[];
  /** Its standard error so far. */
  readonly stderr: string[];
  readonly exited: Promise<Exit>;
  /** Kills it if still running (cleanup). */
  dispose(): Promise<void>;
}

export interface ServiceOptions {
  /** The entry point, relative to the project root (default the service, src/main.ts). */
  readonly script?: string;
  /**
   * Send stdout to this file instead of reading it here: under load the parent (the load
   * generator) must not spend its CPU parsing the server's log.
   */
  readonly logFile?: string;
  readonly timeoutMs?: number;
}

function parseLine(line: string): Record<string, unknown> {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return { msg: line };
  }
}

/**
 * Load and fault scenarios measure the service, not its rate limits (one address sends
 * everything): off unless a scenario's `env` turns them on, as the attack scenario does.
 */
const RATE_LIMITS_OFF = {
  SKILLMATCH_RATE_LIMIT_ANONYMOUS: '0',
  SKILLMATCH_RATE_LIMIT_KEYED: '0',
  SKILLMATCH_COST_BUDGET_ANONYMOUS: '0',
  SKILLMATCH_COST_BUDGET_KEYED: '0',
};

/** Starts a server process with `env` on a free port and resolves once it logs its URL. */
export async function startServiceProcess(
  env: Record<string, string>,
  options: ServiceOptions = {},
): Promise<ServiceProcess> {
  const { command, args } = nodeScript(options.script ?? 'src/main.ts');
  const logFd = options.logFile ? openSync(options.logFile, 'a') : undefined;
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SKILLMATCH_DATA_DIR: `${PROJECT_ROOT}/data`,
      ...RATE_LIMITS_OFF,
      ...env,
    },
    stdio: ['ignore', logFd ?? 'pipe', 'pipe'],
  });
  if (logFd !== undefined) closeSync(logFd);
  const logs: Record<string, unknown>[] = [];
  const stderr: string[] = [];
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  const timeoutMs = options.timeoutMs ?? 120_000;
  const url = await new Promise<string>((resolve, reject) => {
    let poll: NodeJS.Timeout | undefined;
    const timer = setTimeout(
      () => fail(new Error(`server not ready after ${timeoutMs} ms: ${stderr.slice(-5).join(' | ')}`)),
      timeoutMs,
    );
    const done = (found: string) => {
      clearTimeout(timer);
      clearInterval(poll);
      resolve(found.replace('localhost', '127.0.0.1'));
    };
    function fail(err: Error) {
      clearTimeout(timer);
      clearInterval(poll);
      reject(err);
    }
    if (options.logFile) {
      const file = options.logFile;
      poll = setInterval(() => {
        const entry = readFileSync(file, 'utf8')
          .split('\n')
          .map(parseLine)
          .find((e) => typeof e.url === 'string');
        if (entry) done(entry.url as string);
      }, 50);
    } else {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const entry = parseLine(line);
        logs.push(entry);
        if (typeof entry.url === 'string') done(entry.url);
      });
    }
    void exited.then((exit) =>
      fail(
        new Error(`server exited (${exit.code ?? exit.signal}) before it was ready: ${stderr.slice(-5).join(' | ')}`),
      ),
    );
  });
  return {
    url,
    child,
    logs,
    stderr,
    exited,
    async dispose() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}
