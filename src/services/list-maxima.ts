import type { DataSource } from 'typeorm';
import type { CandidateSpec } from '../domain/matching/profiles';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import { SKILL_CATEGORIES } from '../domain/vocabulary';
import type { CandidateListener } from './candidate.service';
import { IMPORT_LIST_LIMITS } from '../domain/draft-limits';
import { MAX_TERM_SUGGESTIONS, MAX_UNKNOWN_REQUIREMENTS } from '../parsing/posting';
import type { TaxonomyService } from './taxonomy.service';

/** What a request itself brings: lists in unsaved input, and whether it imports or parses documents. */
export interface RequestLists {
  /** Requirement groups of an inline posting. */
  readonly groups: number;
  /** Skills of one inline requirement group. */
  readonly groupSkills: number;
  /** Skills of an inline candidate. */
  readonly candidateSkills: number;
  /** Education entries of an inline candidate. */
  readonly education: number;
  /** The request stores or previews a document read by a parser (sized by IMPORT_LIST_LIMITS). */
  readonly imports: boolean;
}

export const NO_REQUEST_LISTS: RequestLists = {
  groups: 0,
  groupSkills: 0,
  candidateSkills: 0,
  education: 0,
  imports: false,
};

/** The most rows of each list field without paging arguments, for the query cost estimate. */
export interface ListSizes {
  /** Most rows `typeName.fieldName` can return; undefined when it is not a list this knows. */
  rowsOf(typeName: string, fieldName: string): number | undefined;
  /** Changes whenever a maximum changes: a cost remembered under another generation is stale. */
  generation(): number;
}

interface Stored {
  groups: number;
  groupSkills: number;
  candidateSkills: number;
  education: number;
  keys: number;
  weightSets: number;
}

interface TaxonomyMaxima {
  readonly taxonomy: Taxonomy;
  readonly broader: number;
  readonly narrower: number;
  readonly related: number;
}

/**
 * The longest list of each kind that is stored (most requirement groups of a posting, most skills
 * of a group or a candidate, most narrower skills of a taxonomy entry, …), held in memory: read
 * once at start, raised by every write of this process, re-read when other processes wrote. The
 * query cost estimate sizes lists by these, so a 1 KB query cannot ask for megabytes unnoticed,
 * and it costs no SQL on the request path. Deletes do not lower a maximum: an estimate may be
 * high, never low.
 */
export class ListMaxima implements ListSizes, CandidateListener {
  private stored: Stored = { groups: 0, groupSkills: 0, candidateSkills: 0, education: 0, keys: 0, weightSets: 0 };
  private tax: TaxonomyMaxima | null = null;
  private gen = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /**
   * Reads every maximum from the database: at start, and after another process's writes. `known`
   * takes a maximum the caller has just counted itself instead of counting it again: the start
   * knows the longest skill list from building the index, where SQL scanned ten million rows.
   */
  async refresh(known: { readonly candidateSkills?: number } = {}): Promise<void> {
    const one = async (sql: string): Promise<number> => Number((await this.dataSource.query(sql))[0]?.n ?? 0);
    const [groups, groupSkills, candidateSkills, education, keys, weightSets] = await Promise.all([
      one('SELECT MAX(c) AS n FROM (SELECT COUNT(*) AS c FROM "requirement_group" GROUP BY "postingId") t'),
      one('SELECT MAX(c) AS n FROM (SELECT COUNT(*) AS c FROM "requirement_skill" GROUP BY "groupId") t'),
      known.candidateSkills ??
        one('SELECT MAX(c) AS n FROM (SELECT COUNT(*) AS c FROM "candidate_skill" GROUP BY "candidateId") t'),
      one('SELECT MAX(c) AS n FROM (SELECT COUNT(*) AS c FROM "candidate_education" GROUP BY "candidateId") t'),
      one('SELECT COUNT(*) AS n FROM "api_key"'),
      // Weight sets are a JSON list; each set names requiredWeight once.
      one(
        `SELECT MAX((LENGTH("weights") - LENGTH(REPLACE("weights", '"requiredWeight"', ''))) / ${'"requiredWeight"'.length}) AS n FROM "audit_record"`,
      ),
    ]);
    this.raise({ groups, groupSkills, candidateSkills, education, keys, weightSets });
  }

  /** A posting of this shape was stored. */
  postingWritten(groupSkillCounts: readonly number[]): void {
    this.raise({ groups: groupSkillCounts.length, groupSkills: Math.max(0, ...groupSkillCounts) });
  }

  /** An audit record with this many weight sets was written. */
  auditWeights(sets: number): void {
    this.raise({ weightSets: sets });
  }

  /** Another API key was created. */
  keyCreated(): void {
    this.raise({ keys: this.stored.keys + 1 });
  }

  candidatesChanged(specs: readonly CandidateSpec[]): void {
    let skills = 0;
    let education = 0;
    for (const s of specs) {
      skills = Math.max(skills, s.skills.length);
      education = Math.max(education, s.education.length);
    }
    this.raise({ candidateSkills: skills, education });
  }

  candidateDeleted(): void {}

  generation(): number {
    return this.gen;
  }

  rowsOf(typeName: string, fieldName: string): number | undefined {
    return sizeOf(this.stored, this.taxonomyMaxima(), NO_REQUEST_LISTS, `${typeName}.${fieldName}`);
  }

  /** These maxima, raised by what one request brings itself. */
  forRequest(lists: RequestLists): ListSizes {
    return {
      rowsOf: (typeName, fieldName) => sizeOf(this.stored, this.taxonomyMaxima(), lists, `${typeName}.${fieldName}`),
      generation: () => this.gen,
    };
  }

  private raise(next: Partial<Stored>): void {
    let changed = false;
    for (const [key, value] of Object.entries(next) as [keyof Stored, number][]) {
      if (Number.isFinite(value) && value > this.stored[key]) {
        this.stored = { ...this.stored, [key]: value };
        changed = true;
      }
    }
    if (changed) this.gen++;
  }

  /** Recomputed when the taxonomy object changes (a sync): a few hundred skills, once. */
  private taxonomyMaxima(): TaxonomyMaxima {
    const taxonomy = this.taxonomy.current();
    if (this.tax?.taxonomy === taxonomy) return this.tax;
    let broader = 0;
    let narrower = 0;
    let related = 0;
    for (const s of taxonomy.all()) {
      broader = Math.max(broader, s.broader.length);
      related = Math.max(related, s.related.length);
      narrower = Math.max(narrower, this.taxonomy.narrower(s.id).length);
    }
    this.tax = { taxonomy, broader, narrower, related };
    this.gen++;
    return this.tax;
  }
}

function sizeOf(stored: Stored, tax: TaxonomyMaxima, req: RequestLists, field: string): number | undefined {
  // A page's rows are counted once, at the paginated field (its `first`).
  if (field.endsWith('Connection.edges')) return 1;
  const imported = (n: number) => (req.imports ? n : 0);
  const groups = Math.max(stored.groups, req.groups, imported(IMPORT_LIST_LIMITS.groups));
  const groupSkills = Math.max(stored.groupSkills, req.groupSkills, imported(IMPORT_LIST_LIMITS.groupSkills));
  // One case per list field of the schema: a table, alike line to line by nature.
  switch (field) {
    case 'Skill.broader':
      return tax.broader;
    case 'Skill.narrower':
      return tax.narrower;
    case 'Skill.related':
      return tax.related;
    case 'Candidate.skills':
      return Math.max(stored.candidateSkills, req.candidateSkills, imported(IMPORT_LIST_LIMITS.candidateSkills));
    case 'Candidate.education':
      return Math.max(stored.education, req.education, imported(IMPORT_LIST_LIMITS.education));
    case 'Posting.requirements':
    case 'MatchResult.requirements':
      return groups;
    case 'RequirementGroup.skills':
    case 'RequirementMatch.matched':
    case 'RequirementMatch.missing':
      return groupSkills;
    case 'ParsedPosting.requirements':
      return IMPORT_LIST_LIMITS.groups;
    case 'ParsedRequirement.skills':
      return IMPORT_LIST_LIMITS.groupSkills;
    case 'ParsedPosting.unknownRequirements':
      return MAX_UNKNOWN_REQUIREMENTS;
    case 'UnknownRequirement.suggestions':
      return MAX_TERM_SUGGESTIONS;
    case 'ParsedPosting.warnings':
    case 'PostingImport.warnings':
    case 'CandidateImport.warnings':
    case 'ParsedResume.warnings':
      return IMPORT_LIST_LIMITS.warnings;
    case 'ParsedResume.work':
      return IMPORT_LIST_LIMITS.work;
    case 'ParsedResume.education':
      return IMPORT_LIST_LIMITS.education;
    case 'ParsedResume.skills':
      return IMPORT_LIST_LIMITS.candidateSkills;
    case 'ParsedResumeSkill.foundAt':
      return IMPORT_LIST_LIMITS.provenance;
    case 'MatchResult.categories':
    case 'AppliedWeights.categoryWeights':
    case 'ScoringProfile.categoryWeights':
      return SKILL_CATEGORIES.length;
    case 'AuditRecord.weights':
      return stored.weightSets;
    case 'Query.apiKeys':
      return stored.keys;
    default:
      return undefined;
  }
}
