import type { ReaderMention } from '../../../preload/contract.js';

/** Mentions to draw: in text order, without overlaps (the longer one wins), rejected only on request. */
export function visibleMentions(all: ReaderMention[], showRejected: boolean): ReaderMention[] {
  const out: ReaderMention[] = [];
  let end = -1;
  for (const m of [...all].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.status === 'rejected' && !showRejected) continue;
    if (m.start < end) continue;
    out.push(m);
    end = m.end;
  }
  return out;
}
