// A posting repeats the same short lines (a list line copied under two headings, a footer on every page, an adversarial
// text of one phrase): classifying each distinct line once keeps the cost of such texts down. The cache is small and
// emptied when full, so memory stays bounded whatever the text.
const MAX_ENTRIES = 1024;

/**
 * The function itself for a pure function of one string key: its answer for a key seen lately is
 * remembered and given again, exactly what a new call would compute.
 */
export function memoized<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    const known = cache.get(key);
    if (known !== undefined || cache.has(key)) return known as T;
    const value = compute(key);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, value);
    return value;
  };
}
