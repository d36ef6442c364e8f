import type { Taxonomy } from '../../../domain/taxonomy/taxonomy';
import { isGroupLabel } from './section-headings';

/**
 * A skills table row whose first cell, a group label, reaches the text with no colon and no gap
 * ("Programming Python, SQL, Java, R, Bash", "DevOps AWS, GCP, Docker"): the row without its label.
 * The label is cut as "Programming: Python, SQL" has it cut, when the words after it begin an item
 * the taxonomy knows and the whole first item is no skill ("Data Science, R" keeps its words).
 * Rows of any other shape come back as they are.
 */
export function withoutRowLabel(taxonomy: Taxonomy, text: string): string {
  const comma = text.indexOf(',');
  if (comma < 0) return text;
  const firstItem = text.slice(0, comma).trim();
  if (taxonomy.resolve(firstItem) !== undefined) return text;
  const words = firstItem.split(/\s+/u);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (!isGroupLabel(words.slice(0, n).join(' '))) continue;
    if (taxonomy.resolve(words.slice(n).join(' ')) === undefined) return text;
    return text
      .replace(/^\s*/u, '')
      .slice(words.slice(0, n).join(' ').length)
      .replace(/^[\s]+/u, '');
  }
  return text;
}
