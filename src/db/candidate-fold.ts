import type { CandidateSpec } from '../domain/matching/profiles';
import type { EducationLevel, EducationStatus, SkillLevel } from '../domain/vocabulary';

/**
 * The folded form of a candidate's skills and education: one string per candidate ("a:b:c,...")
 * read in the same row as the candidate. A million candidates hold some ten million skill rows,
 * and materializing each as a JS object dominated building the ranking index.
 */
interface Fold {
  readonly table: string;
  readonly parts: readonly string[];
  readonly order: string;
}

const SKILL_FOLD: Fold = {
  table: 'candidate_skill',
  parts: ['x."skillId"', 'x.months', 'x.level'],
  order: 'x."skillId"',
};
const EDUCATION_FOLD: Fold = { table: 'candidate_education', parts: ['x.level', 'x.status'], order: 'x.position' };

/** A correlated subquery folding the rows of `fold.table` of candidate `c` into "a:b:c,..." in `fold.order`. */
function folded(postgres: boolean, fold: Fold): string {
  const text = fold.parts.map((p) => (postgres ? `COALESCE(${p}::text, '')` : `IFNULL(${p}, '')`)).join(` || ':' || `);
  // SQLite folds in the order it reads the (candidateId, ...) index; PostgreSQL is told.
  const agg = postgres ? `string_agg(${text}, ',' ORDER BY ${fold.order})` : `group_concat(${text}, ',')`;
  return `SELECT ${agg} FROM ${fold.table} x WHERE x."candidateId" = c.id`;
}

/** One row of `foldedCandidatesSql`. */
export interface FoldedCandidate {
  readonly id: number;
  readonly s: string | null;
  readonly e: string | null;
}

/** SQL for up to `limit` candidates after id `after`, in id order, skills and education folded. */
export function foldedCandidatesSql(postgres: boolean, after: number, limit: number): string {
  return (
    `SELECT c.id AS id, (${folded(postgres, SKILL_FOLD)}) AS s, (${folded(postgres, EDUCATION_FOLD)}) AS e ` +
    `FROM candidate c WHERE c.id > ${after} ORDER BY c.id LIMIT ${limit}`
  );
}

/** The matcher's view of one candidate from its folded row. */
export function unfoldCandidate(row: FoldedCandidate): CandidateSpec {
  return { id: String(row.id), skills: unfoldSkills(row.s), education: unfoldEducation(row.e) };
}

/** The education of one candidate from its folded form. */
function unfoldEducation(folded: string | null): CandidateSpec['education'] {
  if (!folded) return [];
  return folded.split(',').map((part) => {
    const [level, status] = part.split(':');
    return { level: level as EducationLevel, status: status as EducationStatus };
  });
}

/** The skills of one candidate from their folded form, in skill id order. */
function unfoldSkills(folded: string | null | undefined): CandidateSpec['skills'] {
  if (!folded) return [];
  // A hand-written scan: this runs for every one of millions of candidates when the index is built.
  const skills: { skillId: number; months: number | null; level: SkillLevel | null }[] = [];
  let sorted = true;
  let start = 0;
  while (start < folded.length) {
    let end = folded.indexOf(',', start);
    if (end < 0) end = folded.length;
    const c1 = folded.indexOf(':', start);
    const c2 = folded.indexOf(':', c1 + 1);
    const skillId = Number(folded.slice(start, c1));
    const months = c2 === c1 + 1 ? null : Number(folded.slice(c1 + 1, c2));
    const level = end === c2 + 1 ? null : (folded.slice(c2 + 1, end) as SkillLevel);
    if (skills.length > 0 && skills[skills.length - 1].skillId > skillId) sorted = false;
    skills.push({ skillId, months, level });
    start = end + 1;
  }
  return sorted ? skills : skills.sort((a, b) => a.skillId - b.skillId);
}
