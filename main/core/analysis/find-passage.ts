/**
 * Where plain words first occur in a text, the way a search matches them (each word as a prefix
 * of a word, case and accents ignored): the whole phrase if it occurs, otherwise the shortest
 * stretch holding every word, otherwise the first word. Used to open a document at a search hit.
 */
export function findPassage(text: string, query: string): { start: number; end: number } | null {
  const words = (query.match(/[\p{L}\p{N}_]+/gu) ?? []).map(fold);
  if (!words.length) return null;
  // Folding keeps one character per character (accents are dropped from letters, never split
  // across positions), so offsets in the folded text are offsets in the original.
  const hay = fold(text);
  const phrase = new RegExp(
    `(?<![\\p{L}\\p{N}_])${words.map(escape).join('[\\p{L}\\p{N}_]*[^\\p{L}\\p{N}_]+')}[\\p{L}\\p{N}_]*`,
    'u',
  ).exec(hay);
  if (phrase) return { start: phrase.index, end: phrase.index + phrase[0].length };
  const hits = words.map((w) =>
    [...hay.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_])${escape(w)}[\\p{L}\\p{N}_]*`, 'gu'))].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    })),
  );
  if (hits.some((h) => !h.length)) {
    const first = hits.find((h) => h.length)?.[0];
    return first ?? null;
  }
  let best: { start: number; end: number } | null = null;
  for (const anchor of hits[0]!) {
    let start = anchor.start;
    let end = anchor.end;
    for (const list of hits.slice(1)) {
      const near = list.reduce((a, b) => (Math.abs(b.start - anchor.start) < Math.abs(a.start - anchor.start) ? b : a));
      start = Math.min(start, near.start);
      end = Math.max(end, near.end);
    }
    if (!best || end - start < best.end - best.start) best = { start, end };
  }
  return best;
}

function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    const base = ch
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    // Keep one UTF-16 unit per unit of the original so offsets line up.
    out += base.length === ch.length ? base : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
