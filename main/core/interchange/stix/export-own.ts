import type { AliasRecord, EntityRecord, LinkRecord, Reliability, Tlp } from '../../store/records.js';
import { countryCodeOf, stixIdFor } from '../derived-ids.js';
import { clean } from './stix-clean.js';
import type { StixObject } from './import-objects.js';
import { regionOf } from './region-ov.js';
import { OBSERVABLE_TYPES, STIX_ENTITY_TYPES, stixRelationshipType } from './vocabulary.js';

export type Common = (
  r: { id: string; caseId: string; createdAt: string; modifiedAt: string },
  type: string,
  id: string,
  tlp?: Tlp,
) => StixObject;

/** Types with a STIX `aliases` property; other types carry aliases as `x_dossier_aliases`. */
const HAS_ALIASES = new Set(['threat-actor', 'intrusion-set', 'campaign', 'malware', 'tool', 'infrastructure']);

/** A date or date-time as a STIX timestamp, or undefined. */
function stixTime(value: string | null): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(/^\d{4}(-\d{2})?$/.test(value) ? `${value.length === 4 ? `${value}-01` : value}-01` : value);
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

/**
 * An entity Dossier made, as the STIX object its type names (identity otherwise), authored by
 * the case and marked with its TLP. Null for a place STIX cannot express: a location needs a
 * country, a `region-ov` region or coordinates, and Dossier does not invent one.
 */
export function ownEntityObject(e: EntityRecord, aliasRecords: AliasRecord[], common: Common): StixObject | null {
  const props = e.properties;
  // Records imported before source objects were kept whole carry only their extra properties.
  const extras = props.stix && typeof props.stix === 'object' ? (props.stix as Record<string, unknown>) : {};
  const marked = typeof props.stixType === 'string' ? props.stixType : null;
  const observable = OBSERVABLE_TYPES[e.type];
  let type: string;
  if (marked && STIX_ENTITY_TYPES.has(marked)) type = marked;
  else if (STIX_ENTITY_TYPES.has(e.type)) type = e.type;
  else if (e.type === 'location') type = 'location';
  else if (observable)
    type = observable === 'ipv4-addr' && String(props.value ?? e.label).includes(':') ? 'ipv6-addr' : observable;
  else type = 'identity';
  const id =
    typeof props.stixId === 'string' && props.stixId.startsWith(`${type}--`) ? props.stixId : stixIdFor(type, e.id);
  const tlp = typeof props.tlp === 'string' ? (props.tlp as Tlp) : undefined;
  const aliases = aliasRecords.map((a) => a.alias);
  const dossier = {
    x_dossier_alias_records: aliasRecords.map((a) => ({
      id: a.id,
      case_id: a.caseId,
      created: a.createdAt,
      modified: a.modifiedAt,
      alias: a.alias,
    })),
    x_dossier_type: e.type,
    x_dossier_status: e.status,
    x_dossier_label: e.label,
    x_dossier_properties: props,
    x_dossier_notes: e.notes,
  };
  if (observable && !STIX_ENTITY_TYPES.has(type)) {
    // Cyber-observables have no created/modified and no description.
    const {
      created: _c,
      modified: _m,
      created_by_ref: _b,
      external_references: _r,
      ...rest
    } = common(e, type, id, tlp);
    return clean({ ...rest, value: String(props.value ?? e.label), ...dossier, x_dossier_aliases: aliases });
  }
  const named: Record<string, unknown> = clean({
    ...extras,
    ...common(e, type, id, tlp),
    name: e.label,
    description: e.notes || extras.description,
    ...dossier,
  });
  if (HAS_ALIASES.has(type)) named.aliases = aliases.length ? aliases : undefined;
  else named.x_dossier_aliases = aliases.length ? aliases : undefined;
  if (type === 'malware' && typeof named.is_family !== 'boolean') named.is_family = false;
  if (type === 'identity')
    named.identity_class =
      e.type === 'person'
        ? 'individual'
        : e.type === 'organization'
          ? 'organization'
          : (extras.identity_class ?? 'unknown');
  if (type === 'location') {
    const code = countryCodeOf(e.label, props);
    const lat = Number(props.latitude ?? props.lat);
    const lon = Number(props.longitude ?? props.lon ?? props.lng);
    if (code) named.country = code;
    if (Number.isFinite(lat) && Number.isFinite(lon) && (props.latitude ?? props.lat) !== undefined)
      Object.assign(named, { latitude: lat, longitude: lon });
    const region = regionOf(e.label, props);
    if (region) named.region = region;
    if (!named.country && named.latitude === undefined && !named.region) return null;
  }
  return clean(named) as StixObject;
}

/** A link Dossier made, as a relationship authored by the case. */
export function ownLinkObject(
  l: LinkRecord,
  source: string,
  target: string,
  common: Common,
  reliability: Reliability | undefined,
): StixObject {
  const { type, keepOriginal } = stixRelationshipType(l.type);
  const id =
    typeof l.properties.stixId === 'string' && l.properties.stixId.startsWith('relationship--')
      ? l.properties.stixId
      : stixIdFor('relationship', l.id);
  const start = stixTime(l.firstSeen);
  const stop = stixTime(l.lastSeen);
  return clean({
    ...common(l, 'relationship', id),
    relationship_type: type,
    source_ref: source,
    target_ref: target,
    description: typeof l.properties.description === 'string' ? l.properties.description : undefined,
    confidence: Math.round(l.confidence * 100),
    start_time: start,
    stop_time: stop && start && stop < start ? undefined : stop,
    x_dossier_link_type: keepOriginal ? l.type : undefined,
    x_dossier_directed: l.directed,
    x_dossier_status: l.status,
    x_dossier_credibility: l.credibility ?? undefined,
    x_dossier_admiralty: reliability && l.credibility ? `${reliability}${l.credibility}` : undefined,
    x_dossier_first_seen: l.firstSeen,
    x_dossier_last_seen: l.lastSeen,
    x_dossier_confidence: l.confidence,
    x_dossier_properties: l.properties,
  });
}
