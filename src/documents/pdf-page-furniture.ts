import { rows, rowText, type TextRun } from './pdf-rows';

/**
 * A page printed from a browser carries the browser's furniture on every page: a header row with
 * the date, the time and the page's title ("10/18/23, 3:33 PM  Sr Systems Engineer ... at TARGET")
 * and a footer row with the address and the page number ("https://jobs.example.com/...  2/7").
 * Read as text, the footer runs into the line above it and splits a list item across pages. A
 * row that opens or closes two pages or more, the same but for its numbers, is furniture and is
 * dropped from every page.
 */
export function withoutPageFurniture<P extends { readonly runs: TextRun[] }>(pages: readonly P[]): P[] {
  if (pages.length < 2) return [...pages];
  const edges = pages.map((page) => {
    const all = rows(page.runs);
    return all.length < 3 ? [] : [all[0], all[all.length - 1]];
  });
  const seen = new Map<string, number>();
  for (const pageEdges of edges)
    for (const key of new Set(pageEdges.map(furnitureKey))) seen.set(key, (seen.get(key) ?? 0) + 1);
  return pages.map((page, n) => {
    const drop = new Set(edges[n].filter((row) => (seen.get(furnitureKey(row)) ?? 0) >= 2 && isFurniture(row)).flat());
    return drop.size === 0 ? page : { ...page, runs: page.runs.filter((run) => !drop.has(run)) };
  });
}

// The numbers in a furniture row change from page to page (the page number, a clock that ticked); nothing else does.
function furnitureKey(row: readonly TextRun[]): string {
  return rowText(row).replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();
}

// A browser's header or footer holds a date and time, an address or a page count ("2/7", "Page 2 of 7").
function isFurniture(row: readonly TextRun[]): boolean {
  const text = rowText(row);
  return /\b\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}|https?:\/\/\S+|\b\d{1,3} ?\/ ?\d{1,3}\s*$|\bpage \d+ of \d+\b/iu.test(
    text,
  );
}
