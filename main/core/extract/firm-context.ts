import type { ExtractedEntity } from './types.js';

/**
 * What only a body has, after a name's possessive: "Hapag-Lloyd's share price", "Kpler's chief
 * executive", "Glencore's board". A person has a spokesman, staff and a website too, and shares,
 * employees, customers, investors, earnings and founders ("Smith's shares fell"), so those are
 * not here.
 */
const BODY_POSSESSIONS =
  /^['’]s?\s+(?:share\s+price|board|headquarters|subsidiary|subsidiaries|chief\s+executive|ceo|chairman|chairwoman|workforce|shareholders|revenues?|profits?|servers)\b/i;
/** A title before a name makes it a person's ("Mr Smith's board"). */
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Prof)\.?\s+$/;
/**
 * A name the text goes on to call "which" and to say what a firm does ("Glencore, which
 * operates mines"). Not any "which": ", which proved popular" is often about the clause before.
 */
const WHICH_AFTER =
  /^,\s+which\s+(?:operates|owns|runs|makes|produces|manufactures|sells|supplies|employs|trades|is\s+(?:based|headquartered|listed|owned)|has\s+(?:offices|headquarters))\b/;
const WHO_AFTER = /^,?\s+(?:who|whom)\b/;

/**
 * A name the tagger took for a person that the text treats as a body is an organisation, in
 * every mention. Unless some mention is a "who" or follows a title: then it is a person after all.
 */
export function retypeFirmsByContext(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const bodies = new Set<string>();
  const people = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const after = text.slice(e.end, e.end + 40);
    if (WHO_AFTER.test(after) || TITLE_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start))) people.add(e.key);
    else if (BODY_POSSESSIONS.test(after) || WHICH_AFTER.test(after)) bodies.add(e.key);
  }
  for (const e of entities) if (e.type === 'person' && bodies.has(e.key) && !people.has(e.key)) e.type = 'organization';
  return entities;
}
