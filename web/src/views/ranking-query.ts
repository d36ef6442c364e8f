import type { Connection, RankRow, Weights } from '../types';

/** Rows per page of the ranking view. */
export const PAGE = 20;

export type RankingPage = { rankCandidates: Connection<RankRow> };

/** What the ranking view asks the API for besides the page: filters and what-if weights. */
export interface RankingFilters {
  qualifiedOnly: boolean;
  minScore: number;
  /** null until the first answer echoes the posting's own weights; then what the sliders say. */
  weights: {
    requiredWeight: number;
    preferredWeight: number;
    educationWeight: number;
    categoryWeights: Record<string, number>;
  } | null;
}

/** No filter, the posting's own weights. */
export const INITIAL_FILTERS: RankingFilters = {
  qualifiedOnly: false,
  minScore: 0,
  weights: null,
};

/** The GraphQL variables of the filters and weights. */
export function variables(state: RankingFilters): Record<string, unknown> {
  const w = state.weights;
  return {
    qualifiedOnly: state.qualifiedOnly,
    minScore: state.minScore,
    weights: w && {
      requiredWeight: w.requiredWeight,
      preferredWeight: w.preferredWeight,
      educationWeight: w.educationWeight,
      categoryWeights: Object.entries(w.categoryWeights).map(([category, weight]) => ({ category, weight })),
    },
  };
}

/** The applied weights as one line, for the echo under the sliders. */
export function describeWeights(w: Weights, categories: readonly string[]): string {
  const cat = w.categoryWeights
    .filter((c) => categories.includes(c.category))
    .map((c) => `${c.category.toLowerCase()} ${c.weight}`);
  return [
    `required ${w.requiredWeight}`,
    `preferred ${w.preferredWeight}`,
    `education ${w.educationWeight}`,
    ...cat,
  ].join(' · ');
}
