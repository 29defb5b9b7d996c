import { gazetteerClass, isDemonym } from './gazetteer.js';
import { makeSpan, type Span } from './span.js';

/**
 * "near the town of Hunt", "the village of Bath", "the port city of Odesa": what a town is "of"
 * is its name, even an everyday word; so is the place its residents or outskirts are "of"
 * ("residents of Poonch said"). One to three capitalised words; a known body or person is
 * left alone.
 */
const SETTLEMENT_OF =
  /\b(?:town|city|village|hamlet|suburb|township|port\s+city|border\s+town|capital|residents|inhabitants|villagers|outskirts)\s+of\s+(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,2})/gu;

/** "the provincial capital, Wabag, …": a capital named after a comma, set off by another. */
const CAPITAL_NAMED = /\bcapital,[^\S\n]+(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,2})(?=[,.;)])/gu;

/** Places named after the word for a settlement and "of", or a capital's name set off after it. */
export function settlementOfSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of [...text.matchAll(SETTLEMENT_OF), ...text.matchAll(CAPITAL_NAMED)]) {
    const name = m[1]!;
    const known = gazetteerClass(name);
    if (known === 'organization' || known === 'person' || isDemonym(name)) continue;
    const start = m.index + m[0].length - name.length;
    // Named by the noun before it, as an apposition names: not dropped for being an everyday word.
    const place = makeSpan(start, start + name.length, 'location', 'apposition');
    out.push({ ...place, strength: place.strength + 0.5 });
  }
  return out;
}
