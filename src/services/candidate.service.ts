import { Brackets, In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { insertChunked } from '../db/bulk-insert';
import { purgeDeletedRows } from '../db/purge-deleted';
import { checkCandidateDraft, findDuplicateIds } from '../domain/draft-rules';
import type { CandidateDraft } from '../domain/drafts';
import type { CandidateSpec } from '../domain/matching/profiles';
import type { EducationLevel, EducationStatus, SkillLevel } from '../domain/vocabulary';
import { CandidateEducationEntity } from '../entities/candidate-education.entity';
import { CandidateSkillEntity } from '../entities/candidate-skill.entity';
import { CandidateEntity } from '../entities/candidate.entity';
import { NotFoundError, UserInputError } from './errors';
import { type Page, type PageArgs, pageRequest, toPage } from './pagination';
import { LIKE_ESCAPE, likePattern } from './sql-like';
import type { TaxonomyService } from './taxonomy.service';
import type { WriteLock } from './write-lock';

export interface CandidateFilter {
  /** Matches name or headline. */
  readonly search?: string | null;
  /** Candidates who list this skill (any spelling). */
  readonly skill?: string | null;
  readonly location?: string | null;
}

export type CandidatePatch = Partial<CandidateDraft>;

/**
 * Listeners learn of every committed change, with what the matcher needs, so the ranking index is
 * current before the mutation answers.
 */
export interface CandidateListener {
  candidatesChanged(specs: readonly CandidateSpec[]): void;
  candidateDeleted(id: number): void;
}

/** Use cases on candidates, shared by the GraphQL resolvers and the command-line tools. */
export class CandidateService {
  private readonly listeners: CandidateListener[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteLock,
    private readonly taxonomy: TaxonomyService,
  ) {}

  subscribe(listener: CandidateListener): void {
    this.listeners.push(listener);
  }

  get(id: number): Promise<CandidateEntity | null> {
    return this.dataSource.manager.findOneBy(CandidateEntity, { id });
  }

  /** Many candidates by id in one query, in input order (null where missing). */
  async getMany(ids: readonly number[]): Promise<(CandidateEntity | null)[]> {
    const rows = await this.dataSource.manager.findBy(CandidateEntity, { id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async list(args: PageArgs & { filter?: CandidateFilter | null }): Promise<Page<CandidateEntity>> {
    const req = pageRequest('candidate', args);
    const base = this.filtered(args.filter ?? {});
    const [rows, totalCount] = await Promise.all([
      base
        .clone()
        .andWhere('c.id > :afterId', { afterId: req.afterId })
        .orderBy('c.id', 'ASC')
        .limit(req.first + 1)
        .getMany(),
      base.clone().getCount(),
    ]);
    return toPage('candidate', rows, req, totalCount);
  }

  async create(draft: CandidateDraft): Promise<CandidateEntity> {
    const [id] = await this.createMany([draft]);
    return (await this.get(id))!;
  }

  /**
   * Stores many candidates in one transaction with multi-row inserts: all of them or none.
   * Given a list, every name is resolved before anything is written. Given an async stream of
   * batches (a bulk import still being read), each batch is resolved and written as it arrives,
   * inside the one transaction: an unknown name, or an error thrown by the stream itself, rolls
   * everything back. `path(i)` names the i-th candidate overall in error messages.
   */
  async createMany(
    drafts: readonly CandidateDraft[] | AsyncIterable<readonly CandidateDraft[]>,
    path = (i: number) => (Array.isArray(drafts) && drafts.length === 1 ? 'input' : `input[${i}]`),
  ): Promise<number[]> {
    const list = Array.isArray(drafts) ? (drafts as readonly CandidateDraft[]) : null;
    const resolved = list ? list.map((d, i) => this.resolveSkills(d, path(i))) : null;
    const specs: CandidateSpec[] = [];
    const keepSpecs = this.listeners.length > 0;
    const ids = await this.writes.transaction(async (m) => {
      const created: number[] = [];
      let cacheRaised = false;
      const write = async (batch: readonly CandidateDraft[], skillIds: readonly number[][]): Promise<void> => {
        if (!cacheRaised && (list === null || list.length >= BULK_ROWS) && m.connection.options.type === 'sqlite') {
          // Foreign-key and index lookups of a bulk insert thrash SQLite's default 2 MB page cache
          // (a 100,000-candidate import runs 2.5x slower); the connection keeps the larger cache.
          await m.query(`PRAGMA cache_size = -${BULK_CACHE_KIB}`);
          cacheRaised = true;
        }
        const batchIds = await insertCandidates(m, batch);
        await insertChildren(m, batch, batchIds, skillIds);
        if (keepSpecs) batch.forEach((d, i) => specs.push(specOf(batchIds[i], d, skillIds[i])));
        for (const id of batchIds) created.push(id);
      };
      if (list) {
        await write(list, resolved!);
      } else {
        const known = new Map<string, number>();
        // The next batch is requested before this one is written, so whatever the stream does to
        // produce it runs while the database works on the insert.
        const batches = (drafts as AsyncIterable<readonly CandidateDraft[]>)[Symbol.asyncIterator]();
        let next = batches.next();
        try {
          for (let step = await next; !step.done; step = await next) {
            next = batches.next();
            next.catch(() => undefined);
            const batch = step.value;
            const offset = created.length;
            await write(
              batch,
              batch.map((d, i) => resolveKnown(d, known) ?? this.resolveAndRemember(d, path(offset + i), known)),
            );
          }
        } catch (err) {
          await next.catch(() => undefined);
          await batches.return?.();
          throw err;
        }
      }
      return created;
    });
    if (keepSpecs) this.listeners.forEach((l) => l.candidatesChanged(specs));
    return ids;
  }

  /** resolveSkills, remembering each name's id for `resolveKnown`. */
  private resolveAndRemember(draft: CandidateDraft, path: string, known: Map<string, number>): number[] {
    const ids = this.resolveSkills(draft, path);
    draft.skills.forEach((s, i) => known.set(s.name, ids[i]));
    return ids;
  }

  /** Updates the given fields; `skills` or `education`, when given, replace the whole list. */
  async update(id: number, patch: CandidatePatch): Promise<CandidateEntity> {
    // Checked whole (every field's text rules) even when the skills are not replaced.
    const skillIds = this.resolveSkills(patch, 'input');
    await this.writes.transaction(async (m) => {
      if (!(await m.existsBy(CandidateEntity, { id }))) throw new NotFoundError('Candidate', String(id));
      const columns: Partial<CandidateEntity> = {};
      if (patch.name !== undefined) columns.name = patch.name;
      if (patch.email !== undefined) columns.email = patch.email;
      if (patch.headline !== undefined) columns.headline = patch.headline;
      if (patch.location !== undefined) columns.location = patch.location;
      // Always touch the row so updatedAt moves even when only skills change.
      await m.update(CandidateEntity, { id }, { ...columns, updatedAt: new Date() });
      if (patch.skills) {
        await m.delete(CandidateSkillEntity, { candidateId: id });
        await insertChunked(m, CandidateSkillEntity, skillRows(id, patch.skills, skillIds));
      }
      if (patch.education) {
        await m.delete(CandidateEducationEntity, { candidateId: id });
        await insertChunked(m, CandidateEducationEntity, educationRows(id, patch.education));
      }
    });
    if (this.listeners.length > 0) {
      const specs = await this.specsOf([id]);
      this.listeners.forEach((l) => l.candidatesChanged(specs));
    }
    return (await this.get(id))!;
  }

  /**
   * Erases the candidate with their skills and education, in one transaction, then purges the
   * deleted rows from the database files (see purgeDeletedRows) so nothing of them stays on disk.
   */
  async delete(id: number): Promise<void> {
    await this.writes.transaction(async (m) => {
      if (!(await m.existsBy(CandidateEntity, { id }))) throw new NotFoundError('Candidate', String(id));
      await m.delete(CandidateSkillEntity, { candidateId: id });
      await m.delete(CandidateEducationEntity, { candidateId: id });
      await m.delete(CandidateEntity, { id });
    });
    this.listeners.forEach((l) => l.candidateDeleted(id));
    const tables = [CandidateSkillEntity, CandidateEducationEntity, CandidateEntity].map(
      (e) => this.dataSource.getMetadata(e).tableName,
    );
    // The erasure itself is committed; a failed purge is redone by the next delete's or autovacuum.
    await this.writes.exclusive(() => purgeDeletedRows(this.dataSource, tables)).catch(() => undefined);
  }

  /** Skills of many candidates in one query (for the DataLoader and the ranking index). */
  async skillsOf(candidateIds: readonly number[]): Promise<CandidateSkillEntity[][]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(CandidateSkillEntity, 's')
      .where('s.candidateId IN (:...ids)', { ids: candidateIds })
      .orderBy('s.candidateId', 'ASC')
      .addOrderBy('s.skillId', 'ASC')
      .getMany();
    return groupRows(candidateIds, rows);
  }

  async educationOf(candidateIds: readonly number[]): Promise<CandidateEducationEntity[][]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(CandidateEducationEntity, 'e')
      .where('e.candidateId IN (:...ids)', { ids: candidateIds })
      .orderBy('e.candidateId', 'ASC')
      .addOrderBy('e.position', 'ASC')
      .getMany();
    return groupRows(candidateIds, rows);
  }

  /** What the matcher knows of these candidates (no personal attributes), in input order. */
  async specsOf(candidateIds: readonly number[]): Promise<CandidateSpec[]> {
    if (candidateIds.length === 0) return [];
    const [skills, education] = await Promise.all([this.skillsOf(candidateIds), this.educationOf(candidateIds)]);
    return candidateIds.map((id, i) => ({
      id: String(id),
      skills: skills[i].map((s) => ({ skillId: s.skillId, months: s.months, level: s.level })),
      education: education[i].map((e) => ({ level: e.level, status: e.status })),
    }));
  }

  /**
   * Streams every stored candidate as a matcher spec, in id order and in batches, with raw
   * keyset-paged queries: building the ranking index must not hydrate entities row by row.
   */
  async *allSpecs(batchSize = 50_000): AsyncGenerator<CandidateSpec[]> {
    // One row per candidate with skills and education folded into strings, one query a batch:
    // a million candidates hold some ten million skill rows, and materializing each as a JS
    // object dominated the build. The next batch is read while this one is turned into specs.
    const read = (after: number) =>
      this.dataSource.manager.query(
        `SELECT c.id AS id, (${this.folded('candidate_skill', SKILL_FOLD)}) AS s, (${this.folded('candidate_education', EDUCATION_FOLD)}) AS e ` +
          `FROM candidate c WHERE c.id > ${after} ORDER BY c.id LIMIT ${batchSize}`,
      ) as Promise<{ id: number; s: string | null; e: string | null }[]>;
    let next = read(0);
    try {
      for (;;) {
        const rows = await next;
        if (rows.length === 0) return;
        next = read(Number(rows[rows.length - 1].id));
        yield rows.map((r) => ({ id: String(r.id), skills: unfoldSkills(r.s), education: unfoldEducation(r.e) }));
      }
    } finally {
      // A consumer that stops early leaves one read in flight; its outcome no longer matters.
      next.catch(() => undefined);
    }
  }

  /** A correlated subquery folding one candidate's rows of `table` into "a:b:c,..." in `order`. */
  private folded(table: string, fold: { readonly parts: readonly string[]; readonly order: string }): string {
    const pg = this.dataSource.options.type === 'postgres';
    const text = fold.parts.map((p) => (pg ? `COALESCE(${p}::text, '')` : `IFNULL(${p}, '')`)).join(` || ':' || `);
    // SQLite folds in the order it reads the (candidateId, ...) index; PostgreSQL is told.
    const agg = pg ? `string_agg(${text}, ',' ORDER BY ${fold.order})` : `group_concat(${text}, ',')`;
    return `SELECT ${agg} FROM ${table} x WHERE x."candidateId" = c.id`;
  }

  private resolveSkills(draft: CandidatePatch, path: string): number[] {
    const issues = checkCandidateDraft(draft, path);
    if (issues.length > 0) throw new UserInputError(`${issues[0].field}: ${issues[0].message}`, issues[0].field);
    const skills = draft.skills ?? [];
    const ids = this.taxonomy.resolveNames(
      skills.map((s, i) => ({ name: s.name, field: `${path}.skills[${i}].name` })),
    );
    const dupes = findDuplicateIds(ids);
    if (dupes.length > 0) {
      const field = `${path}.skills[${dupes[0]}].name`;
      const name = this.taxonomy.current().byId(ids[dupes[0]])!.name;
      throw new UserInputError(`${field}: "${skills[dupes[0]].name}" repeats ${name}, already listed`, field);
    }
    return ids;
  }

  private filtered(filter: CandidateFilter): SelectQueryBuilder<CandidateEntity> {
    const qb = this.dataSource.manager.createQueryBuilder(CandidateEntity, 'c');
    if (filter.search) {
      const q = likePattern(filter.search);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`LOWER(c.name) LIKE :q ${LIKE_ESCAPE}`, { q })
            .orWhere(`LOWER(c.headline) LIKE :q ${LIKE_ESCAPE}`, { q }),
        ),
      );
    }
    if (filter.location)
      qb.andWhere(`LOWER(c.location) LIKE :loc ${LIKE_ESCAPE}`, { loc: likePattern(filter.location) });
    if (filter.skill) {
      const [skillId] = this.taxonomy.resolveNames([{ name: filter.skill, field: 'filter.skill' }]);
      qb.andWhere(
        'EXISTS (SELECT 1 FROM candidate_skill cs WHERE cs."candidateId" = c.id AND cs."skillId" = :skillId)',
        {
          skillId,
        },
      );
    }
    return qb;
  }
}

/**
 * The skill ids of a draft from names already resolved in this import, when every name is known
 * and the draft passes resolveSkills' checks; null sends the draft through resolveSkills, which
 * resolves it or throws its usual error. A bulk import names the same few hundred skills a
 * million times: this skips re-normalizing each spelling.
 */
function resolveKnown(draft: CandidateDraft, known: ReadonlyMap<string, number>): number[] | null {
  const ids = new Array<number>(draft.skills.length);
  for (let i = 0; i < ids.length; i++) {
    const id = known.get(draft.skills[i].name);
    if (id === undefined) return null;
    ids[i] = id;
  }
  if (findDuplicateIds(ids).length > 0 || checkCandidateDraft(draft).length > 0) return null;
  return ids;
}

/** Bound parameters per statement: under SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_BOUND_PARAMETERS = 30_000;
/** Rows per statement: big enough to amortize a round trip, small enough to keep each SQL text modest. */
const MAX_ROWS_PER_STATEMENT = 10_000;
/** From this many candidates on, SQLite gets a page cache of BULK_CACHE_KIB for the import. */
const BULK_ROWS = 10_000;
const BULK_CACHE_KIB = 65_536;

/** Text that can only be a plain word (vocabulary values: ADVANCED, COMPLETED): safe to write as a literal. */
const PLAIN_WORD = /^[A-Z][A-Z_]{0,39}$/;

/**
 * Inserts rows (`values` row after row, `columns.length` values per row) with multi-row INSERT
 * statements in raw SQL: for bulk writes the query builder's per-value bookkeeping costs more
 * than the database does. Whole numbers, nulls and plain vocabulary words are written as SQL
 * literals (they cannot carry a quote, so this is safe, and binding each of a million values is
 * the slowest part of the sqlite3 driver); every other value is a bound parameter, at most
 * MAX_BOUND_PARAMETERS per statement. With `returning`, gives the new ids in input order
 * (PostgreSQL: RETURNING; SQLite: the last rowid, since one writer inside a transaction gets
 * consecutive rowids).
 */
async function insertRows(
  m: EntityManager,
  table: string,
  columns: readonly string[],
  values: readonly unknown[],
  returning = false,
): Promise<number[]> {
  const postgres = m.connection.options.type === 'postgres';
  const width = columns.length;
  const rowCount = values.length / width;
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  const ids: number[] = [];
  let row = 0;
  while (row < rowCount) {
    const first = row;
    const params: unknown[] = [];
    let sql = head;
    while (row < rowCount && row - first < MAX_ROWS_PER_STATEMENT && params.length + width <= MAX_BOUND_PARAMETERS) {
      sql += row === first ? '(' : ', (';
      for (let c = 0; c < width; c++) {
        const value = values[row * width + c];
        if (c > 0) sql += ', ';
        if (value === null || value === undefined) sql += 'NULL';
        else if (typeof value === 'number' && Number.isSafeInteger(value)) sql += value;
        else if (typeof value === 'string' && PLAIN_WORD.test(value)) sql += `'${value}'`;
        else {
          params.push(value);
          sql += postgres ? `$${params.length}` : '?';
        }
      }
      sql += ')';
      row++;
    }
    if (!returning) {
      await m.query(sql, params);
    } else if (postgres) {
      const result = (await m.query(`${sql} RETURNING "id"`, params)) as { id: number | string }[];
      for (const r of result) ids.push(Number(r.id));
    } else {
      const last = Number(await m.query(sql, params));
      for (let k = row - first - 1; k >= 0; k--) ids.push(last - k);
    }
  }
  return ids;
}

/** Inserts candidate rows and returns their ids in input order, on SQLite and PostgreSQL. */
async function insertCandidates(m: EntityManager, drafts: readonly CandidateDraft[]): Promise<number[]> {
  const values: unknown[] = [];
  for (const d of drafts) values.push(d.name, d.email ?? null, d.headline ?? null, d.location ?? null);
  return insertRows(m, 'candidate', ['name', 'email', 'headline', 'location'], values, true);
}

async function insertChildren(
  m: EntityManager,
  drafts: readonly CandidateDraft[],
  ids: readonly number[],
  skillIds: readonly number[][],
): Promise<void> {
  // Flat row-major values: no array per row for a million rows.
  const skills: unknown[] = [];
  const education: unknown[] = [];
  drafts.forEach((d, i) => {
    d.skills.forEach((s, j) => skills.push(ids[i], skillIds[i][j], s.months ?? null, s.level ?? null));
    d.education.forEach((e, position) => education.push(ids[i], position, e.level, e.field ?? null, e.status));
  });
  await insertRows(m, 'candidate_skill', ['candidateId', 'skillId', 'months', 'level'], skills);
  await insertRows(m, 'candidate_education', ['candidateId', 'position', 'level', 'field', 'status'], education);
}

function skillRows(
  candidateId: number,
  skills: CandidateDraft['skills'],
  ids: readonly number[],
): Partial<CandidateSkillEntity>[] {
  return skills.map((s, i) => ({ candidateId, skillId: ids[i], months: s.months ?? null, level: s.level ?? null }));
}

function educationRows(
  candidateId: number,
  education: CandidateDraft['education'],
): Partial<CandidateEducationEntity>[] {
  return education.map((e, position) => ({
    candidateId,
    position,
    level: e.level,
    field: e.field ?? null,
    status: e.status,
  }));
}

const SKILL_FOLD = { parts: ['x."skillId"', 'x.months', 'x.level'], order: 'x."skillId"' } as const;
const EDUCATION_FOLD = { parts: ['x.level', 'x.status'], order: 'x.position' } as const;

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

function specOf(id: number, d: CandidateDraft, skillIds: readonly number[]): CandidateSpec {
  return {
    id: String(id),
    skills: d.skills.map((s, j) => ({ skillId: skillIds[j], months: s.months ?? null, level: s.level ?? null })),
    education: d.education.map((e) => ({ level: e.level, status: e.status })),
  };
}

function groupRows<T extends { candidateId: number }>(ids: readonly number[], rows: readonly T[]): T[][] {
  const by = new Map<number, T[]>();
  for (const r of rows) {
    const key = Number(r.candidateId);
    const list = by.get(key);
    if (list) list.push(r);
    else by.set(key, [r]);
  }
  return ids.map((id) => by.get(id) ?? []);
}
