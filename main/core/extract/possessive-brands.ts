import { grownTo, insideLongerName, nameAt, replacedBy } from './entity-list.js';
import { gazetteerClass } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/**
 * Companies whose names are written as a possessive: the tagger reads "Moody's" as an owner and
 * finds no name ("Moody's is due to review …"), or a person ("McDonald").
 */
const BRANDS = [
  'Moody',
  'McDonald',
  'Sotheby',
  'Christie',
  'Lloyd',
  'Sainsbury',
  'Macy',
  'Kellogg',
  'Wendy',
  'Kohl',
  'Dillard',
  'Domino',
];
const BRAND = new RegExp(`(?<![\\p{L}\\p{N}])(?:${BRANDS.join('|')})['’]s(?![\\p{L}\\p{N}])`, 'gu');
/** Up to three capitalised words that go on with the name: "Moody's Investors Service", "Lloyd's List Intelligence". */
const NAME_GOES_ON = /^(?: \p{Lu}[\p{L}&-]*){1,3}/u;

/** How many characters of capitalised words, none a known place, go on with the name. */
function goesOn(after: string): number {
  const words = NAME_GOES_ON.exec(after)?.[0].split(' ').slice(1) ?? [];
  let length = 0;
  for (let i = 0; i < words.length; i++) {
    // "Sotheby's Hong Kong": a place there is where the company is, not its name.
    if (words.slice(i).some((_, j) => gazetteerClass(words.slice(i, i + j + 1).join(' ')) === 'location')) break;
    length += words[i]!.length + 1;
  }
  return length;
}

/**
 * Each "Moody's", "Sotheby's", "McDonald's" as the company, in place of whatever was found there.
 * Not where the document names a person with that surname ("Chris Christie's campaign").
 */
export function findPossessiveBrands(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const found: ExtractedEntity[] = [];
  for (const m of text.matchAll(BRAND)) {
    const surname = m[0].slice(0, -2);
    if (entities.some((e) => e.type === 'person' && e.text.includes(' ') && e.text.endsWith(` ${surname}`))) continue;
    const start = m.index;
    const end = start + m[0].length + goesOn(text.slice(start + m[0].length, start + m[0].length + 60));
    // "Lloyd's List Intelligence": a longer name found there is that name.
    if (insideLongerName(entities, start, end)) continue;
    found.push(nameAt(text, start, end, 'organization'));
  }
  return replacedBy(entities, found);
}

/**
 * What follows a possessive that is part of a name: "for", a verb of saying, a relative clause
 * ("JDE Peet's, whose brands …"). Not what an elliptical possessive may stand before ("Norfolk
 * Southern's in the East": its network).
 */
const NAME_ENDS_AFTER = /^['’]s(?=,?\s+(?:whose|which)\b|\s+(?:for|said|says)\b)/;

/**
 * "Dutch coffee company JDE Peet's for 15.7 billion euros", "JDE Peet's, whose brands …": a
 * body's name of several words the tagger ended before "'s", where nothing it could own follows,
 * ends with it.
 */
export function keepNamePossessive(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  return entities.map((e, i) => {
    if (e.type !== 'organization' || !/\s/.test(e.text)) return e;
    const m = NAME_ENDS_AFTER.exec(text.slice(e.end, e.end + 12));
    const next = entities[i + 1];
    if (!m || (next && next.start < e.end + 2)) return e;
    return grownTo(text, e, e.start, e.end + 2);
  });
}
