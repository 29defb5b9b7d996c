import { grownBack } from './entity-list.js';
import type { ExtractedEntity } from './types.js';

/** A possessive that belongs to the name after it: "People's Liberation Army", "Workers' Party". */
const NAME_POSSESSIVE_BEFORE = /(?:^|[^\p{L}\p{N}'’])((?:People|Peoples|Workers|Women|Children)['’]s? ?)$/u;

/**
 * Gives a name back the possessive it opens with, which the tagger left out as if it named an
 * owner: "People's" + "Liberation Army", "People's" + "Bank of China". An owner's possessive
 * ("China's army") is a name of its own and stays out.
 */
export function joinNamePossessive(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  return entities.map((e, i) =>
    e.type === 'organization' || e.type === 'location'
      ? (grownBack(text, entities, i, NAME_POSSESSIVE_BEFORE, 12) ?? e)
      : e,
  );
}
