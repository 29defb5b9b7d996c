import type { ReaderMention } from '../../../preload/contract.js';

/** A run of the reader's text: plain, or one mention; `focus` when it lies in the passage opened at. */
export interface Segment {
  start: number;
  end: number;
  /** Index into the visible mentions, or -1 for plain text. */
  mention: number;
  focus: boolean;
}

/**
 * Cuts a text into runs for drawing: mentions (already in order, not overlapping) stay whole,
 * plain text is cut where the focused passage (a search hit, a cited passage) begins and ends,
 * so the passage can be highlighted across mentions and plain text alike. With `from`, cuts
 * only [from, length) — one block of a long text — and the mentions must lie inside it.
 */
export function readerSegments(
  length: number,
  mentions: readonly Pick<ReaderMention, 'start' | 'end'>[],
  focus: { start: number; end: number } | null,
  from = 0,
): Segment[] {
  const out: Segment[] = [];
  const inFocus = (s: number, e: number) => !!focus && s < focus.end && e > focus.start;
  const plain = (s: number, e: number) => {
    const cuts = [s, e];
    if (focus) for (const c of [focus.start, focus.end]) if (c > s && c < e) cuts.push(c);
    cuts.sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++)
      if (cuts[i]! < cuts[i + 1]!)
        out.push({ start: cuts[i]!, end: cuts[i + 1]!, mention: -1, focus: inFocus(cuts[i]!, cuts[i + 1]!) });
  };
  let at = from;
  mentions.forEach((m, i) => {
    if (m.start > at) plain(at, m.start);
    out.push({ start: m.start, end: m.end, mention: i, focus: inFocus(m.start, m.end) });
    at = m.end;
  });
  if (at < length) plain(at, length);
  return out;
}

/** A selection's offsets without the spaces and punctuation a drag picks up at its edges. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /[\s.,;:!?"'“”‘’()[\]]/.test(text[s]!)) s++;
  while (e > s && /[\s.,;:!?"'“”‘’()[\]]/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

/** What the document's own date is, in the words of its kind: e-mails are received, reports dated. */
export function documentDateLabel(mimeType: string, properties: Record<string, unknown>): string {
  const kind = properties.dateKind;
  if (typeof kind === 'string' && kind.trim()) return kind.trim();
  if (mimeType === 'message/rfc822') return 'received';
  if (mimeType === 'application/pdf' || mimeType.includes('wordprocessingml')) return 'report date';
  return 'published';
}
