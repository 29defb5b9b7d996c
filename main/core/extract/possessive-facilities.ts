import { gazetteerClass, isDemonym } from './gazetteer.js';
import { BODIES_NAMED_AFTER } from './saint-names.js';
import { makeSpan, type Span } from './span.js';

/**
 * "King's College Hospital", "Guy's Hospital", "Queen's University Belfast": a hospital, college or
 * school named with a possessive is one body; runs stop at the possessive, and the owner alone
 * was read as a body or a person. Not after a known place or body, or a nationality, which owns
 * the body it names ("London's Royal Free Hospital").
 */
const NAMED_WITH_POSSESSIVE = new RegExp(
  String.raw`(?<![\p{L}'’.])((\p{Lu}\p{Ll}+)['’]s[^\S\n]+(?:\p{Lu}\p{Ll}+[^\S\n]+){0,2}(?:${BODIES_NAMED_AFTER})\b)(?:[^\S\n]+(\p{Lu}\p{Ll}+)\b)?`,
  'gu',
);

/** Bodies named with a possessive inside their name. */
export function possessiveFacilitySpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(NAMED_WITH_POSSESSIVE)) {
    const name = m[1]!;
    const owner = m[2]!;
    const city = m[3];
    if (gazetteerClass(owner) === 'location' || gazetteerClass(owner) === 'organization' || isDemonym(owner)) continue;
    // "St. Mary's Hospital": a saint's (saint-names.ts).
    if (/(?:\bSt\.?|\bSaint)[^\S\n]+$/.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
    // "Queen's University Belfast", "King's College London": the city the body is in goes on its name.
    const withCity = city !== undefined && gazetteerClass(city) === 'location';
    const span = makeSpan(m.index, m.index + (withCity ? m[0] : name).length, 'organization', 'possessor');
    out.push({ ...span, strength: span.strength + 0.5 });
  }
  return out;
}
