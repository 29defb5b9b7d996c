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

/** Counts an event carries as properties ("killed: 5"). */
export const EVENT_COUNT_KINDS = ['killed', 'injured', 'arrested', 'missing', 'displaced', 'hostages'] as const;
export type EventCountKind = (typeof EVENT_COUNT_KINDS)[number];
