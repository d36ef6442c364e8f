import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Which rows a keyset page holds: those with an id above `afterId`, `first` of them. */
export interface KeysetRequest {
  readonly first: number;
  readonly afterId: number;
}

/**
 * One page of `query` in id order after `afterId`, with one row more than asked for (so the
 * caller learns whether more follow), and how many rows the whole query matches. Paging by key
 * instead of OFFSET keeps a deep page as cheap as the first one.
 */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  req: KeysetRequest,
): Promise<{ rows: T[]; totalCount: number }> {
  const id = `${query.alias}.id`;
  const [rows, totalCount] = await Promise.all([
    query
      .clone()
      .andWhere(`${id} > :keysetAfterId`, { keysetAfterId: req.afterId })
      .orderBy(id, 'ASC')
      .limit(req.first + 1)
      .getMany(),
    query.clone().getCount(),
  ]);
  return { rows, totalCount };
}
