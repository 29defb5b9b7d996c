import { gazetteerWordFlags, WORD_IS_FIRST_NAME } from './gazetteer.js';

/** Words that make an e-mail display name a desk or unit rather than a person ("Field Office Khorog"). */
const UNIT_WORDS = new Set(
  `office cell desk team unit department ministry embassy consulate service services bureau agency
  press newsroom support helpdesk info admin noreply no-reply committee council secretariat
  directorate headquarters hq command centre center division section branch mission`.split(/\s+/),
);

/**
 * The entity type of a display name in an e-mail header: "Dilnoza Karimova" and "Bob Field" are
 * people, "Field Office Khorog" and "Central Asia Cell" units of an organisation. A first name
 * followed by one word stays a person whatever that word is ("Margaret Court", "Anna Desk").
 */
export function partyNameType(name: string): 'person' | 'organization' {
  const words = name.split(/[\s,]+/).filter(Boolean);
  if (words.length === 2 && gazetteerWordFlags((words[0] as string).toLowerCase()) & WORD_IS_FIRST_NAME)
    return 'person';
  return words.some((w) => UNIT_WORDS.has(w.toLowerCase().replace(/\.$/, ''))) ? 'organization' : 'person';
}
