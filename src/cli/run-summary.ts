import type { BatchStats, PostingRanking } from '../batch/batch-score';

const REASONS: Record<string, string> = {
  INVALID_JSON: 'invalid JSON',
  NOT_A_CANDIDATE: 'not a candidate',
  DUPLICATE_ID: 'duplicate id',
};

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * The closing report of a scoring run, for standard error: lines read, skipped (per reason,
 * with the first few places and messages), scored, qualified per posting, elapsed time.
 */
export function formatRunSummary(
  stats: BatchStats,
  rankings: readonly PostingRanking[],
  title: (ranking: PostingRanking) => string,
): string {
  const lines: string[] = [];
  const seconds = (stats.elapsedMs / 1000).toFixed(2);
  const postings = rankings.length === 1 ? '1 posting' : `${count(rankings.length)} postings`;
  const threads = stats.workers > 0 ? `${stats.workers} worker threads` : '1 thread';
  lines.push(
    `read ${count(stats.read)}, skipped ${count(stats.skipped)}, ` +
      `scored ${count(stats.scored)} candidates against ${postings} in ${seconds} s (${threads})`,
  );
  for (const [reason, n] of Object.entries(stats.skipCounts)) {
    lines.push(`  skipped ${count(n ?? 0)}: ${REASONS[reason] ?? reason}`);
    for (const skip of stats.skips.filter((s) => s.reason === reason)) lines.push(`    ${skip.where}: ${skip.message}`);
    if ((n ?? 0) > stats.skips.filter((s) => s.reason === reason).length) lines.push('    ...');
  }
  if (stats.unknownSkillCandidates > 0) {
    lines.push(
      `  ${count(stats.unknownSkillCandidates)} candidates named skills the taxonomy does not know ` +
        `(left out of their scores), e.g. ${stats.unknownSkillNames.map((n) => `"${n}"`).join(', ')}`,
    );
  }
  const shown = rankings.length <= 10 ? rankings : rankings.slice(0, 10);
  for (const ranking of shown) {
    lines.push(
      `  posting ${title(ranking)}: ${count(ranking.qualified)} qualified, ` +
        `${count(ranking.passed)} passed the filters, ${ranking.rows.length} written`,
    );
  }
  if (shown.length < rankings.length) {
    const qualified = rankings.reduce((sum, r) => sum + r.qualified, 0);
    const written = rankings.reduce((sum, r) => sum + r.rows.length, 0);
    lines.push(
      `  ... ${count(rankings.length - shown.length)} more postings; ` +
        `in all ${count(qualified)} qualified pairs, ${count(written)} rows written`,
    );
  }
  return `${lines.join('\n')}\n`;
}
