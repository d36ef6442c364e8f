import { Writable } from 'node:stream';
import { createLogger } from '../../src/logging/logger';

/** A logger whose JSON lines land in `lines`, for tests that read what the service logged. */
export function capturingLogger(): { logger: ReturnType<typeof createLogger>; lines: Record<string, any>[] } {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level: 'info' }, sink), lines };
}
