import { Brackets, In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { insertChunked } from '../db/bulk-insert';
import { checkCandidateDraft, findDuplicateIds } from '../domain/draft-rules';
import type { CandidateDraft } from '../domain/drafts';
import type { CandidateSpec } from '../domain/matching/profiles';
import { CandidateEducationEntity } from '../entities/candidate-education.entity';
import { CandidateSkillEntity } from '../entities/candidate-skill.entity';
import { CandidateEntity } from '../entities/candidate.entity';
import { NotFoundError, UserInputError } from './errors';
import { type Page, type PageArgs, pageRequest, toPage } from './pagination';
import { likePattern } from './sql-like';
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
      base.clone().andWhere('c.id > :afterId', { afterId: req.afterId }).orderBy('c.id', 'ASC').limit(req.first + 1).getMany(),
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
   * Every name is resolved before anything is written.
   */
  async createMany(drafts: readonly CandidateDraft[], path = (i: number) => (drafts.length === 1 ? 'input' : `input[${i}]`)): Promise<number[]> {
    const skillIds = drafts.map((d, i) => this.resolveSkills(d, path(i)));
    const ids = await this.writes.transaction(async (m) => {
      const created: number[] = [];
      const CHUNK = 500;
      for (let start = 0; start < drafts.length; start += CHUNK) {
        const chunk = drafts.slice(start, start + CHUNK);
        const chunkIds = await insertCandidates(m, chunk);
        created.push(...chunkIds);
        await insertChildren(m, chunk, chunkIds, skillIds.slice(start, start + CHUNK));
      }
      return created;
    });
    if (this.listeners.length > 0) {
      const specs = drafts.map((d, i) => specOf(ids[i], d, skillIds[i]));
      this.listeners.forEach((l) => l.candidatesChanged(specs));
    }
    return ids;
  }

  /** Updates the given fields; `skills` or `education`, when given, replace the whole list. */
  async update(id: number, patch: CandidatePatch): Promise<CandidateEntity> {
    const skillIds = patch.skills ? this.resolveSkills(patch, 'input') : null;
    await this.writes.transaction(async (m) => {
      if (!(await m.existsBy(CandidateEntity, { id }))) throw new NotFoundError('Candidate', String(id));
      const columns: Partial<CandidateEntity> = {};
      if (patch.name !== undefined) columns.name = patch.name;
      if (patch.email !== undefined) columns.email = patch.email;
      if (patch.headline !== undefined) columns.headline = patch.headline;
      if (patch.location !== undefined) columns.location = patch.location;
      // Always touch the row so updatedAt moves even when only skills change.
      await m.update(CandidateEntity, { id }, { ...columns, updatedAt: new Date() });
      if (patch.skills && skillIds) {
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

  /** Erases the candidate with their skills and education, in one transaction. */
  async delete(id: number): Promise<void> {
    await this.writes.transaction(async (m) => {
      if (!(await m.existsBy(CandidateEntity, { id }))) throw new NotFoundError('Candidate', String(id));
      await m.delete(CandidateSkillEntity, { candidateId: id });
      await m.delete(CandidateEducationEntity, { candidateId: id });
      await m.delete(CandidateEntity, { id });
    });
    this.listeners.forEach((l) => l.candidateDeleted(id));
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
    const m = this.dataSource.manager;
    let after = 0;
    for (;;) {
      const ids = ((await m.query(
        `SELECT id FROM candidate WHERE id > ${after} ORDER BY id LIMIT ${batchSize}`,
      )) as { id: number }[]).map((r) => Number(r.id));
      if (ids.length === 0) return;
      const last = ids[ids.length - 1];
      const range = `"candidateId" > ${after} AND "candidateId" <= ${last}`;
      const [skills, education] = (await Promise.all([
        m.query(`SELECT "candidateId", "skillId", months, level FROM candidate_skill WHERE ${range} ORDER BY "candidateId", "skillId"`),
        m.query(`SELECT "candidateId", level, status FROM candidate_education WHERE ${range} ORDER BY "candidateId", position`),
      ])) as [CandidateSkillEntity[], CandidateEducationEntity[]];
      const skillsBy = groupRows(ids, skills);
      const eduBy = groupRows(ids, education);
      yield ids.map((id, i) => ({
        id: String(id),
        skills: skillsBy[i].map((s) => ({ skillId: Number(s.skillId), months: s.months === null ? null : Number(s.months), level: s.level })),
        education: eduBy[i].map((e) => ({ level: e.level, status: e.status })),
      }));
      after = last;
    }
  }

  private resolveSkills(draft: CandidatePatch, path: string): number[] {
    const issues = checkCandidateDraft(draft, path);
    if (issues.length > 0) throw new UserInputError(`${issues[0].field}: ${issues[0].message}`, issues[0].field);
    const skills = draft.skills ?? [];
    const ids = this.taxonomy.resolveNames(skills.map((s, i) => ({ name: s.name, field: `${path}.skills[${i}].name` })));
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
      qb.andWhere(new Brackets((w) => w.where('LOWER(c.name) LIKE :q', { q }).orWhere('LOWER(c.headline) LIKE :q', { q })));
    }
    if (filter.location) qb.andWhere('LOWER(c.location) LIKE :loc', { loc: likePattern(filter.location) });
    if (filter.skill) {
      const [skillId] = this.taxonomy.resolveNames([{ name: filter.skill, field: 'filter.skill' }]);
      qb.andWhere('EXISTS (SELECT 1 FROM candidate_skill cs WHERE cs."candidateId" = c.id AND cs."skillId" = :skillId)', {
        skillId,
      });
    }
    return qb;
  }
}

/** Inserts candidate rows and returns their ids in input order, on SQLite and PostgreSQL. */
async function insertCandidates(m: EntityManager, drafts: readonly CandidateDraft[]): Promise<number[]> {
  const ids: number[] = [];
  const per = 4;
  const size = Math.floor(900 / per);
  for (let i = 0; i < drafts.length; i += size) {
    const chunk = drafts.slice(i, i + size);
    const values = chunk.map((d) => ({ name: d.name, email: d.email, headline: d.headline, location: d.location }));
    const insert = m.createQueryBuilder().insert().into(CandidateEntity).values(values).updateEntity(false);
    if (m.connection.options.type === 'postgres') {
      const result = await insert.returning('id').execute();
      ids.push(...(result.raw as { id: number }[]).map((r) => Number(r.id)));
    } else {
      await insert.execute();
      // One writer inside a transaction: SQLite hands out consecutive rowids for a multi-row insert.
      const [{ last }] = (await m.query('SELECT last_insert_rowid() AS last')) as { last: number }[];
      for (let k = chunk.length - 1; k >= 0; k--) ids.push(Number(last) - k);
    }
  }
  return ids;
}

async function insertChildren(
  m: EntityManager,
  drafts: readonly CandidateDraft[],
  ids: readonly number[],
  skillIds: readonly number[][],
): Promise<void> {
  await insertChunked(
    m,
    CandidateSkillEntity,
    drafts.flatMap((d, i) => skillRows(ids[i], d.skills, skillIds[i])),
  );
  await insertChunked(
    m,
    CandidateEducationEntity,
    drafts.flatMap((d, i) => educationRows(ids[i], d.education)),
  );
}

function skillRows(candidateId: number, skills: CandidateDraft['skills'], ids: readonly number[]): Partial<CandidateSkillEntity>[] {
  return skills.map((s, i) => ({ candidateId, skillId: ids[i], months: s.months ?? null, level: s.level ?? null }));
}

function educationRows(candidateId: number, education: CandidateDraft['education']): Partial<CandidateEducationEntity>[] {
  return education.map((e, position) => ({ candidateId, position, level: e.level, field: e.field ?? null, status: e.status }));
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
