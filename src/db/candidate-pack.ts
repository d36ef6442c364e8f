import type { CandidateBatch } from '../domain/matching/candidate-batch';
import { EDUCATION_LEVELS, educationRank } from '../domain/vocabulary';
import { MONTHS_SPAN, foldedSkill, sortSegment } from './candidate-fold';

/**
 * A page of candidates packed by the database into one row of three strings, for building the
 * ranking index: the ids ("id,id,..."), the skills ("id n,n,...;id n,n,...", each skill folded as
 * in candidate-fold) and the education ("id c,c;..." with c = rank * 2 + 1 when completed, unknown
 * levels left out), a candidate without skills or education absent from that list.
 *
 * One row per page, not one per candidate: the sqlite3 binding builds every result row as a JS
 * object on the event loop, and for a million candidates that cost as much as reading them. Skills
 * and education are read by range over the page's ids, grouped, rather than by a lookup per
 * candidate: a third less work for SQLite. The strings are read with one scan of character codes.
 */
export interface PackedPage {
  readonly ids: string | null;
  readonly s: string | null;
  readonly e: string | null;
}

/** Thrown when a packed page is not in id order: read it again with `ordered` SQL. */
export class UnorderedPageError extends Error {}

/** Education row `x` as its code (see PackedPage), null for a level the vocabulary does not know. */
function educationCode(postgres: boolean): string {
  const rank = `CASE x.level ${EDUCATION_LEVELS.map((l) => `WHEN '${l}' THEN ${educationRank(l)}`).join(' ')} END`;
  return `${rank} * 2 + ${postgres ? `(x.status = 'COMPLETED')::int` : `(x.status = 'COMPLETED')`}`;
}

/**
 * SQL for one PackedPage: up to `limit` candidates after id `after`. `ordered` states the id order
 * in every aggregate; without it SQLite concatenates in the order it reads the ranges, which is id
 * order (and unpackPage checks it), at a third less work than sorting the strings. PostgreSQL
 * may aggregate by hashing, so it is always ordered.
 */
export function packedPageSql(postgres: boolean, after: number, limit: number, ordered = postgres): string {
  const agg = (value: string, separator: string, order: string) =>
    postgres
      ? `string_agg((${value})::text, '${separator}'${ordered ? ` ORDER BY ${order}` : ''})`
      : `group_concat(${value}, '${separator}'${ordered ? ` ORDER BY ${order}` : ''})`;
  const grouped = (table: string, value: string, order: string) =>
    `(SELECT ${agg(`g.cid || ' ' || g.f`, ';', 'g.cid')} FROM (SELECT x."candidateId" AS cid, ${agg(value, ',', order)} AS f ` +
    `FROM ${table} x WHERE x."candidateId" > ${after} AND x."candidateId" <= (SELECT hi FROM span) GROUP BY x."candidateId") g)`;
  return (
    `WITH page AS (SELECT id FROM candidate WHERE id > ${after} ORDER BY id LIMIT ${limit}), ` +
    `span AS (SELECT MAX(id) AS hi FROM page) ` +
    `SELECT (SELECT ${agg('id', ',', 'id')} FROM page) AS ids, ` +
    `${grouped('candidate_skill', foldedSkill(postgres), 'x."skillId"')} AS s, ` +
    `${grouped('candidate_education', educationCode(postgres), 'x.position')} AS e`
  );
}

/** The id of the last candidate of a packed page (where the next page starts), null for an empty page. */
export function lastPackedId(page: PackedPage): number | null {
  return page.ids ? Number(page.ids.slice(page.ids.lastIndexOf(',') + 1)) : null;
}

const DIGIT_0 = 48;
const SPACE = 32;
const COMMA = 44;
const SEMICOLON = 59;

/**
 * Reads the group lists of a page ("id n,n,...;id ..."): `cid` is the id of the group at `at`
 * (Infinity past the end), `next` calls `value` for each number of that group and moves on.
 */
class Groups {
  at = 0;
  cid = -1;

  constructor(private readonly text: string) {
    this.advance(-1);
  }

  /** Skips the groups of ids below `id` (rows whose candidate the page does not hold). */
  skipTo(id: number): void {
    while (this.cid < id) this.read(() => undefined);
  }

  /** Passes each number of the current group to `value`, then moves to the next group. */
  read(value: (n: number) => void): void {
    const text = this.text;
    let n = 0;
    let digits = false;
    let i = this.at;
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i) - DIGIT_0;
      if (d >= 0 && d <= 9) {
        n = n * 10 + d;
        digits = true;
        continue;
      }
      if (!digits) throw malformed(i);
      value(n);
      n = 0;
      digits = false;
      if (d === SEMICOLON - DIGIT_0) break;
      if (d !== COMMA - DIGIT_0) throw malformed(i);
    }
    if (digits) value(n);
    else if (i >= text.length) throw malformed(i);
    this.at = i + 1;
    this.advance(this.cid);
  }

  /** Reads the id that starts the group at `at`; ids must rise (see UnorderedPageError). */
  private advance(previous: number): void {
    const text = this.text;
    if (this.at >= text.length) {
      this.cid = Number.POSITIVE_INFINITY;
      return;
    }
    let cid = 0;
    let i = this.at;
    for (; i < text.length && text.charCodeAt(i) !== SPACE; i++) {
      const d = text.charCodeAt(i) - DIGIT_0;
      if (d < 0 || d > 9) throw malformed(i);
      cid = cid * 10 + d;
    }
    if (i === this.at || i + 1 >= text.length) throw malformed(i);
    if (cid <= previous) throw new UnorderedPageError(`packed candidate page out of id order at ${cid}`);
    this.cid = cid;
    this.at = i + 1;
  }
}

function malformed(at: number): Error {
  return new Error(`malformed packed candidate page at character ${at}`);
}

/** A packed page (see PackedPage) in the ranking index's column form. */
export function unpackPage(page: PackedPage): CandidateBatch {
  const ids: string[] = [];
  const offsets: number[] = [0];
  // A folded skill is at least seven digits and a separator (skill ids start at 1): room for all.
  let room = Math.max(16, Math.ceil((page.s?.length ?? 0) / 8));
  let skillIds = new Int32Array(room);
  let months = new Int32Array(room);
  let count = 0;
  const eduCompleted: number[] = [];
  const eduInProgress: number[] = [];
  const skills = new Groups(page.s ?? '');
  const education = new Groups(page.e ?? '');
  const addSkill = (n: number): void => {
    if (count === room) [room, skillIds, months] = [room * 2, grown(skillIds, room * 2), grown(months, room * 2)];
    skillIds[count] = Math.floor(n / MONTHS_SPAN);
    months[count++] = (n % MONTHS_SPAN) - 1;
  };
  let completed = -1;
  let inProgress = -1;
  const addEducation = (code: number): void => {
    if (code % 2 === 1) completed = Math.max(completed, (code - 1) / 2);
    else inProgress = Math.max(inProgress, code / 2);
  };
  const text = page.ids ?? '';
  let previous = -1;
  for (let start = 0; start < text.length;) {
    let id = 0;
    let end = start;
    for (; end < text.length && text.charCodeAt(end) !== COMMA; end++) {
      const d = text.charCodeAt(end) - DIGIT_0;
      if (d < 0 || d > 9) throw malformed(end);
      id = id * 10 + d;
    }
    if (end === start) throw malformed(end);
    if (id <= previous) throw new UnorderedPageError(`packed candidate page out of id order at ${id}`);
    ids.push(text.slice(start, end));
    skills.skipTo(id);
    if (skills.cid === id) skills.read(addSkill);
    sortSegment(skillIds, months, offsets[offsets.length - 1], count);
    offsets.push(count);
    education.skipTo(id);
    if (education.cid === id) education.read(addEducation);
    eduCompleted.push(completed);
    eduInProgress.push(inProgress);
    completed = -1;
    inProgress = -1;
    previous = id;
    start = end + 1;
  }
  // The SQL reads no row past the page's last id: anything left is out of order.
  if (skills.cid !== Number.POSITIVE_INFINITY || education.cid !== Number.POSITIVE_INFINITY)
    throw new UnorderedPageError('packed candidate page holds rows past its last id');
  return {
    ids,
    offsets,
    skillIds: skillIds.subarray(0, count),
    months: months.subarray(0, count),
    eduCompleted,
    eduInProgress,
  };
}

function grown(column: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(column);
  return bigger;
}
