/**
 * How Dossier's words map onto STIX 2.1's. Entity types that name a STIX object type travel as
 * that type; relationship types use STIX's suggested names where one fits, and keep Dossier's own
 * word in `x_dossier_link_type` otherwise.
 */

/** STIX domain object types an entity may be exported as directly (as imported from STIX). */
export const STIX_ENTITY_TYPES = new Set([
  'threat-actor',
  'intrusion-set',
  'campaign',
  'malware',
  'tool',
  'attack-pattern',
  'indicator',
  'infrastructure',
  'vulnerability',
  'course-of-action',
]);

/** Dossier identifier entity types exported as STIX cyber-observables, with the value property. */
export const OBSERVABLE_TYPES: Record<string, string> = {
  email: 'email-addr',
  url: 'url',
  domain: 'domain-name',
  ip: 'ipv4-addr',
  ipv4: 'ipv4-addr',
  ipv6: 'ipv6-addr',
  mac: 'mac-addr',
};

/** STIX relationship types (spec vocabulary and common SRO names) → kept as they are. */
const STIX_RELATIONSHIPS = new Set([
  'related-to',
  'derived-from',
  'duplicate-of',
  'attributed-to',
  'targets',
  'uses',
  'located-at',
  'indicates',
  'mitigates',
  'compromises',
  'hosts',
  'owns',
  'authored-by',
  'beacons-to',
  'exfiltrates-to',
  'communicates-with',
  'consists-of',
  'controls',
  'delivers',
  'drops',
  'downloads',
  'has',
  'impersonates',
  'originates-from',
  'variant-of',
  'based-on',
  'investigates',
  'characterizes',
  'analysis-of',
  'static-analysis-of',
  'dynamic-analysis-of',
  'remediates',
  'revoked-by',
  'detects',
  'subtechnique-of',
  'av-analysis-of',
  'exploits',
  'resolves-to',
  'belongs-to',
]);

const SYNONYMS: Record<string, string> = {
  'located-in': 'located-at',
  'based-in': 'located-at',
  lives_in: 'located-at',
  'lives-in': 'located-at',
  owner: 'owns',
  'owner-of': 'owns',
  author: 'authored-by',
  attributed: 'attributed-to',
  target: 'targets',
  targeted: 'targets',
  duplicate: 'duplicate-of',
};

/** The STIX relationship_type for a Dossier link type, and whether Dossier's word must ride along. */
export function stixRelationshipType(linkType: string): { type: string; keepOriginal: boolean } {
  const t = linkType
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (STIX_RELATIONSHIPS.has(t)) return { type: t, keepOriginal: t !== linkType };
  const syn = SYNONYMS[t];
  if (syn) return { type: syn, keepOriginal: true };
  return { type: 'related-to', keepOriginal: true };
}
