/** The shapes the page's queries return (see examples/web-*.graphql). */
export interface Skill {
  id?: string;
  name: string;
  category?: string;
}

export interface Group {
  id?: string;
  importance: 'REQUIRED' | 'PREFERRED';
  category: string;
  label: string;
  minMatches: number;
  minMonths: number | null;
  weight?: number;
  /** false: the text asks for it but no profile can show it; shown, never scored. Absent means true. */
  assessable?: boolean;
  skills: Skill[];
}

export interface Posting {
  id: string;
  title: string;
  company: string | null;
  employmentType: string;
  locations: string[];
  datePosted: string | null;
  description?: string;
  education: { level: string; required: boolean } | null;
  requirements: Group[];
}

export interface Weights {
  requiredWeight: number;
  preferredWeight: number;
  educationWeight: number;
  categoryWeights: { category: string; weight: number }[];
}

export interface RankRow {
  candidateId: string;
  score: number | null;
  qualified: boolean | null;
  requiredScore: number;
  preferredScore: number | null;
  summary: string;
  candidate: { id: string; name: string; headline: string | null } | null;
  categories: { category: string; score: number | null }[];
  weights: Weights;
  education: { outcome: string; requiredLevel: string | null; candidateLevel: string | null; required: boolean };
  requirements: {
    requirement: {
      id: string;
      importance: string;
      category: string;
      label: string;
      minMatches: number;
      minMonths: number | null;
    };
    /** MET, NOT_MET, or NOT_ASSESSABLE (shown, never scored). */
    status: string;
    satisfied: boolean;
    credit: number;
    monthsShort: number | null;
    monthsUnknown: boolean;
    matched: { skill: Skill; via: Skill; kind: string; months: number | null }[];
    missing: Skill[];
  }[];
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor?: string; node: T }[];
}
