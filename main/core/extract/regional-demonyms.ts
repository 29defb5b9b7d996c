import { gazetteerClass } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/**
 * "Bavarian", "Siberian", "Crimean": the adjective of a place ending in "a" is no place. The
 * gazetteer knows nations' adjectives, not every region's; a word that is a place's name plus
 * "n", where that place is named in the document or known, is such an adjective ("its Bavarian
 * sister party" beside "the premier of Bavaria"). Not a known place itself ("Milan"). So is a
 * region's with its compass word: "West African leaders" (West Africa), "Central Asian states".
 * So is a mountain range's, the range named in the plural: "the Himalayan country".
 */
export function dropRegionalDemonyms(_text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const places = new Set(entities.filter((e) => e.type === 'location').map((e) => e.text));
  return entities.filter((e) => {
    if (!/^(?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+an$/u.test(e.text) || gazetteerClass(e.text) === 'location') return true;
    const place = e.text.slice(0, -1);
    // Taken for a person ("Crimean officials"), only beside the place itself: "Adrian" is a name.
    if (e.type === 'person' || e.type === 'organization') return !places.has(place);
    // "the Himalayan country": a range's adjective, the range named in the plural (Himalayas).
    const named = [place, `${place}s`];
    return e.type !== 'location' || !named.some((p) => places.has(p) || gazetteerClass(p) === 'location');
  });
}
