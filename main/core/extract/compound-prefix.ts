import { gazetteerClass, isDemonym } from './gazetteer.js';
import type { Sentence } from './analyse.js';
import { makeSpan, type Span } from './span.js';

/** "Hamas-run", "Dubai-based", "Russia-backed": a known name inside a compound adjective. */
export const COMPOUND_ADJECTIVE =
  /^(\p{Lu}[\p{L}.'’]*)-(?:run|led|backed|based|controlled|owned|linked|allied|funded|affiliated|held|occupied|dominated|aligned|made|brokered|sponsored)$/u;

/** The known name opening each compound adjective ("Hamas" in "the Hamas-run ministry"); nationalities are not names. */
export function compoundPrefixSpans(sentences: readonly Sentence[]): Span[] {
  const out: Span[] = [];
  // Not runs: a compound adjective is not a capitalised word, so no run holds it.
  for (const sentence of sentences) {
    for (const u of sentence.units) {
      const m = COMPOUND_ADJECTIVE.exec(u.text);
      if (!m || isDemonym(m[1]!)) continue;
      const cls = gazetteerClass(m[1]!);
      if (cls === 'organization' || cls === 'location')
        out.push(makeSpan(u.start, u.start + m[1]!.length, cls, 'gazetteer'));
    }
  }
  return out;
}
