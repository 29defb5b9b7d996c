/**
 * Remembers a pure function of one string. Extraction asks the same questions of the same words
 * thousands of times per document ("is 'the' an everyday word?", the look-up key of "Tajikistan"),
 * and across the documents of one import; the answers never change, so each is worked out once.
 * The cache is emptied when full, so memory stays bounded on huge or hostile inputs.
 */
export function memoizeString<T>(fn: (s: string) => T, limit = 100_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const value = fn(s);
    if (cache.size >= limit) cache.clear();
    cache.set(s, value);
    return value;
  };
}
