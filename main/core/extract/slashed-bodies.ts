import { nameAt, replacedBy } from './entity-list.js';
import { gazetteerClass } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/** Two names joined by a slash, with no space: "CDU/CSU". */
const SLASHED = /(?<![\p{L}\p{N}/-])(\p{Lu}[\p{L}\p{N}&.-]*)\/(\p{Lu}[\p{L}\p{N}&.-]*)(?![\p{L}\p{N}/-])/gu;

/**
 * Two known bodies joined by a slash are one bloc: "the CDU/CSU", the conservative union of two
 * parties that sit as one group. The tagger took one half and left the other.
 */
export function joinSlashedBodies(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const found: ExtractedEntity[] = [];
  for (const m of text.matchAll(SLASHED)) {
    if (gazetteerClass(m[1]!) !== 'organization' || gazetteerClass(m[2]!) !== 'organization') continue;
    const start = m.index;
    const end = start + m[0].length;
    found.push(nameAt(text, start, end, 'organization'));
  }
  return replacedBy(entities, found);
}
