import { gazetteerClass, isDemonym } from './gazetteer.js';
import type { Sentence } from './analyse.js';
import { makeSpan, type Span } from './span.js';

/** "Hamas-run", "Dubai-based", "Russia-backed", "London-listed": a known name inside a compound adjective. */
export const COMPOUND_ADJECTIVE =
  /^(\p{Lu}[\p{L}.'’]*)-(?:run|led|backed|based|listed|headquartered|registered|born|bound|controlled|owned|linked|allied|funded|affiliated|held|occupied|dominated|aligned|made|brokered|sponsored|flagged)$/u;

/** The known name opening each compound adjective ("Hamas" in "the Hamas-run ministry"); nationalities are not names. */
export function compoundPrefixSpans(sentences: readonly Sentence[]): Span[] {
  const out: Span[] = [];
  // Not runs: a compound adjective is not a capitalised word, so no run holds it.
  for (const sentence of sentences) {
    sentence.units.forEach((u, i) => {
      const m = COMPOUND_ADJECTIVE.exec(u.text);
      if (!m || isDemonym(m[1]!)) return;
      const end = u.start + m[1]!.length;
      // "Hong Kong-based", "Abu Dhabi-owned": the name may begin one or two words earlier.
      for (let back = 2; back >= 0; back--) {
        const first = sentence.units[i - back];
        // "al Qaeda-linked": a lower-case article opens some names.
        const opens = /^\p{Lu}/u.test(first?.text ?? '') || /^(?:al|el)$/.test(first?.text ?? '');
        if (!first || (back > 0 && (!opens || /^(?:The|A|An|This|That)$/.test(first.text)))) continue;
        const words = sentence.units.slice(i - back, i).map((w) => w.text);
        const cls = gazetteerClass([...words, m[1]!].join(' '));
        if (cls === 'organization' || cls === 'location') {
          out.push(makeSpan(first.start, end, cls, 'gazetteer'));
          return;
        }
      }
    });
  }
  return out;
}
