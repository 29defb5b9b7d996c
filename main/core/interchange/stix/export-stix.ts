import { randomUUID } from 'node:crypto';
import { nowIso } from '../../ids.js';
import type { AliasRecord, CitationRecord, DocumentRecord, EntityRecord, LinkRecord, Reliability, Tlp } from '../../store/records.js';
import type { CaseView } from '../case-view.js';
import { countryCodeOf, stixIdFor } from '../derived-ids.js';
import { tlpMarkingDefinition, tlpMarkingId } from './tlp-markings.js';
import { OBSERVABLE_TYPES, STIX_ENTITY_TYPES, stixRelationshipType } from './vocabulary.js';

type StixObject = Record<string, unknown> & { type: string; id: string };

/** Types with a STIX `aliases` property; other types carry aliases as `x_dossier_aliases`. */
const HAS_ALIASES = new Set(['threat-actor', 'intrusion-set', 'campaign', 'malware', 'tool', 'infrastructure']);

/** Drops undefined, null, empty strings, empty arrays and empty objects: STIX forbids empty values. */
function clean<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => {
      if (v === undefined || v === null || v === '') return false;
      if (Array.isArray(v)) return v.length > 0;
      if (typeof v === 'object') return Object.keys(v).length > 0;
      return true;
    }),
  ) as T;
}

/** A date or date-time as a STIX timestamp, or undefined. */
function stixTime(value: string | null): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(/^\d{4}(-\d{2})?$/.test(value) ? `${value.length === 4 ? `${value}-01` : value}-01` : value);
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

/**
 * A case (or chart, or selection) as a STIX 2.1 bundle wrapped in a `report`, as OpenCTI and MISP
 * import them. Everything Dossier knows that STIX has no word for rides in `x_dossier_*` custom
 * properties, so a Dossier → STIX → Dossier round trip keeps ids, statuses and grades.
 */
export function buildStixBundle(view: CaseView): { type: 'bundle'; id: string; objects: StixObject[] } {
  const producer: StixObject = {
    type: 'identity', spec_version: '2.1', id: stixIdFor('identity', `producer:${view.meta.id}`),
    created: view.meta.createdAt, modified: view.meta.modifiedAt, name: `Dossier case "${view.meta.title}"`, identity_class: 'system', x_dossier_producer: true,
  };
  const markings = new Set<Tlp>([view.tlp]);
  const docs = new Map(view.documents.map((d) => [d.id, d]));
  const citesBySubject = new Map<string, CitationRecord[]>();
  for (const c of view.citations) citesBySubject.set(c.subjectId, [...(citesBySubject.get(c.subjectId) ?? []), c]);

  const common = (r: { id: string; caseId: string; createdAt: string; modifiedAt: string }, type: string, id: string, tlp: Tlp = view.tlp): StixObject => {
    markings.add(tlp);
    const cites = citesBySubject.get(r.id) ?? [];
    const sources = [...new Set(cites.map((c) => c.documentId))].map((d) => docs.get(d)).filter((d): d is DocumentRecord => !!d);
    return clean({
      type, spec_version: '2.1', id, created: r.createdAt, modified: r.modifiedAt, created_by_ref: producer.id,
      object_marking_refs: [tlpMarkingId(tlp)],
      external_references: cites
        .filter((c) => docs.has(c.documentId))
        .map((c) => clean({
          source_name: 'dossier-document', external_id: c.documentId,
          description: `${docs.get(c.documentId)!.title}${c.quote ? `: "${c.quote}"` : ''}`,
          hashes: { 'SHA-256': docs.get(c.documentId)!.sha256 },
        })),
      x_dossier_id: r.id, x_dossier_case_id: r.caseId,
      x_dossier_source_reliability: bestReliability(sources),
    });
  };

  const objects: StixObject[] = [];
  const idOf = new Map<string, string>();
  for (const e of view.entities) {
    const o = entityObject(e, view.aliasRecords.get(e.id) ?? [], common);
    idOf.set(e.id, o.id);
    objects.push(o);
  }
  for (const ev of view.events) {
    const imported = (ev.properties.stix ?? {}) as Record<string, unknown>;
    const id = typeof ev.properties.stixId === 'string' && ev.properties.stixId.startsWith('incident--') ? ev.properties.stixId : stixIdFor('incident', ev.id);
    idOf.set(ev.id, id);
    objects.push(clean({
      ...imported, ...common(ev, 'incident', id), name: ev.title, description: ev.description,
      x_dossier_start: ev.startAt, x_dossier_end: ev.endAt, x_dossier_date_precision: ev.datePrecision, x_dossier_status: ev.status,
      x_dossier_properties: ev.properties,
    }));
    const place = ev.locationEntityId && idOf.get(ev.locationEntityId);
    if (place) {
      objects.push(clean({
        ...common(ev, 'relationship', stixIdFor('relationship', `location:${ev.id}`)), relationship_type: 'located-at',
        source_ref: id, target_ref: place, x_dossier_kind: 'event-location', x_dossier_id: undefined,
      }));
    }
  }
  for (const p of view.participants) {
    const from = idOf.get(p.entityId);
    const to = idOf.get(p.eventId);
    if (!from || !to) continue;
    objects.push(clean({
      ...common(p, 'relationship', stixIdFor('relationship', p.id)), relationship_type: 'related-to', source_ref: from, target_ref: to,
      x_dossier_kind: 'participant', x_dossier_role: p.role,
    }));
  }
  for (const l of view.links) {
    const o = linkObject(l, idOf, common, bestReliability(
      (citesBySubject.get(l.id) ?? []).map((c) => docs.get(c.documentId)).filter((d): d is DocumentRecord => !!d),
    ));
    if (o) objects.push(o);
  }
  const report: StixObject = clean({
    type: 'report', spec_version: '2.1', id: stixIdFor('report', `${view.meta.id}:${view.chart?.id ?? 'case'}`),
    created: view.meta.createdAt, modified: nowIso(), published: nowIso(), created_by_ref: producer.id,
    name: view.chart ? `${view.meta.title} — ${view.chart.name}` : view.meta.title, description: view.meta.description,
    report_types: ['threat-report'], object_marking_refs: [tlpMarkingId(view.tlp)],
    object_refs: [producer.id, ...objects.map((o) => o.id)],
    external_references: view.documents.map((d) => clean({
      source_name: 'dossier-document', external_id: d.id, description: d.title,
      url: /^https?:\/\/\S+$/.test(d.sourceUri) ? d.sourceUri : undefined, hashes: { 'SHA-256': d.sha256 },
    })),
    x_dossier_documents: view.documents.map((d) => clean({
      id: d.id, title: d.title, sha256: d.sha256, mime_type: d.mimeType, published_at: d.publishedAt, reliability: d.reliability, tlp: d.tlp,
    })),
    x_dossier_case_id: view.meta.id,
  });
  return {
    type: 'bundle',
    id: `bundle--${randomUUID()}`,
    objects: [...[...markings].map(tlpMarkingDefinition) as StixObject[], producer, report, ...objects],
  };
}

function bestReliability(docs: DocumentRecord[]): Reliability | undefined {
  return docs.map((d) => d.reliability).filter((r): r is Reliability => !!r).sort()[0];
}

function entityObject(
  e: EntityRecord,
  aliasRecords: AliasRecord[],
  common: (r: EntityRecord, type: string, id: string, tlp?: Tlp) => StixObject,
): StixObject {
  const props = e.properties;
  const imported = (props.stix ?? {}) as Record<string, unknown>;
  const marked = typeof props.stixType === 'string' ? props.stixType : null;
  const observable = OBSERVABLE_TYPES[e.type];
  let type: string;
  if (marked && STIX_ENTITY_TYPES.has(marked)) type = marked;
  else if (STIX_ENTITY_TYPES.has(e.type)) type = e.type;
  else if (e.type === 'location') type = 'location';
  else if (observable) type = observable === 'ipv4-addr' && String(props.value ?? e.label).includes(':') ? 'ipv6-addr' : observable;
  else type = 'identity';
  const id = typeof props.stixId === 'string' && props.stixId.startsWith(`${type}--`) ? props.stixId : stixIdFor(type, e.id);
  const tlp = typeof props.tlp === 'string' ? (props.tlp as Tlp) : undefined;
  const aliases = aliasRecords.map((a) => a.alias);
  const dossier = {
    x_dossier_alias_records: aliasRecords.map((a) => ({ id: a.id, case_id: a.caseId, created: a.createdAt, modified: a.modifiedAt, alias: a.alias })),
    x_dossier_type: e.type, x_dossier_status: e.status, x_dossier_label: e.label,
    x_dossier_properties: props, x_dossier_notes: e.notes,
  };
  if (observable && !STIX_ENTITY_TYPES.has(type)) {
    // Cyber-observables have no created/modified and no description.
    const base = common(e, type, id, tlp);
    const { created: _c, modified: _m, created_by_ref: _b, external_references: _r, ...rest } = base;
    return clean({ ...rest, value: String(props.value ?? e.label), ...dossier, x_dossier_aliases: aliases });
  }
  const named: Record<string, unknown> = clean({ ...imported, ...common(e, type, id, tlp), name: e.label, description: e.notes || imported.description, ...dossier });
  if (HAS_ALIASES.has(type)) named.aliases = aliases.length ? aliases : undefined;
  else named.x_dossier_aliases = aliases.length ? aliases : undefined;
  if (type === 'identity') named.identity_class = e.type === 'person' ? 'individual' : e.type === 'organization' ? 'organization' : (imported.identity_class ?? 'unknown');
  if (type === 'location') {
    const code = countryCodeOf(e.label, props);
    const lat = Number(props.latitude ?? props.lat);
    const lon = Number(props.longitude ?? props.lon ?? props.lng);
    if (code) named.country = code;
    if (Number.isFinite(lat) && Number.isFinite(lon) && props.latitude !== undefined) Object.assign(named, { latitude: lat, longitude: lon });
    if (!named.country && named.latitude === undefined && !named.region) named.region = 'unknown';
  }
  return clean(named) as StixObject;
}

function linkObject(
  l: LinkRecord,
  idOf: Map<string, string>,
  common: (r: LinkRecord, type: string, id: string) => StixObject,
  reliability: Reliability | undefined,
): StixObject | null {
  const source = idOf.get(l.sourceId);
  const target = idOf.get(l.targetId);
  if (!source || !target) return null;
  const { type, keepOriginal } = stixRelationshipType(l.type);
  const id = typeof l.properties.stixId === 'string' && l.properties.stixId.startsWith('relationship--') ? l.properties.stixId : stixIdFor('relationship', l.id);
  const start = stixTime(l.firstSeen);
  const stop = stixTime(l.lastSeen);
  return clean({
    ...common(l, 'relationship', id), relationship_type: type, source_ref: source, target_ref: target,
    description: typeof l.properties.description === 'string' ? l.properties.description : undefined,
    confidence: Math.round(l.confidence * 100),
    start_time: start, stop_time: stop && start && stop < start ? undefined : stop,
    x_dossier_link_type: keepOriginal ? l.type : undefined, x_dossier_directed: l.directed, x_dossier_status: l.status,
    x_dossier_credibility: l.credibility ?? undefined,
    x_dossier_admiralty: reliability && l.credibility ? `${reliability}${l.credibility}` : undefined,
    x_dossier_first_seen: l.firstSeen, x_dossier_last_seen: l.lastSeen, x_dossier_confidence: l.confidence,
    x_dossier_properties: l.properties,
  });
}
