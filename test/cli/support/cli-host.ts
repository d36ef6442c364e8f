import { runCli } from '../../../src/cli/main';

/**
 * Runs command lines sent over IPC, one at a time, with standard output and error captured, and
 * answers with the exit code and both outputs. Jest cannot load the command line itself
 * (commander is an ES module), so the tests drive it in this real Node process instead.
 */
interface Request {
  readonly id: number;
  readonly args: readonly string[];
  readonly env: Record<string, string>;
}

let queue = Promise.resolve();

process.on('message', (request: Request) => {
  queue = queue.then(async () => {
    const saved = { ...process.env };
    Object.assign(process.env, request.env);
    const out: string[] = [];
    const err: string[] = [];
    const text = (chunk: string | Uint8Array): string =>
      typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const stdoutWrite = process.stdout.write;
    const stderrWrite = process.stderr.write;
    const consoleError = console.error;
    process.stdout.write = ((chunk: string | Uint8Array) => out.push(text(chunk)) > 0) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string | Uint8Array) => err.push(text(chunk)) > 0) as typeof process.stderr.write;
    console.error = (...parts: unknown[]) => void err.push(`${parts.join(' ')}\n`);
    let code: number;
    try {
      code = await runCli(['node', 'skillmatch', ...request.args]);
    } finally {
      process.stdout.write = stdoutWrite;
      process.stderr.write = stderrWrite;
      console.error = consoleError;
      process.exitCode = 0;
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
    process.send!({ id: request.id, code, stdout: out.join(''), stderr: err.join('') });
  });
});
