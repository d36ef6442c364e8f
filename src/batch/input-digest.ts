import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Store } from '../cli/open-app';

/**
 * A sha256 that identifies the candidates a batch run scored, for its audit record: the bytes of
 * the input files, or for the database every candidate's id and last change. Standard input cannot
 * be read twice, so it is identified by what was read from it.
 */
export async function candidateInputDigest(
  store: Store,
  input: string,
  paths: readonly string[],
  linesRead: number,
): Promise<string> {
  const hash = createHash('sha256');
  if (input === 'db') {
    const rows = (await store.dataSource.query('SELECT id, "updatedAt" FROM candidate ORDER BY id')) as {
      id: number;
      updatedAt: unknown;
    }[];
    for (const r of rows) hash.update(`${r.id}:${String(r.updatedAt)}\n`);
  } else if (input === '-') {
    hash.update(`stdin:${linesRead}`);
  } else {
    for (const path of paths) {
      hash.update(`${path}\n`);
      for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    }
  }
  return hash.digest('hex');
}
