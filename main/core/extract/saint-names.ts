import { makeSpan, type Span } from './span.js';

/** What is named after a saint, and whether it is a place or a body. */
const PLACES = 'Basilica|Cathedral|Church|Chapel|Abbey|Square|Street|Park|Island|Bay';
/** Bodies named with someone's possessive: after a saint here, after anyone in possessive-facilities.ts. */
export const BODIES_NAMED_AFTER = 'Hospital|College|School|University|Academy';
/**
 * "St. Peter's Basilica", "St Paul's Cathedral", "Saint Mary's Hospital": a saint's possessive
 * and what is named after the saint are one name; runs stop at the possessive, and the saint's
 * name alone was read as a person.
 */
const NAMED_AFTER_SAINT = new RegExp(
  String.raw`\b(?:St\.?|Saint)[^\S\n]+\p{Lu}\p{Ll}+['’]s[^\S\n]+(?:\p{Lu}\p{Ll}+[^\S\n]+){0,2}(?:(${PLACES})|(${BODIES_NAMED_AFTER}))\b`,
  'gu',
);

/** Places and bodies named after a saint, the saint's possessive inside the name. */
export function saintNameSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(NAMED_AFTER_SAINT)) {
    const span = makeSpan(m.index, m.index + m[0].length, m[1] ? 'location' : 'organization', 'head-rule');
    out.push({ ...span, strength: span.strength + 0.5 });
  }
  return out;
}
