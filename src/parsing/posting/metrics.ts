import type { EducationRequirementDraft, PostingDraft } from '../../domain/drafts';
import {
  EDUCATION_LEVELS,
  EMPLOYMENT_TYPES,
  type EmploymentType,
  IMPORTANCES,
  type Importance,
} from '../../domain/vocabulary';
import { foldPunctuation } from './whitespace';

/** A requirement group as a person labelled it. */
export interface ExpectedRequirement {
  readonly importance: Importance;
  readonly skills: readonly string[];
  readonly minMonths: number | null;
}

/** A posting as a person labelled it; a null employment type means the text does not say. */
export interface ExpectedPosting {
  readonly title: string;
  readonly employmentType: EmploymentType | null;
  readonly education: EducationRequirementDraft | null;
  readonly requirements: readonly ExpectedRequirement[];
}

// These records are alike in shape only to others (drafts.ts, profiles.ts): lists of readonly fields.
/** One labelled text: what a person expects and what the parser produced, posting by posting. */
export interface MetricsCase {
  readonly name: string;
  readonly expected: readonly ExpectedPosting[];
  readonly actual: readonly PostingDraft[];
}

/** A measured proportion; `value` is 1 when there was nothing to measure. */
export interface Ratio {
  readonly correct: number;
  readonly total: number;
  readonly value: number;
}

/** Where one labelled text differs from the parser's output. */
export interface CaseReport {
  readonly name: string;
  /** "posting#importance:skill" pairs the parser missed. */
  readonly missing: readonly string[];
  /** Pairs the parser produced that the label does not have. */
  readonly extra: readonly string[];
  readonly misplaced: readonly string[];
  readonly monthMismatches: readonly string[];
  readonly titleOk: boolean;
  readonly educationOk: boolean;
  readonly employmentTypeOk: boolean | null;
}

export interface ParserMetrics {
  /** Of the (importance, skill) pairs the parser produced, the share a person labelled too. */
  readonly skillPrecision: Ratio;
  /** Of the labelled (importance, skill) pairs, the share the parser produced. */
  readonly skillRecall: Ratio;
  /** Of skills both found (at any importance), the share placed required/preferred as labelled. */
  readonly placementAccuracy: Ratio;
  /** Of labelled groups the parser matched (same importance, a shared skill), the share with the labelled minMonths. */
  readonly minMonthsAccuracy: Ratio;
  readonly educationAccuracy: Ratio;
  readonly titleAccuracy: Ratio;
  /** Only over postings whose label states an employment type. */
  readonly employmentTypeAccuracy: Ratio;
  readonly cases: readonly CaseReport[];
}

const ratio = (correct: number, total: number): Ratio => ({ correct, total, value: total === 0 ? 1 : correct / total });

/** Titles compare without case, dash style or spacing differences. */
export function normalizeTitle(title: string): string {
  return foldPunctuation(title).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Scores parser output against labelled postings, micro-averaged over every case. Skill
 * names are compared through `canonical` (pass the taxonomy's resolve so "Golang" and "Go"
 * meet); postings of a case are compared in order, and a missing or extra posting counts
 * all its pairs as missed or extra.
 */
export function computeParserMetrics(
  cases: readonly MetricsCase[],
  canonical: (name: string) => string = (name) => name,
): ParserMetrics {
  const key = (name: string): string => canonical(name).toLowerCase();
  let pairsFound = 0;
  let pairsExpected = 0;
  let pairsBoth = 0;
  let placed = 0;
  let placedOk = 0;
  let groupsMatched = 0;
  let groupsMonthsOk = 0;
  let educationOk = 0;
  let titleOk = 0;
  let postings = 0;
  let typed = 0;
  let typedOk = 0;
  const reports: CaseReport[] = [];

  for (const c of cases) {
    const missing: string[] = [];
    const extra: string[] = [];
    const misplaced: string[] = [];
    const monthMismatches: string[] = [];
    let caseTitleOk = true;
    let caseEducationOk = true;
    let caseTypeOk: boolean | null = null;
    const count = Math.max(c.expected.length, c.actual.length);
    for (let i = 0; i < count; i++) {
      const expected = c.expected[i];
      const actual = c.actual[i];
      const expectedPairs = new Map<string, Set<Importance>>();
      const actualPairs = new Map<string, Set<Importance>>();
      for (const g of expected?.requirements ?? [])
        for (const s of g.skills) addTo(expectedPairs, key(s), g.importance);
      for (const g of actual?.requirements ?? []) for (const s of g.skills) addTo(actualPairs, key(s), g.importance);
      for (const [skill, importances] of actualPairs) {
        for (const imp of importances) {
          pairsFound++;
          if (expectedPairs.get(skill)?.has(imp)) pairsBoth++;
          else extra.push(`${i}#${imp}:${skill}`);
        }
      }
      for (const [skill, importances] of expectedPairs) {
        for (const imp of importances) {
          pairsExpected++;
          if (!actualPairs.get(skill)?.has(imp)) missing.push(`${i}#${imp}:${skill}`);
        }
        const found = actualPairs.get(skill);
        if (found !== undefined) {
          placed++;
          if (sameSet(found, importances)) placedOk++;
          else misplaced.push(`${i}:${skill} labelled ${[...importances].join('+')} got ${[...found].join('+')}`);
        }
      }
      for (const g of expected?.requirements ?? []) {
        const skills = new Set(g.skills.map(key));
        const monthsSeen = new Map<string, Set<number | null>>();
        for (const a of actual?.requirements ?? []) {
          if (a.importance !== g.importance) continue;
          for (const s of a.skills) {
            const k = key(s);
            if (skills.has(k)) monthsSeen.set(k, (monthsSeen.get(k) ?? new Set()).add(a.minMonths));
          }
        }
        if (monthsSeen.size === 0) continue;
        groupsMatched++;
        const ok = [...monthsSeen.values()].every((months) => months.has(g.minMonths));
        if (ok) groupsMonthsOk++;
        else
          monthMismatches.push(
            `${i}#${g.importance}:[${g.skills.join(', ')}] labelled ${g.minMonths} got ${[...monthsSeen.values()].map((m) => [...m].join('/')).join(', ')}`,
          );
      }
      if (expected === undefined) continue;
      postings++;
      const tOk = actual !== undefined && normalizeTitle(actual.title) === normalizeTitle(expected.title);
      if (tOk) titleOk++;
      caseTitleOk = caseTitleOk && tOk;
      const eOk = actual !== undefined && sameEducation(expected.education, actual.education);
      if (eOk) educationOk++;
      caseEducationOk = caseEducationOk && eOk;
      if (expected.employmentType !== null) {
        typed++;
        const ok = actual !== undefined && actual.employmentType === expected.employmentType;
        if (ok) typedOk++;
        caseTypeOk = (caseTypeOk ?? true) && ok;
      }
    }
    reports.push({
      name: c.name,
      missing,
      extra,
      misplaced,
      monthMismatches,
      titleOk: caseTitleOk,
      educationOk: caseEducationOk,
      employmentTypeOk: caseTypeOk,
    });
  }
  return {
    skillPrecision: ratio(pairsBoth, pairsFound),
    skillRecall: ratio(pairsBoth, pairsExpected),
    placementAccuracy: ratio(placedOk, placed),
    minMonthsAccuracy: ratio(groupsMonthsOk, groupsMatched),
    educationAccuracy: ratio(educationOk, postings),
    titleAccuracy: ratio(titleOk, postings),
    employmentTypeAccuracy: ratio(typedOk, typed),
    cases: reports,
  };
}

function addTo(map: Map<string, Set<Importance>>, skill: string, importance: Importance): void {
  map.set(skill, (map.get(skill) ?? new Set()).add(importance));
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function sameEducation(a: EducationRequirementDraft | null, b: EducationRequirementDraft | null): boolean {
  if (a === null || b === null) return a === b;
  return a.level === b.level && a.required === b.required;
}

/**
 * Reads a `<name>.expected.json` label: one posting object, or `{ "postings": [...] }` for a
 * text holding several. Throws with the path of the first malformed field, so a bad label
 * fails loudly instead of skewing the figures.
 */
export function parseExpectedPostings(json: unknown, where = 'expected'): ExpectedPosting[] {
  if (isRecord(json) && Array.isArray(json.postings))
    return json.postings.map((p, i) => parseOne(p, `${where}.postings[${i}]`));
  return [parseOne(json, where)];
}

function parseOne(json: unknown, where: string): ExpectedPosting {
  if (!isRecord(json)) throw new Error(`${where}: must be an object`);
  if (typeof json.title !== 'string') throw new Error(`${where}.title: must be a string`);
  const type = json.employmentType ?? null;
  if (type !== null && !(EMPLOYMENT_TYPES as readonly unknown[]).includes(type))
    throw new Error(`${where}.employmentType: unknown value`);
  let education: EducationRequirementDraft | null = null;
  if (json.education !== null && json.education !== undefined) {
    const e = json.education;
    if (
      !isRecord(e) ||
      !(EDUCATION_LEVELS as readonly unknown[]).includes(e.level) ||
      typeof e.required !== 'boolean'
    ) {
      throw new Error(`${where}.education: needs level and required`);
    }
    education = { level: e.level as EducationRequirementDraft['level'], required: e.required };
  }
  if (!Array.isArray(json.requirements)) throw new Error(`${where}.requirements: must be an array`);
  const requirements = json.requirements.map((r: unknown, i: number): ExpectedRequirement => {
    const at = `${where}.requirements[${i}]`;
    if (!isRecord(r)) throw new Error(`${at}: must be an object`);
    if (!(IMPORTANCES as readonly unknown[]).includes(r.importance)) throw new Error(`${at}.importance: unknown value`);
    if (!Array.isArray(r.skills) || !r.skills.every((s: unknown) => typeof s === 'string'))
      throw new Error(`${at}.skills: must be strings`);
    const months = r.minMonths ?? null;
    if (months !== null && (typeof months !== 'number' || !Number.isInteger(months) || months < 0))
      throw new Error(`${at}.minMonths: must be a whole number or null`);
    return { importance: r.importance as Importance, skills: r.skills as string[], minMonths: months as number | null };
  });
  return { title: json.title, employmentType: type as EmploymentType | null, education, requirements };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
