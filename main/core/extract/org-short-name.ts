import { countryCode } from './gazetteer.js';
import { mentionKey } from './normalize.js';
import type { ExtractedEntity } from './types.js';

const ACRONYM = /^[A-Z][A-Z0-9&]{1,4}$/;

/**
 * An acronym that opens a company's name in the document is that company's short name: "ITA"
 * after "ITA Airways" is the airline, not the town of Itá the gazetteer knows. Not a country's
 * code ("US" in "US Steel" stays the country).
 */
export function retypeOrgShortNames(_text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const opening = new Set(
    entities
      .filter((e) => e.type === 'organization')
      .map((e) => /^([A-Z][A-Z0-9&]{1,4}) \p{Lu}/u.exec(e.text)?.[1])
      .filter((w): w is string => !!w),
  );
  if (!opening.size) return entities;
  return entities.map((e) =>
    e.type === 'location' && ACRONYM.test(e.text) && opening.has(e.text) && !countryCode(e.text)
      ? { ...e, type: 'organization', key: mentionKey(e.text), canonical: e.text }
      : e,
  );
}
