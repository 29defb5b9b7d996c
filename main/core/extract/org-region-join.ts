import { mentionKey } from './normalize.js';
import type { ExtractedEntity } from './types.js';

/** Bodies whose full names end in the region they serve: "Organization for Security and Co-operation in Europe". */
const BODY_HEAD =
  /^(?:Organi[sz]ation|Conference|Council|Commission|Committee|Bank|Forum|Centre|Center|Mission|Office|Programme|Program)\s+(?:for|on|of)\s/;
/** Regions such names end in, never a country: "… Mission in Kosovo" is a mission placed somewhere. */
const REGION = /^(?:Europe|Asia|Africa|Central Asia|South Asia|Eurasia|the Americas|the Pacific|Asia and the Pacific)$/;

/**
 * Joins an organisation name the tagger ended before "in <region>" with that region, when the
 * name is a body "for/on/of" something: "Organization for Security and Co-operation" + "in" +
 * "Europe" is one organisation (the OSCE), not an organisation and a place. So is an
 * international body's national chapter: "Amnesty International" + "Kenya", and a company
 * named for where it trades ("… Insurance Company" + "of" + "North America").
 */
export function joinOrgRegion(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const out: ExtractedEntity[] = [];
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    const next = entities[i + 1];
    if (
      next &&
      e.type === 'organization' &&
      next.type === 'location' &&
      ((text.slice(e.end, next.start) === ' in ' && BODY_HEAD.test(e.text) && REGION.test(next.text)) ||
        // "Amnesty International Kenya", "Transparency International Zambia": a national chapter.
        (text.slice(e.end, next.start) === ' ' && /\bInternational$/.test(e.text) && !/\s/.test(next.text.trim())) ||
        // "Allianz Life Insurance Company of North America", "Aluminum Company of America": a
        // company named for where it trades.
        (text.slice(e.end, next.start) === ' of ' && /\s(?:Company|Corporation)$/.test(e.text)))
    ) {
      const name = text.slice(e.start, next.end);
      out.push({
        type: 'organization',
        text: name,
        start: e.start,
        end: next.end,
        key: mentionKey(name),
        canonical: name,
      });
      i++;
      continue;
    }
    out.push(e);
  }
  return out;
}
