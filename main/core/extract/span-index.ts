/**
 * Spans looked up by position. Spans are short, so a query walks the positions a match could
 * start at instead of comparing every pair: linear in the document, not quadratic, which matters
 * for a 5 MB text with a hundred thousand names.
 */
export class SpanIndex<T extends { start: number; end: number }> {
  private readonly byStart = new Map<number, T[]>();
  private maxLength = 0;

  constructor(spans: Iterable<T>) {
    for (const s of spans) {
      const list = this.byStart.get(s.start);
      if (list) list.push(s);
      else this.byStart.set(s.start, [s]);
      this.maxLength = Math.max(this.maxLength, s.end - s.start);
    }
  }

  /** Spans sharing at least one character with [start, end). */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let p = Math.max(0, start - this.maxLength); p < end; p++) {
      const list = this.byStart.get(p);
      if (list) for (const s of list) if (s.end > start && s.start < end) out.push(s);
    }
    return out;
  }

  /** Spans lying within [start, end). */
  inside(start: number, end: number): T[] {
    const out: T[] = [];
    for (let p = start; p < end; p++) {
      const list = this.byStart.get(p);
      if (list) for (const s of list) if (s.end <= end) out.push(s);
    }
    return out;
  }
}
