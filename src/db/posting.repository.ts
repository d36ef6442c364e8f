import { Brackets, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { PostingDraft, RequirementDraft } from '../domain/drafts';
import type { EmploymentType } from '../domain/vocabulary';
import { PostingEntity } from '../entities/posting.entity';
import { RequirementGroupEntity } from '../entities/requirement-group.entity';
import { RequirementSkillEntity } from '../entities/requirement-skill.entity';
import { insertChunked } from './bulk-insert';
import { type KeysetRequest, keysetPage } from './keyset-page';
import { LIKE_ESCAPE, likePattern } from './sql-like';

/** What posting lists filter on, with the skill already resolved to its id. */
export interface PostingQuery {
  readonly search?: string | null;
  readonly company?: string | null;
  readonly employmentType?: EmploymentType | null;
  readonly skillId?: number | null;
}

/** A posting's own columns as a draft has them: everything but its requirement groups. */
export type PostingColumns = Omit<PostingDraft, 'requirements'>;

/**
 * How postings, their requirement groups and each group's accepted skills are stored and read.
 * Writes take the transaction's manager: the service decides what is one unit.
 */
export class PostingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of postings matching `query`, in id order, and how many match in all. */
  page(query: PostingQuery, req: KeysetRequest): Promise<{ rows: PostingEntity[]; totalCount: number }> {
    return keysetPage(this.filtered(query), req);
  }

  /** Inserts one posting with its groups (`skillIds[i]` for the i-th group's skills); gives its id. */
  async insert(m: EntityManager, draft: PostingDraft, skillIds: readonly (readonly number[])[]): Promise<number> {
    const inserted = await m.insert(PostingEntity, postingRow(draft));
    const postingId = Number(inserted.identifiers[0].id);
    await insertGroups(m, postingId, draft.requirements, skillIds);
    return postingId;
  }

  /** Overwrites one posting's own columns, leaving its groups alone. */
  async updateColumns(m: EntityManager, id: number, columns: PostingColumns): Promise<void> {
    await m.update(PostingEntity, { id }, postingRow(columns));
  }

  /** Replaces every requirement group of one posting. */
  async replaceGroups(
    m: EntityManager,
    postingId: number,
    groups: readonly RequirementDraft[],
    skillIds: readonly (readonly number[])[],
  ): Promise<void> {
    await m.delete(RequirementGroupEntity, { postingId });
    await insertGroups(m, postingId, groups, skillIds);
  }

  /** Deletes a posting and its groups (their skills go by cascade). */
  async delete(m: EntityManager, id: number): Promise<void> {
    await m.delete(RequirementGroupEntity, { postingId: id });
    await m.delete(PostingEntity, { id });
  }

  /** Groups of many postings in one query, in posting order. */
  async groupsOf(postingIds: readonly number[]): Promise<RequirementGroupEntity[][]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(RequirementGroupEntity, 'g')
      .where('g.postingId IN (:...ids)', { ids: postingIds })
      .orderBy('g.postingId', 'ASC')
      .addOrderBy('g.position', 'ASC')
      .getMany();
    const byPosting = new Map<number, RequirementGroupEntity[]>();
    for (const g of rows) byPosting.set(g.postingId, [...(byPosting.get(g.postingId) ?? []), g]);
    return postingIds.map((id) => byPosting.get(id) ?? []);
  }

  /** Requirement groups by their own ids, null where none. */
  async groupsById(ids: readonly number[]): Promise<(RequirementGroupEntity | null)[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(RequirementGroupEntity, 'g')
      .where('g.id IN (:...ids)', { ids })
      .getMany();
    const byId = new Map(rows.map((g) => [g.id, g]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Accepted skill ids of many groups in one query, each in the posting's own order. */
  async skillIdsOf(groupIds: readonly number[]): Promise<number[][]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(RequirementSkillEntity, 's')
      .where('s.groupId IN (:...ids)', { ids: groupIds })
      .orderBy('s.groupId', 'ASC')
      .addOrderBy('s.position', 'ASC')
      .getMany();
    const byGroup = new Map<number, number[]>();
    for (const r of rows) byGroup.set(r.groupId, [...(byGroup.get(r.groupId) ?? []), r.skillId]);
    return groupIds.map((id) => byGroup.get(id) ?? []);
  }

  /** Every posting id, oldest first. */
  async allIds(): Promise<number[]> {
    const rows = (await this.dataSource.manager.query('SELECT id FROM posting ORDER BY id')) as { id: number }[];
    return rows.map((r) => Number(r.id));
  }

  // Alike in shape to CandidateRepository's search: the same LIKE idiom on other columns.
  private filtered(query: PostingQuery): SelectQueryBuilder<PostingEntity> {
    const qb = this.dataSource.manager.createQueryBuilder(PostingEntity, 'p');
    if (query.search) {
      const q = likePattern(query.search);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`LOWER(p.title) LIKE :q ${LIKE_ESCAPE}`, { q })
            .orWhere(`LOWER(p.company) LIKE :q ${LIKE_ESCAPE}`, { q })
            .orWhere(`LOWER(p.description) LIKE :q ${LIKE_ESCAPE}`, { q }),
        ),
      );
    }
    if (query.company) qb.andWhere('LOWER(p.company) = :company', { company: query.company.toLowerCase() });
    if (query.employmentType) qb.andWhere('p.employmentType = :et', { et: query.employmentType });
    if (query.skillId !== null && query.skillId !== undefined) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM requirement_skill rs INNER JOIN requirement_group rg ON rg.id = rs."groupId" ' +
          'WHERE rg."postingId" = p.id AND rs."skillId" = :skillId)',
        { skillId: query.skillId },
      );
    }
    return qb;
  }
}

/** A stored posting's own columns as a draft has them (the education pair folded back into one field). */
export function postingColumnsOf(p: PostingEntity): PostingColumns {
  return {
    title: p.title,
    company: p.company,
    employmentType: p.employmentType,
    locations: p.locations,
    description: p.description,
    datePosted: p.datePosted,
    education: p.educationLevel ? { level: p.educationLevel, required: p.educationRequired } : null,
    scoring: p.scoring,
  };
}

function postingRow(d: PostingColumns): Partial<PostingEntity> {
  return {
    title: d.title,
    company: d.company,
    employmentType: d.employmentType,
    locations: [...d.locations],
    description: d.description,
    datePosted: d.datePosted,
    educationLevel: d.education?.level ?? null,
    educationRequired: d.education?.required ?? false,
    scoring: d.scoring ?? null,
  };
}

async function insertGroups(
  m: EntityManager,
  postingId: number,
  groups: readonly RequirementDraft[],
  skillIds: readonly (readonly number[])[],
): Promise<void> {
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const inserted = await m.insert(RequirementGroupEntity, {
      postingId,
      position: i,
      importance: g.importance,
      category: g.category,
      label: g.label,
      minMatches: g.minMatches,
      minMonths: g.minMonths,
      weight: g.weight,
      assessable: g.assessable !== false,
    });
    const groupId = Number(inserted.identifiers[0].id);
    await insertChunked(
      m,
      RequirementSkillEntity,
      skillIds[i].map((skillId, position) => ({ groupId, skillId, position })),
    );
  }
}
