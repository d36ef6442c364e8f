import { Brackets, type DataSource, type EntityManager, type EntityTarget, type SelectQueryBuilder } from 'typeorm';
import type { CandidateDraft } from '../domain/drafts';
import type { CandidateBatch } from '../domain/matching/candidate-batch';
import type { CandidateSpec } from '../domain/matching/profiles';
import { CandidateEducationEntity } from '../entities/candidate-education.entity';
import { CandidateSkillEntity } from '../entities/candidate-skill.entity';
import { CandidateEntity } from '../entities/candidate.entity';
import { LIKE_ESCAPE, likePattern } from './sql-like';
import { insertChunked } from './bulk-insert';
import { type FoldedCandidate, foldedCandidatesSql, unfoldCandidate } from './candidate-fold';
import { type PackedPage, UnorderedPageError, lastPackedId, packedPageSql, unpackPage } from './candidate-pack';
import { insertRows } from './insert-rows';
import { type KeysetRequest, keysetPage } from './keyset-page';

/** What candidate lists filter on, with the skill already resolved to its id. */
export interface CandidateQuery {
  readonly search?: string | null;
  readonly location?: string | null;
  readonly skillId?: number | null;
}

/**
 * How candidates, their skills and their education are stored and read, on SQLite and
 * PostgreSQL. Writes take the transaction's manager: the service decides what is one unit.
 */
export class CandidateRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The tables a candidate's rows live in, children first (for erasure and purging). */
  tables(): string[] {
    return [CandidateSkillEntity, CandidateEducationEntity, CandidateEntity].map(
      (e) => this.dataSource.getMetadata(e).tableName,
    );
  }

  /** A page of candidates matching `query`, in id order, and how many match in all. */
  page(query: CandidateQuery, req: KeysetRequest): Promise<{ rows: CandidateEntity[]; totalCount: number }> {
    return keysetPage(this.filtered(query), req);
  }

  /**
   * Inserts candidates with their skills (`skillIds[i]` for the i-th draft's skills) and education
   * in multi-row statements; gives the new ids in input order.
   */
  async insert(
    m: EntityManager,
    drafts: readonly CandidateDraft[],
    skillIds: readonly (readonly number[])[],
  ): Promise<number[]> {
    const values: unknown[] = [];
    for (const d of drafts)
      values.push(d.name, d.email ?? null, d.phone ?? null, d.headline ?? null, d.location ?? null);
    const ids = await insertRows(m, 'candidate', ['name', 'email', 'phone', 'headline', 'location'], values, true);
    // Flat row-major values: no array per row for a million rows.
    const skills: unknown[] = [];
    const education: unknown[] = [];
    drafts.forEach((d, i) => {
      d.skills.forEach((s, j) => skills.push(ids[i], skillIds[i][j], s.months ?? null, s.level ?? null));
      d.education.forEach((e, position) => education.push(ids[i], position, e.level, e.field ?? null, e.status));
    });
    await insertRows(m, 'candidate_skill', ['candidateId', 'skillId', 'months', 'level'], skills);
    await insertRows(m, 'candidate_education', ['candidateId', 'position', 'level', 'field', 'status'], education);
    return ids;
  }

  /** Replaces one candidate's skills. */
  async replaceSkills(
    m: EntityManager,
    candidateId: number,
    skills: CandidateDraft['skills'],
    skillIds: readonly number[],
  ): Promise<void> {
    await m.delete(CandidateSkillEntity, { candidateId });
    await insertChunked(
      m,
      CandidateSkillEntity,
      skills.map((s, i) => ({ candidateId, skillId: skillIds[i], months: s.months ?? null, level: s.level ?? null })),
    );
  }

  /** Replaces one candidate's education, keeping its order. */
  async replaceEducation(m: EntityManager, candidateId: number, education: CandidateDraft['education']): Promise<void> {
    await m.delete(CandidateEducationEntity, { candidateId });
    await insertChunked(
      m,
      CandidateEducationEntity,
      education.map((e, position) => ({
        candidateId,
        position,
        level: e.level,
        field: e.field ?? null,
        status: e.status,
      })),
    );
  }

  /** Deletes a candidate with their skills and education. */
  async delete(m: EntityManager, id: number): Promise<void> {
    await m.delete(CandidateSkillEntity, { candidateId: id });
    await m.delete(CandidateEducationEntity, { candidateId: id });
    await m.delete(CandidateEntity, { id });
  }

  /** Skills of many candidates in one query, grouped in input order. */
  skillsOf(candidateIds: readonly number[]): Promise<CandidateSkillEntity[][]> {
    return this.rowsOf(CandidateSkillEntity, 'skillId', candidateIds);
  }

  /** Education of many candidates in one query, grouped in input order. */
  educationOf(candidateIds: readonly number[]): Promise<CandidateEducationEntity[][]> {
    return this.rowsOf(CandidateEducationEntity, 'position', candidateIds);
  }

  /** Rows of a per-candidate table for many candidates in one query, each candidate's in `order`. */
  private async rowsOf<T extends { candidateId: number }>(
    table: EntityTarget<T>,
    order: keyof T & string,
    candidateIds: readonly number[],
  ): Promise<T[][]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(table, 'r')
      .where('r.candidateId IN (:...ids)', { ids: candidateIds })
      .orderBy('r.candidateId', 'ASC')
      .addOrderBy(`r.${order}`, 'ASC')
      .getMany();
    return groupRows(candidateIds, rows);
  }

  /**
   * Streams every stored candidate as a matcher spec, in id order and in batches, with raw
   * keyset-paged queries over the folded form (see candidate-fold): building the ranking index
   * must not hydrate entities row by row. The next batch is read while this one is unfolded.
   */
  async *allSpecs(batchSize: number): AsyncGenerator<CandidateSpec[]> {
    const postgres = this.dataSource.options.type === 'postgres';
    yield* this.prefetched(
      (after) => this.dataSource.query(foldedCandidatesSql(postgres, after, batchSize)) as Promise<FoldedCandidate[]>,
      (rows) => (rows.length === 0 ? null : Number(rows[rows.length - 1].id)),
      (rows) => rows.map(unfoldCandidate),
    );
  }

  /**
   * Every stored candidate in the ranking index's column form, in id order, one packed row per
   * batch (see candidate-pack): what building the index reads.
   */
  async *allIndexBatches(batchSize: number): AsyncGenerator<CandidateBatch> {
    const postgres = this.dataSource.options.type === 'postgres';
    const read = async (after: number, ordered?: boolean): Promise<PackedPage> =>
      ((await this.dataSource.query(packedPageSql(postgres, after, batchSize, ordered))) as PackedPage[])[0];
    yield* this.prefetched(read, lastPackedId, async (page, from) => {
      try {
        return unpackPage(page);
      } catch (err) {
        if (!(err instanceof UnorderedPageError)) throw err;
        return unpackPage(await read(from, true));
      }
    });
  }

  /**
   * Keyset-paged reads, each issued before the previous page is converted and consumed, so the
   * database works (on its own thread, for SQLite) while this thread converts. `last` gives the
   * id the next page starts after, null when the page is empty; `convert` gets the id its page
   * started after.
   */
  private async *prefetched<R, T>(
    read: (after: number) => Promise<R>,
    last: (page: R) => number | null,
    convert: (page: R, from: number) => T | Promise<T>,
  ): AsyncGenerator<T> {
    let from = 0;
    let next = read(from);
    try {
      for (;;) {
        const page = await next;
        const after = last(page);
        if (after === null) return;
        next = read(after);
        // TypeORM reaches the driver only after several promise turns; without a turn of the event
        // loop here the consumer's synchronous work would run first and the read would wait for it.
        await new Promise<void>((resolve) => setImmediate(resolve));
        yield await convert(page, from);
        from = after;
      }
    } finally {
      // A consumer that stops early leaves one read in flight; its outcome no longer matters.
      next.catch(() => undefined);
    }
  }

  private filtered(query: CandidateQuery): SelectQueryBuilder<CandidateEntity> {
    const qb = this.dataSource.manager.createQueryBuilder(CandidateEntity, 'c');
    if (query.search) {
      const q = likePattern(query.search);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`LOWER(c.name) LIKE :q ${LIKE_ESCAPE}`, { q })
            .orWhere(`LOWER(c.headline) LIKE :q ${LIKE_ESCAPE}`, { q }),
        ),
      );
    }
    if (query.location) qb.andWhere(`LOWER(c.location) LIKE :loc ${LIKE_ESCAPE}`, { loc: likePattern(query.location) });
    if (query.skillId !== null && query.skillId !== undefined) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM candidate_skill cs WHERE cs."candidateId" = c.id AND cs."skillId" = :skillId)',
        { skillId: query.skillId },
      );
    }
    return qb;
  }
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
