import { countryCode } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/**
 * "barring Nexperia China from exporting": a body the document names, followed by a country, is
 * that body's unit in the country, not a place. Only where the body's own name stands elsewhere in
 * the document as an organisation.
 */
export function retypeNationalUnits(_text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const bodies = new Set(entities.filter((e) => e.type === 'organization').map((e) => e.text));
  if (!bodies.size) return entities;
  return entities.map((e) => {
    const unit = e.type === 'location' ? /^(.+)\s(\S+)$/u.exec(e.text) : null;
    if (!unit || !bodies.has(unit[1]!) || countryCode(unit[2]!) === null) return e;
    return { ...e, type: 'organization' };
  });
}
