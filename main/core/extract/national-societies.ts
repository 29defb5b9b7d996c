import { nameAt, replacedBy } from './entity-list.js';
import { gazetteerClass, isDemonym } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/** Up to two capitalised words before "Red Cross" or "Red Crescent", and "Society" after. */
const SOCIETY =
  /(?<![\p{L}-])(?!(?:The|A|An) )(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) Red (?:Cross|Crescent)(?: Society)?(?![\p{L}-])/gu;

/**
 * A national Red Cross or Red Crescent society is named with its nation: "the Sudanese Red
 * Crescent Society", "Kenya Red Cross", "the Syrian Arab Red Crescent". A nationality before a
 * body's name is otherwise no part of it ("the Sudanese army"), so the tagger leaves it out.
 */
export function joinNationalSocieties(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const found: ExtractedEntity[] = [];
  for (const m of text.matchAll(SOCIETY)) {
    const words = m[1]!.split(' ');
    const last = words[words.length - 1]!;
    // The nation is the pair ("South Sudan", "Syrian Arab") or the word before "Red".
    const pair = words.length === 2 && (isNation(m[1]!) || (isNation(words[0]!) && isDemonym(last)));
    if (!pair && !isNation(last)) continue;
    const start = pair ? m.index : m.index + m[1]!.length - last.length;
    const end = m.index + m[0].length;
    // A longer name around it stays.
    if (entities.some((e) => e.start < end && m.index < e.end && (e.start < m.index || e.end > end))) continue;
    found.push(nameAt(text, start, end, 'organization'));
  }
  return replacedBy(entities, found);
}

function isNation(words: string): boolean {
  return isDemonym(words) || gazetteerClass(words) === 'location';
}
