/**
 * The parts of the FollowTheMoney model Dossier needs at run time (the model package is a test
 * dependency, used there to validate what these tables produce): which schemata are edges and
 * their ends, which node schemata point at another entity, and how FtM schemata meet Dossier's
 * entity types.
 */

/**
 * Edge schemata: [source property, target property, the link type an edge becomes, directed].
 * Where the relation is in Dossier's link vocabulary the type is spelled as there
 * (lib/vocabulary/event-types.ts), so an imported edge and an extracted link agree.
 */
export const EDGE_SCHEMATA: Record<string, [string, string, string, boolean]> = {
  Associate: ['person', 'associate', 'associate_of', false],
  ContractAward: ['contract', 'supplier', 'awarded to', true],
  CourtCaseParty: ['party', 'case', 'party in', true],
  Debt: ['debtor', 'creditor', 'owes', true],
  Directorship: ['director', 'organization', 'directs', true],
  Documentation: ['document', 'entity', 'mentions', false],
  Employment: ['employee', 'employer', 'works_for', true],
  Family: ['person', 'relative', 'related to', false],
  Membership: ['member', 'organization', 'belongs to', true],
  Occupancy: ['holder', 'post', 'holds', true],
  Ownership: ['owner', 'asset', 'owns', true],
  Payment: ['payer', 'beneficiary', 'paid', true],
  ProjectParticipant: ['participant', 'project', 'participates in', true],
  Representation: ['agent', 'client', 'represents', true],
  Succession: ['predecessor', 'successor', 'succeeded by', true],
  UnknownLink: ['subject', 'object', 'linked to', false],
};

/** The property an edge's free-text caption lives in (Dossier's link type when it is not the default label). */
export const EDGE_CAPTION: Record<string, string> = { Associate: 'relationship', Family: 'relationship' };

/** Node schemata that point at another entity: shown on a chart as a link from the node to it. */
export const POINTS_AT: Record<string, [string, string]> = {
  Sanction: ['entity', 'sanctions'],
  Passport: ['holder', 'passport of'],
  Identification: ['holder', 'identification of'],
  Vessel: ['owner', 'owned by'],
  Note: ['entity', 'note on'],
};

/** FtM schema → Dossier entity type; schemata not listed keep their own name, lower-cased. */
export const ENTITY_TYPE_OF_SCHEMA: Record<string, string> = {
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  LegalEntity: 'organization',
  PublicBody: 'organization',
  Address: 'location',
};

/** Dossier entity type → FtM schema for entities Dossier made. */
export const SCHEMA_OF_ENTITY_TYPE: Record<string, string> = {
  person: 'Person',
  organization: 'Organization',
  organisation: 'Organization',
  location: 'Address',
  'threat-actor': 'Organization',
  'intrusion-set': 'Organization',
  company: 'Company',
  vessel: 'Vessel',
};

/** Keys of `properties` that are Dossier's own bookkeeping, never FtM property names. */
export const BOOKKEEPING = new Set([
  'ftmId',
  'ftmSchema',
  'ftmEntity',
  'ftmNames',
  'ftmPointsAt',
  'stixId',
  'stixType',
  'stixRef',
  'stix',
  'graphmlId',
  'tlp',
]);
