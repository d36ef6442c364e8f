import type { CandidateSpec } from '../domain/matching/profiles';
import type { EducationLevel, EducationStatus } from '../domain/vocabulary';

/**
 * The folded form of a candidate's skills and education: one string per candidate, read in the
 * same row as the candidate. A million candidates hold some ten million skill rows, and
 * materializing each as a JS object dominated building the ranking index.
 *
 * A skill folds to one integer, skillId * 2^20 + (months + 1), 0 in the low part when months are
 * unknown: SQLite spent most of the read formatting and concatenating text per row (three fields
 * joined by ':' took 2.6 times as long as one number). Months are whole numbers the draft rules
 * keep far below 2^20 - 1. A skill's level is not folded: matching never reads it.
 */
export const MONTHS_SPAN = 1_048_576;

/** Skill row `x` folded to its one integer (see above). */
export function foldedSkill(postgres: boolean): string {
  return postgres
    ? `x."skillId"::bigint * ${MONTHS_SPAN} + COALESCE(x.months + 1, 0)`
    : `x."skillId" * ${MONTHS_SPAN} + IFNULL(x.months + 1, 0)`;
}

/** A correlated subquery folding candidate `c`'s skills into "n,n,..." in skill id order. */
function foldedSkills(postgres: boolean): string {
  const agg = postgres
    ? `string_agg((${foldedSkill(true)})::text, ',' ORDER BY x."skillId")`
    : // SQLite folds in the order it reads the clustered (candidateId, skillId) key.
      `group_concat(${foldedSkill(false)})`;
  return `SELECT ${agg} FROM candidate_skill x WHERE x."candidateId" = c.id`;
}

/** A correlated subquery folding candidate `c`'s education into "level:status,..." in position order. */
function foldedEducation(postgres: boolean): string {
  const agg = postgres
    ? `string_agg(x.level || ':' || x.status, ',' ORDER BY x.position)`
    : `group_concat(x.level || ':' || x.status, ',')`;
  return `SELECT ${agg} FROM candidate_education x WHERE x."candidateId" = c.id`;
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
    `SELECT c.id AS id, (${foldedSkills(postgres)}) AS s, (${foldedEducation(postgres)}) AS e ` +
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
  const skillIds: number[] = [];
  const months: number[] = [];
  readSkills(folded, skillIds, months);
  return skillIds.map((skillId, i) => ({ skillId, months: months[i] < 0 ? null : months[i] }));
}

/** Appends one candidate's folded skills to the two columns, in skill id order, months -1 when unknown. */
function readSkills(folded: string | null | undefined, skillIds: number[], months: number[]): void {
  const first = skillIds.length;
  // A hand-written scan: this runs for every one of millions of candidates when the index is built.
  let start = 0;
  while (folded && start < folded.length) {
    let end = folded.indexOf(',', start);
    if (end < 0) end = folded.length;
    const packed = Number(folded.slice(start, end));
    skillIds.push(Math.floor(packed / MONTHS_SPAN));
    months.push((packed % MONTHS_SPAN) - 1);
    start = end + 1;
  }
  sortSegment(skillIds, months, first, skillIds.length);
}

/** Puts one candidate's skills (from `first` to `end`) in skill id order; the database almost always has. */
export function sortSegment(skillIds: Column, months: Column, first: number, end: number): void {
  for (let i = first + 1; i < end; i++) {
    if (skillIds[i - 1] <= skillIds[i]) continue;
    const order = Array.from({ length: end - first }, (_, k) => first + k).sort((a, b) => skillIds[a] - skillIds[b]);
    const [ids, ms] = [order.map((k) => skillIds[k]), order.map((k) => months[k])];
    order.forEach((_, k) => {
      skillIds[first + k] = ids[k];
      months[first + k] = ms[k];
    });
    return;
  }
}

/** A writable column of numbers: a plain or a typed array. */
type Column = { [index: number]: number };
