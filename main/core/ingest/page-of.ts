/**
 * Documents read page by page (PDF) keep `properties.pageStarts`: the text offset where each
 * page begins. A citation then says which page a passage is on.
 */
export function pageOf(properties: Record<string, unknown>, offset: number): number | null {
  const starts = properties.pageStarts;
  if (!Array.isArray(starts) || starts.length === 0) return null;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
