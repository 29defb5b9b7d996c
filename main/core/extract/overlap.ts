import type { Span } from './span.js';

/**
 * Keeps the best of overlapping spans: the stronger signal, then the longer span, then the
 * earlier one. The result is sorted by position and has no two spans sharing a character.
 */
export function resolveOverlaps(spans: Span[]): Span[] {
  const ranked = [...spans].sort(
    (a, b) => b.strength - a.strength || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Span[] = [];
  // One flag per character: spans are short, so checking their range is cheaper than pairs.
  const taken = new Uint8Array(spans.reduce((m, s) => Math.max(m, s.end), 0));
  for (const s of ranked) {
    if (s.end <= s.start) continue;
    let free = true;
    for (let i = s.start; i < s.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    kept.push(s);
    taken.fill(1, s.start, s.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}
