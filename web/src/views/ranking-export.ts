import { gql } from '../api';
import { download, toCsv } from '../csv';
import { RANKING_CSV } from '../queries';
import type { Connection, Posting, RankRow } from '../types';
import { variables, type RankingFilters } from './ranking-query';

/**
 * Downloads the top `limit` rows of a posting's ranking under the given filters and weights as CSV,
 * fetched 100 rows a page; returns how many rows it wrote.
 */
export async function exportRankingCsv(
  posting: Posting,
  categories: readonly string[],
  state: RankingFilters,
  limit: number,
): Promise<number> {
  const header = [
    'rank',
    'candidate',
    'name',
    'score',
    'qualified',
    'requiredScore',
    'preferredScore',
    ...categories,
    'unsatisfied required groups',
    'summary',
  ];
  const out: (string | number | boolean | null)[][] = [header];
  let after: string | null = null;
  do {
    const data: { rankCandidates: Connection<RankRow> } = await gql(RANKING_CSV, {
      postingId: posting.id,
      first: Math.min(100, limit - out.length + 1),
      after,
      ...variables(state),
    });
    for (const { node: r } of data.rankCandidates.edges) {
      const cat = new Map(r.categories.map((c) => [c.category, c.score]));
      const unmet = r.requirements
        .filter((g) => g.status === 'NOT_MET' && g.requirement.importance === 'REQUIRED')
        .map((g) => g.requirement.label);
      out.push([
        out.length,
        r.candidateId,
        r.candidate?.name ?? null,
        r.score,
        r.qualified,
        r.requiredScore,
        r.preferredScore,
        ...categories.map((c) => cat.get(c) ?? null),
        unmet.join('; '),
        r.summary,
      ]);
    }
    after = data.rankCandidates.pageInfo.hasNextPage ? data.rankCandidates.pageInfo.endCursor : null;
  } while (after && out.length <= limit);
  download(`ranking-${posting.title.replace(/[^\w-]+/g, '-').toLowerCase()}.csv`, toCsv(out));
  return out.length - 1;
}
