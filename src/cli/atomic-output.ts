// Kept over write-file-atomic: it takes the whole content in one writeFile call (data: string or
// Buffer), whereas `generate-candidates --count 1000000` streams a million profiles with backpressure;
// its 8.x also needs Node 22 (engines ^22.22.2 || ^24.15.0 || >=26); this project supports Node >=20.
// The sweep of temporaries left by a killed run (removeStaleTemps) has no counterpart there.
import { randomBytes } from 'node:crypto';
import { type WriteStream, createWriteStream } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

/**
 * Where a command writes its result: standard output, or a file that appears whole or not at
 * all. A file is written to a temporary name next to it (same directory, so the final rename is
 * atomic) and renamed on `commit`; `abort` removes the temporary file, so a stopped or failed
 * run never leaves a half-written output behind, and the next run to the same path removes what
 * a killed one could not.
 */
export class AtomicOutput {
  private closed = false;

  private constructor(
    private readonly stream: Writable,
    readonly path: string | null,
    readonly tempPath: string | null,
  ) {}

  /** Opens the output now, so an unwritable destination fails before any work is done. */
  static async open(path: string | null | undefined): Promise<AtomicOutput> {
    if (!path) return new AtomicOutput(process.stdout, null, null);
    await removeStaleTemps(path);
    const tempPath = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const stream = createWriteStream(tempPath, { flags: 'wx' });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    return new AtomicOutput(stream, path, tempPath);
  }

  /** Writes text, waiting when the destination is behind (so a big output never piles up in memory). */
  async write(text: string): Promise<void> {
    if (text.length === 0) return;
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve, reject) => {
        const onError = (err: Error): void => {
          this.stream.off('drain', onDrain);
          reject(err);
        };
        const onDrain = (): void => {
          this.stream.off('error', onError);
          resolve();
        };
        this.stream.once('drain', onDrain);
        this.stream.once('error', onError);
      });
    }
  }

  /** Finishes the output: the file gets its final name. */
  async commit(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.tempPath === null) return;
    await this.end();
    await rename(this.tempPath, this.path!);
  }

  /** Gives the output up: the temporary file is removed, an existing file at the path is untouched. */
  async abort(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.tempPath === null) return;
    await this.end().catch(() => undefined);
    await rm(this.tempPath, { force: true });
  }

  private end(): Promise<void> {
    const stream = this.stream as WriteStream;
    return new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.end(() => resolve());
    });
  }
}

/**
 * Temporary files a run killed outright (SIGKILL, power loss) left next to `path`: named for
 * `path` and for a process that no longer exists. A run still writing keeps its own.
 */
async function removeStaleTemps(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const match = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (match && !processAlive(Number(match[1]))) await rm(join(dirname(path), name), { force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
