import { nameAt } from './entity-list.js';
import type { ExtractedEntity } from './types.js';

/**
 * A country's abbreviation, then one of its regions by the compass: "the U.S. Southeast", "the
 * U.S. Midwest". The tagger reads one place; they are two names, the country and its region, as
 * "U.S." is its own name everywhere else.
 */
const COUNTRY_REGION = /^(U\.S\.|US|U\.K\.|UK)\s+((?:North|South)(?:east|west)|(?:Upper\s+)?Midwest)$/;

export function splitCountryRegions(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  if (!entities.some((e) => e.type === 'location' && COUNTRY_REGION.test(e.text))) return entities;
  return entities.flatMap((e) => {
    const m = e.type === 'location' ? COUNTRY_REGION.exec(e.text) : null;
    if (!m) return [e];
    const regionStart = e.start + e.text.length - m[2]!.length;
    return [nameAt(text, e.start, e.start + m[1]!.length, 'location'), nameAt(text, regionStart, e.end, 'location')];
  });
}
