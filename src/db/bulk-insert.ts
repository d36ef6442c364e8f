import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** SQLite's default cap on bound parameters in one statement (older builds: 999). */
const MAX_PARAMS = 900;

/**
 * Multi-row INSERTs in chunks that stay under the parameter limit. `save()` is per-row and
 * superlinear on bulk writes; this is one statement per chunk.
 */
export async function insertChunked<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly Partial<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Math.max(1, Object.keys(rows[0]).length);
  const size = Math.max(1, Math.floor(MAX_PARAMS / perRow));
  for (let i = 0; i < rows.length; i += size) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + size) as never)
      .updateEntity(false)
      .execute();
  }
}
