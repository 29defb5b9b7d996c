import { mentionKey } from './normalize.js';
import type { ExtractedEntity } from './types.js';

/** A possessive that belongs to the name after it: "People's Liberation Army", "Workers' Party". */
const NAME_POSSESSIVE_BEFORE = /(?:^|[^\p{L}\p{N}'’])((?:People|Peoples|Workers|Women|Children)['’]s? ?)$/u;

/**
 * Gives a name back the possessive it opens with, which the tagger left out as if it named an
 * owner: "People's" + "Liberation Army", "People's" + "Bank of China". An owner's possessive
 * ("China's army") is a name of its own and stays out.
 */
export function joinNamePossessive(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  return entities.map((e, i) => {
    if (e.type !== 'organization' && e.type !== 'location') return e;
    const m = NAME_POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, e.start - 12), e.start));
    if (!m) return e;
    const start = e.start - m[1]!.length;
    const previous = entities[i - 1];
    if (previous && previous.end > start) return e;
    const name = text.slice(start, e.end);
    return { ...e, text: name, start, key: mentionKey(name), canonical: name };
  });
}
