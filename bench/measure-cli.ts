/**
 * The command line as a user runs it (`node bin/skillmatch.js`), as a child process measured from
 * outside: wall time and the peak resident memory of the whole process, worker threads included.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', ...(__dirname.includes(join('dist', 'bench')) ? ['..'] : []));
const CLI = join(ROOT, 'bin', 'skillmatch.js');

/** A finished child process as measured from outside. */
export interface ChildFigures {
  readonly code: number;
  readonly wallMs: number;
  /** Peak resident set of the process (every thread), in MB. */
  readonly peakMb: number;
  readonly stderr: string;
}

function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Runs the command line under /usr/bin/time when present; otherwise samples /proc for the peak. */
export async function measureCli(args: readonly string[], env: Record<string, string>): Promise<ChildFigures> {
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const argv = useTime ? ['-f', 'BENCHTIME %e %M', process.execPath, CLI, ...args] : [CLI, ...args];
  const started = nowMs();
  const child = spawn(command, argv, {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let sampledKb = 0;
  const sampler = useTime
    ? null
    : setInterval(() => {
        try {
          const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
          const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? /VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
          sampledKb = Math.max(sampledKb, kb);
        } catch {
          // finished between two samples
        }
      }, 20);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  if (sampler) clearInterval(sampler);
  const wallMs = nowMs() - started;
  const timed = /BENCHTIME ([\d.]+) (\d+)/.exec(stderr);
  return {
    code,
    wallMs: timed ? Number(timed[1]) * 1000 : wallMs,
    peakMb: (timed ? Number(timed[2]) : sampledKb) / 1024,
    stderr: stderr.replace(/BENCHTIME.*\n?/, ''),
  };
}

/** The command's one-line summary on standard error ("read ...", "imported ...", "wrote ..."). */
export function summaryLine(stderr: string): string {
  return (
    stderr.split('\n').find((l) => l.startsWith('read ') || l.startsWith('imported ') || l.startsWith('wrote ')) ?? ''
  );
}

/** Throws with the command's standard error when it failed. */
export function check(figures: ChildFigures, what: string): void {
  if (figures.code !== 0) throw new Error(`${what} failed with exit code ${figures.code}:\n${figures.stderr}`);
}
