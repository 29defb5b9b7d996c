import { ORG_HEADS } from './word-lists.js';

/** Words that make an e-mail display name a desk or unit rather than a person ("Field Office Khorog"). */
const UNIT_WORDS = new Set([...ORG_HEADS, 'field', 'newsroom', 'support', 'helpdesk', 'noreply', 'info', 'admin']);

/**
 * The entity type of a display name in an e-mail header: "Dilnoza Karimova" is a person, "Field
 * Office Khorog" and "Central Asia Cell" are units of an organisation.
 */
export function partyNameType(name: string): 'person' | 'organization' {
  const words = name
    .toLowerCase()
    .split(/[\s,.]+/)
    .filter(Boolean);
  return words.some((w) => UNIT_WORDS.has(w)) ? 'organization' : 'person';
}
