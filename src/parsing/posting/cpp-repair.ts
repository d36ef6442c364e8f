/** A line after the lost-"++" repair, and whether anything was repaired. */
export interface CppRepair {
  readonly text: string;
  readonly repaired: boolean;
}

// A bare "C" followed by another bare "C" in a list ("C , C, Java"): pasting lost the "++" of
// the first one, since no posting lists C twice. "C/C" is the same loss in "C/C++".
const LOST_PLUS_LIST = /(^|[\s,:;(])C(\s*,\s*)C(?=\s*(?:[,;)]|$|\s(?:and|or)\b))/gu;
const LOST_PLUS_SLASH = /(^|[\s,:;(])C\/C(?=\s*(?:[,;)]|$|\s))/gu;

/**
 * Restores "C++" where a language list reads "C , C" (or "C/C"): the first (in "C/C", the
 * second) bare C is read as C++. The caller warns, since this is a guess about lost text.
 */
export function repairLostCpp(text: string): CppRepair {
  let repaired = false;
  const out = text
    .replace(LOST_PLUS_LIST, (_whole, before: string, comma: string) => {
      repaired = true;
      return `${before}C++${comma}C`;
    })
    .replace(LOST_PLUS_SLASH, (_whole, before: string) => {
      repaired = true;
      return `${before}C/C++`;
    });
  return { text: out, repaired };
}
