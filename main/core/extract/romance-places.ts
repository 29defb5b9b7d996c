import { nameAt, replacedBy } from './entity-list.js';
import { countryCode } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/** A place, a Romance-language "of" and a capitalised name after it: "Nioro du Sahel", "Ciudad del Este". */
const OF_THEN_NAME = /^[^\S\n]+(?:du|del|de la|des|do|da|de)[^\S\n]+\p{Lu}[\p{L}\p{M}'’-]*/u;

/**
 * "near Nioro du Sahel": a town named with a French, Spanish or Portuguese "of" is one place,
 * though the tagger read two ("Nioro", and "Sahel", the region the town's name points to). Only
 * after a place the tagger found, and not a country: "Banque de France" and "Charles de Gaulle"
 * are no places, and a country is not a town's first word.
 */
export function joinRomancePlaces(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const found: ExtractedEntity[] = [];
  for (const e of entities) {
    if (e.type !== 'location' || countryCode(e.text) !== null) continue;
    const m = OF_THEN_NAME.exec(text.slice(e.end, e.end + 60));
    if (!m) continue;
    const end = e.end + m[0].length;
    // The name after it must be one the tagger found, or no name of any other kind.
    const after = entities.find((o) => o.start > e.end && o.start < end);
    if (after && (after.type !== 'location' || after.end !== end)) continue;
    found.push(nameAt(text, e.start, end, 'location'));
  }
  return replacedBy(entities, found);
}
