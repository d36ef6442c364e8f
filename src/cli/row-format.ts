import { SKILL_CATEGORIES, type SkillCategory } from '../domain/vocabulary';
import { csvRecord } from '../batch/csv';
import type { GroupExplanation, ScoredRow } from '../batch/scored-row';
import { printable } from './terminal-text';

export const OUTPUT_FORMATS = ['csv', 'jsonl', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The columns of a run's output. */
export interface RowLayout {
  /** A posting column first (--all-postings). */
  readonly withPosting: boolean;
  /** Category columns: every category any row reports, in the vocabulary's order. */
  readonly categories: readonly SkillCategory[];
  /** Matched and missing skills per group. */
  readonly explain: boolean;
}

/** The layout for a set of rows: category columns are those the rows report. */
export function rowLayout(rows: readonly ScoredRow[], options: { withPosting: boolean; explain: boolean }): RowLayout {
  const used = new Set<SkillCategory>();
  for (const row of rows) for (const c of row.categories) used.add(c.category);
  return { ...options, categories: SKILL_CATEGORIES.filter((c) => used.has(c)) };
}

/** "Languages: Java, Go (via Golang)" per group, groups separated by "; " (groups with nothing to say left out). */
function groupText(groups: readonly GroupExplanation[], pick: (g: GroupExplanation) => readonly string[]): string {
  return groups
    .filter((g) => pick(g).length > 0)
    .map((g) => `${g.label}: ${pick(g).join(', ')}`)
    .join('; ');
}

function header(layout: RowLayout): string[] {
  return [
    ...(layout.withPosting ? ['posting'] : []),
    'rank',
    'candidate',
    'score',
    'qualified',
    'requiredScore',
    'preferredScore',
    ...layout.categories,
    ...(layout.explain ? ['matched', 'missing'] : []),
  ];
}

function cells(layout: RowLayout, row: ScoredRow): (string | number | boolean | null)[] {
  const byCategory = new Map(row.categories.map((c) => [c.category, c.score]));
  return [
    ...(layout.withPosting ? [row.postingId] : []),
    row.rank,
    row.candidateId,
    row.score,
    row.qualified,
    row.requiredScore,
    row.preferredScore,
    ...layout.categories.map((c) => byCategory.get(c) ?? null),
    ...(layout.explain ? [groupText(row.groups, (g) => g.matched), groupText(row.groups, (g) => g.missing)] : []),
  ];
}

/** The CSV header record (RFC 4180, CRLF line ends). */
export function csvHeader(layout: RowLayout): string {
  return csvRecord(header(layout));
}

export function csvRow(layout: RowLayout, row: ScoredRow): string {
  return csvRecord(cells(layout, row));
}

/** One JSON object per line; categories as an object, groups only with --explain. */
export function jsonlRow(layout: RowLayout, row: ScoredRow): string {
  const categories: Record<string, number | null> = {};
  for (const c of row.categories) categories[c.category] = c.score;
  const out: Record<string, unknown> = {
    postingId: row.postingId,
    rank: row.rank,
    candidateId: row.candidateId,
    score: row.score,
    qualified: row.qualified,
    requiredScore: row.requiredScore,
    preferredScore: row.preferredScore,
    categories,
  };
  // Why there is no score (a posting with nothing to score); score and qualified are then null.
  if (row.reason !== null) out.reason = row.reason;
  if (layout.explain) {
    out.summary = row.summary;
    out.groups = row.groups.map((g) => ({
      id: g.requirementId,
      label: g.label,
      importance: g.importance,
      status: g.status,
      satisfied: g.satisfied,
      credit: g.credit,
      matched: g.matched,
      missing: g.missing,
    }));
  }
  return `${JSON.stringify(out)}\n`;
}

/**
 * Aligned columns for people; with --explain each row is followed by its groups, indented, one
 * line each (matched and missing skills).
 */
export function formatTable(layout: RowLayout, rows: readonly ScoredRow[]): string {
  const titles = header(layout).filter((h) => h !== 'matched' && h !== 'missing');
  const body = rows.map((row) =>
    cells({ ...layout, explain: false }, row).map((v) =>
      v === null ? '-' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v),
    ),
  );
  const widths = titles.map((t, i) => Math.max(t.length, ...body.map((r) => r[i].length)));
  const numeric = (i: number): boolean => !['posting', 'candidate', 'qualified'].includes(titles[i]);
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => (numeric(i) ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [line(titles)];
  rows.forEach((row, r) => {
    out.push(line(body[r]));
    if (!layout.explain) return;
    for (const g of row.groups) {
      const state =
        g.status === 'NOT_ASSESSABLE' ? 'not assessable, not scored' : g.satisfied ? 'met' : `credit ${g.credit}`;
      const missing = g.missing.length > 0 ? `; missing ${g.missing.join(', ')}` : '';
      const importance = g.importance === 'REQUIRED' ? 'required' : 'preferred';
      out.push(`    ${importance} ${g.label} (${state}): ${g.matched.join(', ') || 'nothing matched'}${missing}`);
    }
  });
  // Ids, titles and labels come from files and documents: a terminal gets their control characters escaped.
  return `${out.map(printable).join('\n')}\n`;
}
