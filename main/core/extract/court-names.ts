import { grownTo } from './entity-list.js';
import type { ExtractedEntity } from './types.js';

/** A court of England and Wales named after its town, written in lower case by some papers: "Southwark crown court". */
const COURT_AFTER = /^ (?:crown|magistrates['’]?|coroner['’]s|county|youth) court(?![\p{L}\p{N}])/iu;

/**
 * The town and its court are one body: "Southwark" + "crown court" is the court, not the
 * borough, whether the paper capitalises the court or not (the tagger often stops at the town).
 */
export function joinCourtNames(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  return entities.map((e, i) => {
    if (e.type !== 'location' && e.type !== 'organization') return e;
    const m = COURT_AFTER.exec(text.slice(e.end, e.end + 24));
    if (!m) return e;
    const end = e.end + m[0].length;
    const next = entities[i + 1];
    if (next && next.start < end) return e;
    return grownTo(text, e, e.start, end, 'organization');
  });
}
