/**
 * The words extraction, the editors and the chart share for events and suggested links.
 * Extraction only ever writes these; an analyst may type others by hand.
 */

/** What kind of thing happened. `election`, `withdrawal` and `political` (coups, collapses of governments) extend the base list. */
export const EVENT_TYPES = [
  'attack',
  'clash',
  'killing',
  'deployment',
  'statement',
  'meeting',
  'call',
  'request',
  'agreement',
  'arrest',
  'election',
  'withdrawal',
  'political',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** A participant's part in an event. `member` is an attendee of a meeting or a party to an agreement. */
export const EVENT_ROLES = ['agent', 'target', 'victim', 'speaker', 'addressee', 'member', 'other'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

/** Relations extraction suggests between two entities, each written source → target. */
export const LINK_TYPES = [
  'member_of',
  'leader_of',
  'works_for',
  'part_of',
  'located_in',
  'based_in',
  'controls',
  'ally_of',
  'borders',
  'suspected_of',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** Link types that read the same both ways (drawn without an arrow). */
export const UNDIRECTED_LINK_TYPES: ReadonlySet<LinkType> = new Set<LinkType>(['ally_of', 'borders']);

/**
 * The link types the link form offers first: extraction's, then relations only an analyst
 * asserts. Stored as written here (lower case, words joined by `_`, as extraction has always
 * stored them); shown with spaces (`linkTypeLabel`). A case extends the list with types it uses.
 */
export const OFFERED_LINK_TYPES = [
  ...LINK_TYPES,
  'hostile_to',
  'funds',
  'communicates_with',
  'family_of',
  'associate_of',
  'met_with',
  'owns',
] as const;

/** Other spellings once offered for the same relation (migration 0120 converted stored ones). */
const LINK_TYPE_SYNONYMS: Readonly<Record<string, string>> = { allied_with: 'ally_of' };

/**
 * The stored spelling of a link type as typed or picked: "Member of", "member-of" and
 * "member_of" are all `member_of`; a type outside the vocabulary is kept as typed (trimmed).
 */
export function canonicalLinkType(text: string): string {
  const typed = text.trim();
  const key = typed.toLowerCase().replace(/[\s_-]+/g, '_');
  if ((OFFERED_LINK_TYPES as readonly string[]).includes(key)) return key;
  return LINK_TYPE_SYNONYMS[key] ?? typed;
}

/**
 * How a link type reads: `member_of` → "member of". A type outside the vocabulary reads as it
 * was typed, so `canonicalLinkType(linkTypeLabel(t))` is `t` for every stored type.
 */
export function linkTypeLabel(type: string): string {
  return (OFFERED_LINK_TYPES as readonly string[]).includes(type) ? type.replace(/_/g, ' ') : type;
}

/** Counts an event carries as properties ("killed: 5"). */
export const EVENT_COUNT_KINDS = ['killed', 'injured', 'arrested', 'missing', 'displaced', 'hostages'] as const;
export type EventCountKind = (typeof EVENT_COUNT_KINDS)[number];
