import { type Hash, createHash } from 'node:crypto';
import type { CandidateSpec } from '../domain/matching/profiles';

/**
 * A sha256 that identifies the candidates a batch run read, for its audit record, fed while
 * they are read (the input is never read a second time: standard input cannot be, and a file
 * could have changed): the bytes of a .jsonl stream, the bytes of each file of a list, or the
 * profile of every candidate streamed from the database.
 */
export class InputDigest {
  private readonly stream = createHash('sha256');
  /** Files of a list may be read out of order (résumé documents in threads): combined in list order. */
  private readonly files = new Map<string, string>();

  /** The next bytes of a stream read in order (a .jsonl file or standard input). */
  bytes(chunk: Uint8Array): void {
    this.stream.update(chunk);
  }

  /** One whole file of a list. */
  file(path: string, content: Uint8Array): void {
    this.files.set(path, createHash('sha256').update(content).digest('hex'));
  }

  /** Candidates as the database gave them, in id order. */
  specs(batch: readonly CandidateSpec[]): void {
    for (const spec of batch) this.stream.update(`${JSON.stringify(spec)}\n`);
  }

  /** The digest of everything fed so far; `paths` is the list whose files were fed with `file`. */
  hex(paths: readonly string[] = []): string {
    const all: Hash = createHash('sha256').update(this.stream.digest('hex'));
    // A file the run could not read (too large, gone) counts as absent, by name.
    for (const path of paths) all.update(`\n${path}:${this.files.get(path) ?? '-'}`);
    return all.digest('hex');
  }
}
