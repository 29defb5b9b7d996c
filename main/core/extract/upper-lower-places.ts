import { grownBack } from './entity-list.js';
import type { ExtractedEntity } from './types.js';

/** "Lower" or "Upper" right before a place, capitalised as part of its name. */
const PART_BEFORE = /(?:^|[^\p{L}\p{N}])((?:Lower|Upper) )$/u;

/**
 * "Lower Saxony", "Upper Nile", "Upper Egypt": the word naming the part of a land belongs to the
 * place's name, though the tagger, reading an everyday word, left it out.
 */
export function joinUpperLowerPlaces(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  return entities.map((e, i) => (e.type === 'location' ? (grownBack(text, entities, i, PART_BEFORE, 8) ?? e) : e));
}
