import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { countLines } from './chunk-processor';

/** Whole lines of a file, as one batch of bytes. */
export interface LineChunk {
  /** Number of the chunk's first line (1-based). */
  readonly firstLine: number;
  readonly lineCount: number;
  /** Whole lines; the chunk owns its ArrayBuffer, so it can be transferred to a worker. */
  readonly bytes: Uint8Array;
}

const NEWLINE = 10;

/** A fresh buffer of its own (not a view into a pool or a bigger buffer) holding `parts`. */
function ownedCopy(parts: readonly Buffer[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part.subarray(0, Math.min(part.length, length - at)), at);
    at += part.length;
    if (at >= length) break;
  }
  return out;
}

/**
 * Streams a file (or a stream such as standard input) as chunks of about `chunkBytes` bytes cut at line ends, numbering lines as it
 * goes. Only the chunk being assembled is held, so memory does not grow with the file; the
 * consumer's pace is the reading pace (a for-await loop pauses the stream).
 */
export async function* readLineChunks(
  input: string | Readable,
  chunkBytes: number,
  signal?: AbortSignal,
): AsyncGenerator<LineChunk> {
  const stream =
    typeof input === 'string'
      ? createReadStream(input, { highWaterMark: Math.min(chunkBytes, 1 << 20), signal })
      : input;
  if (typeof input !== 'string' && signal) {
    // A pipe (standard input) stops on abort too; the caller sees the abort, not a short input.
    const stop = (): void => void input.destroy();
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  }
  let parts: Buffer[] = [];
  let pending = 0;
  let nextLine = 1;
  const emit = (length: number, tail: Buffer | null): LineChunk => {
    const bytes = ownedCopy(parts, length);
    parts = tail && tail.length > 0 ? [tail] : [];
    pending = tail ? tail.length : 0;
    const chunk = { firstLine: nextLine, lineCount: countLines(bytes), bytes };
    nextLine += chunk.lineCount;
    return chunk;
  };
  for await (const data of stream as AsyncIterable<Buffer>) {
    parts.push(data);
    pending += data.length;
    if (pending < chunkBytes) continue;
    const cut = data.lastIndexOf(NEWLINE) + 1;
    if (cut === 0) continue;
    // The copy owns its bytes, so the tail may stay a view of the stream's buffer.
    yield emit(pending - data.length + cut, data.subarray(cut));
  }
  if (pending > 0) yield emit(pending, null);
}
