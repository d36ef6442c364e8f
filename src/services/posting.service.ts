import { In, type DataSource } from 'typeorm';
import { PostingRepository, postingColumnsOf } from '../db/posting.repository';
import { checkPostingDraft, findDuplicateIds } from '../domain/draft-rules';
import type { PostingDraft } from '../domain/drafts';
import type { PostingSpec } from '../domain/matching/profiles';
import type { EmploymentType } from '../domain/vocabulary';
import { PostingEntity } from '../entities/posting.entity';
import type { RequirementGroupEntity } from '../entities/requirement-group.entity';
import { NotFoundError, UserInputError } from './errors';
import { type Page, type PageArgs, pageRequest, toPage } from './pagination';
import type { TaxonomyService } from './taxonomy.service';
import type { WriteLock } from './write-lock';

export interface PostingFilter {
  readonly search?: string | null;
  readonly company?: string | null;
  readonly employmentType?: EmploymentType | null;
  /** Postings with a group that accepts this skill (any spelling). */
  readonly skill?: string | null;
}

export type PostingPatch = Partial<PostingDraft>;

/** Listeners learn of every committed change, e.g. to keep an in-memory index current. */
export interface PostingListener {
  postingChanged(id: number): void;
  postingDeleted(id: number): void;
}

/** Learns the shape of every posting this process stores: skills per group (the list maxima). */
export type PostingShapeListener = (groupSkillCounts: readonly number[]) => void;

/** Use cases on postings, shared by the GraphQL resolvers and the command-line tools. */
export class PostingService {
  private readonly listeners: PostingListener[] = [];
  private readonly shapeListeners: PostingShapeListener[] = [];
  private readonly store: PostingRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteLock,
    private readonly taxonomy: TaxonomyService,
  ) {
    this.store = new PostingRepository(dataSource);
  }

  subscribe(listener: PostingListener): void {
    this.listeners.push(listener);
  }

  /** Told the shape of each posting stored, before the write is announced to PostingListeners. */
  onShape(listener: PostingShapeListener): void {
    this.shapeListeners.push(listener);
  }

  get(id: number): Promise<PostingEntity | null> {
    return this.dataSource.manager.findOneBy(PostingEntity, { id });
  }

  /** Many postings by id in one query, in input order (null where missing). */
  async getMany(ids: readonly number[]): Promise<(PostingEntity | null)[]> {
    const rows = await this.dataSource.manager.findBy(PostingEntity, { id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async list(args: PageArgs & { filter?: PostingFilter | null }): Promise<Page<PostingEntity>> {
    const req = pageRequest('posting', args);
    const filter = args.filter ?? {};
    const skillId = filter.skill
      ? this.taxonomy.resolveNames([{ name: filter.skill, field: 'filter.skill' }])[0]
      : null;
    const { rows, totalCount } = await this.store.page(
      { search: filter.search, company: filter.company, employmentType: filter.employmentType, skillId },
      req,
    );
    return toPage('posting', rows, req, totalCount);
  }

  async create(draft: PostingDraft): Promise<PostingEntity> {
    const [posting] = await this.createMany([draft], () => 'input');
    return posting;
  }

  /** Stores many postings in one transaction: all of them or none. */
  async createMany(drafts: readonly PostingDraft[], path = (i: number) => `input[${i}]`): Promise<PostingEntity[]> {
    const groups = drafts.map((d, i) => this.resolveGroups(d, path(i)));
    const ids = await this.writes.transaction(async (m) => {
      const created: number[] = [];
      for (let i = 0; i < drafts.length; i++) created.push(await this.store.insert(m, drafts[i], groups[i]));
      return created;
    });
    groups.forEach((g) => this.shapeListeners.forEach((l) => l(g.map((ids) => ids.length))));
    ids.forEach((id) => this.listeners.forEach((l) => l.postingChanged(id)));
    return (await this.getMany(ids)) as PostingEntity[];
  }

  /** A stored posting as a draft (skills by canonical name), e.g. for the JSON-LD export. */
  async draftOf(posting: PostingEntity): Promise<PostingDraft> {
    const spec = await this.toSpec(posting);
    const t = this.taxonomy.current();
    return {
      ...postingColumnsOf(posting),
      requirements: spec.requirements.map((g) => ({
        importance: g.importance,
        category: g.category,
        label: g.label,
        skills: g.skillIds.map((sid) => t.byId(sid)!.name),
        minMatches: g.minMatches,
        minMonths: g.minMonths,
        weight: g.weight,
        ...(g.assessable === false ? { assessable: false } : {}),
      })),
    };
  }

  /** Updates the given fields; `requirements`, when given, replaces every group. */
  async update(id: number, patch: PostingPatch): Promise<PostingEntity> {
    // Checked whole (every field's text rules) even when the groups are not replaced.
    const groups = this.resolveGroups(patch, 'input');
    await this.writes.transaction(async (m) => {
      const existing = await m.findOneBy(PostingEntity, { id });
      if (!existing) throw new NotFoundError('Posting', String(id));
      await this.store.updateColumns(m, id, { ...postingColumnsOf(existing), ...patch });
      if (patch.requirements) await this.store.replaceGroups(m, id, patch.requirements, groups);
    });
    if (groups) this.shapeListeners.forEach((l) => l(groups.map((g) => g.length)));
    this.listeners.forEach((l) => l.postingChanged(id));
    return (await this.get(id))!;
  }

  /** Deletes the posting and its groups (cascade), in one transaction. */
  async delete(id: number): Promise<void> {
    await this.writes.transaction(async (m) => {
      const found = await m.existsBy(PostingEntity, { id });
      if (!found) throw new NotFoundError('Posting', String(id));
      await this.store.delete(m, id);
    });
    this.listeners.forEach((l) => l.postingDeleted(id));
  }

  /** Groups of many postings in one query, in posting order (for the DataLoader). */
  groupsOf(postingIds: readonly number[]): Promise<RequirementGroupEntity[][]> {
    return this.store.groupsOf(postingIds);
  }

  /** Requirement groups by their own ids (a client holding a group's id), null where none. */
  groupsById(ids: readonly number[]): Promise<(RequirementGroupEntity | null)[]> {
    return this.store.groupsById(ids);
  }

  /** Accepted skill ids of many groups in one query, each in the posting's own order. */
  skillIdsOf(groupIds: readonly number[]): Promise<number[][]> {
    return this.store.skillIdsOf(groupIds);
  }

  /** What the matcher knows of a posting: groups with resolved skill ids, education, weights. */
  async specOf(id: number): Promise<PostingSpec | null> {
    const posting = await this.get(id);
    return posting && this.toSpec(posting);
  }

  private async toSpec(posting: PostingEntity): Promise<PostingSpec> {
    const [groups] = await this.groupsOf([posting.id]);
    const skillIds = groups.length > 0 ? await this.skillIdsOf(groups.map((g) => g.id)) : [];
    return {
      id: String(posting.id),
      employmentType: posting.employmentType,
      requirements: groups.map((g, i) => ({
        id: String(g.id),
        importance: g.importance,
        category: g.category,
        label: g.label,
        skillIds: skillIds[i],
        minMatches: g.minMatches,
        minMonths: g.minMonths,
        weight: Number(g.weight),
        ...(g.assessable ? {} : { assessable: false }),
      })),
      education: posting.educationLevel ? { level: posting.educationLevel, required: posting.educationRequired } : null,
      scoring: posting.scoring,
    };
  }

  /** Every posting id, oldest first. */
  allIds(): Promise<number[]> {
    return this.store.allIds();
  }

  private resolveGroups(draft: PostingPatch, path: string): number[][] {
    const issues = checkPostingDraft(draft, path);
    if (issues.length > 0) throw new UserInputError(`${issues[0].field}: ${issues[0].message}`, issues[0].field);
    return (draft.requirements ?? []).map((g, i) => {
      const ids = this.taxonomy.resolveNames(
        g.skills.map((name, j) => ({ name, field: `${path}.requirements[${i}].skills[${j}]` })),
      );
      const dupes = findDuplicateIds(ids);
      if (dupes.length > 0) {
        const field = `${path}.requirements[${i}].skills[${dupes[0]}]`;
        const name = this.taxonomy.current().byId(ids[dupes[0]])!.name;
        throw new UserInputError(
          `${field}: "${g.skills[dupes[0]]}" repeats ${name}, already listed in this group`,
          field,
        );
      }
      return ids;
    });
  }
}
