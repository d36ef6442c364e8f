import { In, type DataSource } from 'typeorm';
import { CandidateRepository } from '../db/candidate.repository';
import { purgeDeletedRows } from '../db/purge-deleted';
import { raiseBulkCache } from '../db/sqlite-bulk-cache';
import { checkCandidateDraft, findDuplicateIds } from '../domain/draft-rules';
import type { CandidateDraft } from '../domain/drafts';
import type { CandidateBatch } from '../domain/matching/candidate-batch';
import type { CandidateSpec } from '../domain/matching/profiles';
import { candidateSpecFromResolved } from '../domain/matching/spec-from-draft';
import type { CandidateEducationEntity } from '../entities/candidate-education.entity';
import type { CandidateSkillEntity } from '../entities/candidate-skill.entity';
import { CandidateEntity } from '../entities/candidate.entity';
import { NotFoundError, UserInputError } from './errors';
import { type Page, type PageArgs, pageRequest, toPage } from './pagination';
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
  private readonly store: CandidateRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteLock,
    private readonly taxonomy: TaxonomyService,
  ) {
    this.store = new CandidateRepository(dataSource);
  }

  subscribe(listener: CandidateListener): void {
    this.listeners.push(listener);
  }

  // get/getMany look like PostingService's: the same TypeORM calls on another entity, kept two lines each.
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
    const filter = args.filter ?? {};
    const skillId = filter.skill
      ? this.taxonomy.resolveNames([{ name: filter.skill, field: 'filter.skill' }])[0]
      : null;
    const { rows, totalCount } = await this.store.page(
      { search: filter.search, location: filter.location, skillId },
      req,
    );
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
        if (!cacheRaised && (list === null || list.length >= BULK_ROWS)) {
          await raiseBulkCache(m);
          cacheRaised = true;
        }
        const batchIds = await this.store.insert(m, batch, skillIds);
        if (keepSpecs)
          batch.forEach((d, i) => specs.push(candidateSpecFromResolved(String(batchIds[i]), d, skillIds[i])));
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
      if (patch.phone !== undefined) columns.phone = patch.phone;
      if (patch.headline !== undefined) columns.headline = patch.headline;
      if (patch.location !== undefined) columns.location = patch.location;
      // Always touch the row so updatedAt moves even when only skills change.
      await m.update(CandidateEntity, { id }, { ...columns, updatedAt: new Date() });
      if (patch.skills) await this.store.replaceSkills(m, id, patch.skills, skillIds);
      if (patch.education) await this.store.replaceEducation(m, id, patch.education);
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
      await this.store.delete(m, id);
    });
    this.listeners.forEach((l) => l.candidateDeleted(id));
    // The erasure itself is committed; a failed purge is redone by the next delete's or autovacuum.
    await this.writes.exclusive(() => purgeDeletedRows(this.dataSource, this.store.tables())).catch(() => undefined);
  }

  /** Skills of many candidates in one query (for the DataLoader and the ranking index). */
  skillsOf(candidateIds: readonly number[]): Promise<CandidateSkillEntity[][]> {
    return this.store.skillsOf(candidateIds);
  }

  educationOf(candidateIds: readonly number[]): Promise<CandidateEducationEntity[][]> {
    return this.store.educationOf(candidateIds);
  }

  /** What the matcher knows of these candidates (no personal attributes), in input order. */
  async specsOf(candidateIds: readonly number[]): Promise<CandidateSpec[]> {
    if (candidateIds.length === 0) return [];
    const [skills, education] = await Promise.all([this.skillsOf(candidateIds), this.educationOf(candidateIds)]);
    return candidateIds.map((id, i) => ({
      id: String(id),
      skills: skills[i].map((s) => ({ skillId: s.skillId, months: s.months })),
      education: education[i].map((e) => ({ level: e.level, status: e.status })),
    }));
  }

  /** Every stored candidate as a matcher spec, in id order and in batches (see CandidateRepository.allSpecs). */
  allSpecs(batchSize = 50_000): AsyncGenerator<CandidateSpec[]> {
    return this.store.allSpecs(batchSize);
  }

  /** Every stored candidate in the ranking index's column form, in id order and in batches. */
  allIndexBatches(batchSize = 50_000): AsyncGenerator<CandidateBatch> {
    return this.store.allIndexBatches(batchSize);
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

/** From this many candidates on, SQLite gets a larger page cache for the import (see raiseBulkCache). */
const BULK_ROWS = 10_000;
