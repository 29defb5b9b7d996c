import type { TaggedSpan } from './ner/tagger.js';
import type { Span } from './span.js';
import { LOC_HEADS, ORG_HEADS } from './word-lists.js';

/**
 * "George Washington" + "University Hospital": the tagger split one organisation into a name
 * and the institution it is named after, and itself typed the part with the head word an
 * organisation. So with a place: "Francis Scott" + "Key Bridge". When the rules read the whole run as one head-word name, and only single spaces
 * (or a name's own possessive, "People's") stand between the tagger's pieces, the whole name wins
 * over the split. Pieces on separate lines
 * or joined by other words ("Mary Hain" ⏎ "ISO New England Inc") stay split.
 */
export function headPartAfterName(text: string, rule: Span, inside: readonly TaggedSpan[]): boolean {
  if (inside.length < 2) return false;
  const sorted = [...inside].sort((a, b) => a.start - b.start);
  const last = sorted[sorted.length - 1]!;
  if (last.type !== rule.type || last.end !== rule.end || sorted[0]!.start !== rule.start) return false;
  const head = text.slice(last.start, last.end).split(/\s+/).pop()!.toLowerCase();
  if (!(rule.type === 'organization' ? ORG_HEADS : LOC_HEADS).has(head)) return false;
  return sorted.every((s, i) => i === 0 || JOIN_GAP.test(text.slice(sorted[i - 1]!.end, s.start)));
}

/** A space, or a possessive that belongs to the name, which the tagger may leave out ("Uganda People's Defence Force"). */
const JOIN_GAP = /^ (?:(?:People|Peoples|Workers|Women|Children)['’]s? )?$/;
