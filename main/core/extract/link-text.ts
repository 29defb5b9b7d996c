import type { ExtractedEntity } from './types.js';

/**
 * A sentence with each named mention replaced by a marker `⟦n⟧`, so relation patterns can be
 * written over plain words and names ("⟦0⟧, a member of the ⟦1⟧"). `origin` maps a marked
 * index back to the document.
 */
export interface MarkedSentence {
  marked: string;
  names: ExtractedEntity[];
  origin(at: number): number;
}

export function markNames(text: string, start: number, end: number, names: ExtractedEntity[]): MarkedSentence {
  const pieces: { from: number; to: number; orig: number }[] = [];
  let marked = '';
  let at = start;
  const kept: ExtractedEntity[] = [];
  for (const n of names) {
    if (n.start < at || n.end > end) continue;
    pieces.push({ from: marked.length, to: marked.length + (n.start - at), orig: at });
    marked += text.slice(at, n.start);
    const token = `⟦${kept.length}⟧`;
    pieces.push({ from: marked.length, to: marked.length + token.length, orig: n.start });
    marked += token;
    kept.push(n);
    at = n.end;
  }
  pieces.push({ from: marked.length, to: marked.length + (end - at), orig: at });
  marked += text.slice(at, end);
  // Curly apostrophes and dashes read like plain ones in the patterns.
  marked = marked.replace(/’/g, "'").replace(/[–—]/g, '—');
  return {
    marked,
    names: kept,
    origin(i: number): number {
      const p = pieces.find((q) => q.from <= i && i <= q.to && q.to > q.from) ?? pieces[pieces.length - 1]!;
      const isName =
        /^⟦/.test(marked.slice(p.from, p.from + 1)) && p.to - p.from <= 6 && marked.slice(p.from, p.to).endsWith('⟧');
      if (isName) {
        const n = kept[Number(marked.slice(p.from + 1, p.to - 1))]!;
        return i >= p.to ? n.end : n.start;
      }
      return p.orig + (i - p.from);
    },
  };
}
