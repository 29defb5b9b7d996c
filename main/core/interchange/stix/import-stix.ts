import { createHash } from 'node:crypto';
import { DATE_PRECISIONS, STATUSES as REVIEW_STATUSES, isCredibility } from '../../../../lib/vocabulary/index.js';
import { DossierError } from '../../errors.js';
import { isRecordId } from '../../ids.js';
import type { DocumentRecord, EntityRecord, EventRecord, LinkRecord, ParticipantRecord, AliasRecord, Status, Tlp, DatePrecision } from '../../store/records.js';
import { isoTimestamp, recordIdFrom, derivedRecordId } from '../derived-ids.js';
import { tlpOfMarking } from './tlp-markings.js';

type StixObject = Record<string, unknown> & { type: string; id: string };

export interface StixRecords {
  document: DocumentRecord[];
  entity: EntityRecord[];
  alias: AliasRecord[];
  event: EventRecord[];
  participant: ParticipantRecord[];
  link: LinkRecord[];
  originals: { sha256: string; bytes: Uint8Array }[];
  skipped: Record<string, number>;
}

const ENTITY_SDOS = new Set([
  'identity', 'location', 'threat-actor', 'intrusion-set', 'campaign', 'malware', 'tool', 'attack-pattern', 'indicator',
  'infrastructure', 'vulnerability', 'course-of-action',
]);
const SCO_VALUE_TYPES = new Set(['email-addr', 'url', 'domain-name', 'ipv4-addr', 'ipv6-addr', 'mac-addr']);
const SCO_DOSSIER_TYPE: Record<string, string> = { 'email-addr': 'email', url: 'url', 'domain-name': 'domain', 'ipv4-addr': 'ip', 'ipv6-addr': 'ip', 'mac-addr': 'mac' };
/** Properties every importer understands itself; the rest of an object is kept in properties.stix. */
const CORE = new Set(['type', 'spec_version', 'id', 'created', 'modified', 'created_by_ref', 'object_marking_refs', 'name', 'description', 'aliases', 'value']);
const STATUSES = new Set<string>(REVIEW_STATUSES);
const PRECISIONS = new Set<string>(DATE_PRECISIONS);

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Parses a STIX 2.1 bundle file into case records (see export-stix.ts for the mapping). */
export function stixToRecords(bytes: Buffer, fileName: string, caseId: string): StixRecords {
  let bundle: { type?: unknown; objects?: unknown };
  try {
    bundle = JSON.parse(bytes.toString('utf8')) as typeof bundle;
  } catch (e) {
    throw new DossierError('import-failed', `${fileName} is not valid JSON: ${(e as Error).message}`);
  }
  // A single STIX object (as some tools write) is read as a bundle of one.
  if (typeof bundle.type === 'string' && bundle.type !== 'bundle' && typeof (bundle as { id?: unknown }).id === 'string') {
    bundle = { type: 'bundle', objects: [bundle] };
  }
  if (bundle.type !== 'bundle' || !Array.isArray(bundle.objects)) throw new DossierError('import-failed', `${fileName} is not a STIX 2.1 bundle`);
  const objects = bundle.objects.filter((o): o is StixObject => {
    const x = obj(o);
    return typeof x.type === 'string' && typeof x.id === 'string' && x.id.startsWith(`${x.type}--`);
  });
  if (objects.length !== bundle.objects.length) throw new DossierError('import-failed', `${fileName}: ${bundle.objects.length - objects.length} object(s) have no valid type and id`);
  const out: StixRecords = { document: [], entity: [], alias: [], event: [], participant: [], link: [], originals: [], skipped: {} };
  const markings = new Map<string, Tlp>();
  for (const o of objects) {
    if (o.type !== 'marking-definition') continue;
    const tlp = tlpOfMarking(o);
    if (tlp) markings.set(o.id, tlp);
  }
  const tlpOf = (o: StixObject): Tlp | null => {
    for (const ref of Array.isArray(o.object_marking_refs) ? o.object_marking_refs : []) {
      const t = markings.get(String(ref)) ?? tlpOfMarking(String(ref));
      if (t) return t;
    }
    return null;
  };
  const base = (o: StixObject, seed: string = o.id) => {
    const created = isoTimestamp(o.created) ?? isoTimestamp(o.modified) ?? '1970-01-01T00:00:00.000Z';
    return {
      id: recordIdFrom(o.x_dossier_id, seed, created),
      caseId: isRecordId(o.x_dossier_case_id) ? o.x_dossier_case_id : caseId,
      createdAt: created,
      modifiedAt: isoTimestamp(o.modified) ?? created,
    };
  };
  const status = (o: StixObject): Status => (STATUSES.has(String(o.x_dossier_status)) ? (o.x_dossier_status as Status) : 'suggested');
  const extras = (o: StixObject): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o).filter(([k]) => !CORE.has(k) && !k.startsWith('x_dossier_')));

  const recordOf = new Map<string, { kind: 'entity' | 'event'; id: string; label: string }>();
  for (const o of objects) {
    // The identity standing for the exporting Dossier case is provenance, not case content.
    if (o.x_dossier_producer === true) continue;
    if (ENTITY_SDOS.has(o.type) || SCO_VALUE_TYPES.has(o.type)) {
      const e = entityOf(o, base(o), status(o), extras(o), tlpOf(o));
      out.entity.push(e);
      recordOf.set(o.id, { kind: 'entity', id: e.id, label: e.label });
      if (Array.isArray(o.x_dossier_alias_records)) {
        for (const a of o.x_dossier_alias_records as Record<string, unknown>[]) {
          const when = isoTimestamp(a.created) ?? e.createdAt;
          out.alias.push({
            id: recordIdFrom(a.id, `${e.id}|alias|${String(a.alias)}`, when), caseId: isRecordId(a.case_id) ? a.case_id : e.caseId,
            createdAt: when, modifiedAt: isoTimestamp(a.modified) ?? when, entityId: e.id, alias: String(a.alias ?? ''),
          });
        }
        continue;
      }
      const names = [...(Array.isArray(o.aliases) ? o.aliases : []), ...(Array.isArray(o.x_dossier_aliases) ? o.x_dossier_aliases : [])];
      for (const a of new Set(names.filter((n): n is string => typeof n === 'string' && n.length > 0))) {
        out.alias.push({ id: derivedRecordId(`${e.id}|alias|${a}`, e.createdAt), caseId: e.caseId, createdAt: e.createdAt, modifiedAt: e.createdAt, entityId: e.id, alias: a });
      }
    } else if (o.type === 'incident') {
      const ev = eventOf(o, base(o), status(o), str(o.name) ?? 'Incident', extras(o));
      out.event.push(ev);
      recordOf.set(o.id, { kind: 'event', id: ev.id, label: ev.title });
    }
  }
  for (const o of objects) {
    if (o.type === 'sighting') {
      const of = recordOf.get(String(o.sighting_of_ref));
      const ev = eventOf(o, base(o), status(o), `Sighting of ${of?.label ?? String(o.sighting_of_ref)}`, extras(o));
      ev.startAt = str(o.first_seen)?.slice(0, 10) ?? null;
      ev.endAt = str(o.last_seen)?.slice(0, 10) ?? null;
      ev.datePrecision = ev.startAt ? (ev.endAt ? 'range' : 'day') : 'unknown';
      out.event.push(ev);
      const roles: [unknown, string][] = [[o.sighting_of_ref, 'sighted'], ...((Array.isArray(o.where_sighted_refs) ? o.where_sighted_refs : []) as unknown[]).map((r): [unknown, string] => [r, 'observer'])];
      for (const [ref, role] of roles) {
        const target = recordOf.get(String(ref));
        if (target?.kind !== 'entity') continue;
        out.participant.push({ ...base(o, `${o.id}|${role}|${String(ref)}`), id: derivedRecordId(`${o.id}|${role}|${String(ref)}`, ev.createdAt), eventId: ev.id, entityId: target.id, role });
      }
    } else if (o.type === 'relationship') {
      relationshipOf(o, recordOf, base, status, out);
    } else if (o.type === 'report') {
      const text = [str(o.name), str(o.description)].filter(Boolean).join('\n\n');
      const sha256 = createHash('sha256').update(text).digest('hex');
      const b = base(o);
      out.document.push({
        ...b, title: str(o.name) ?? 'STIX report', sourceUri: `stix:${o.id}`, mimeType: 'text/plain', sha256, size: Buffer.byteLength(text),
        text, language: null, publishedAt: str(o.published)?.slice(0, 10) ?? null, ingestedAt: b.modifiedAt, reliability: null,
        tlp: tlpOf(o) ?? 'TLP:AMBER', parentId: null, properties: { stixId: o.id, objectRefs: Array.isArray(o.object_refs) ? o.object_refs.length : 0 },
      });
      out.originals.push({ sha256, bytes: Buffer.from(text) });
    } else if (!ENTITY_SDOS.has(o.type) && !SCO_VALUE_TYPES.has(o.type) && !['incident', 'marking-definition', 'extension-definition'].includes(o.type)) {
      out.skipped[o.type] = (out.skipped[o.type] ?? 0) + 1;
    }
  }
  return out;
}

/** Objects Dossier exported carry their record exactly in x_dossier_* properties. */
function isOwn(o: StixObject): boolean {
  return isRecordId(o.x_dossier_id);
}

function entityOf(o: StixObject, b: object, status: Status, extra: Record<string, unknown>, tlp: Tlp | null): EntityRecord {
  let type = str(o.x_dossier_type);
  if (!type) {
    if (o.type === 'identity') type = o.identity_class === 'individual' ? 'person' : 'organization';
    else type = SCO_DOSSIER_TYPE[o.type] ?? o.type;
  }
  const label = str(o.x_dossier_label) ?? str(o.name) ?? str(o.value) ?? o.id;
  if (isOwn(o)) {
    return { ...(b as EntityRecord), type, label, properties: obj(o.x_dossier_properties), notes: str(o.x_dossier_notes) ?? '', status };
  }
  const properties: Record<string, unknown> = { stixId: o.id };
  if (Object.keys(extra).length) properties.stix = extra;
  if (o.type === 'location' && typeof o.country === 'string') properties.country = o.country;
  if (tlp) properties.tlp = tlp;
  return { ...(b as EntityRecord), type, label, properties, notes: str(o.description) ?? '', status };
}

function eventOf(o: StixObject, b: object, status: Status, title: string, extra: Record<string, unknown>): EventRecord {
  const precision = String(o.x_dossier_date_precision ?? 'unknown');
  const properties: Record<string, unknown> = isOwn(o) ? obj(o.x_dossier_properties) : { stixId: o.id };
  if (Object.keys(extra).length && !isOwn(o)) properties.stix = extra;
  return {
    ...(b as EventRecord), title, description: str(o.description) ?? '', startAt: str(o.x_dossier_start), endAt: str(o.x_dossier_end),
    datePrecision: (PRECISIONS.has(precision) ? precision : 'unknown') as DatePrecision, locationEntityId: null, status, properties,
  };
}

function relationshipOf(
  o: StixObject,
  recordOf: Map<string, { kind: 'entity' | 'event'; id: string }>,
  base: (o: StixObject, seed?: string) => { id: string; caseId: string; createdAt: string; modifiedAt: string },
  status: (o: StixObject) => Status,
  out: StixRecords,
): void {
  const source = recordOf.get(String(o.source_ref));
  const target = recordOf.get(String(o.target_ref));
  if (!source || !target) {
    out.skipped['relationship (to an object not imported)'] = (out.skipped['relationship (to an object not imported)'] ?? 0) + 1;
    return;
  }
  if (source.kind === 'event' && target.kind === 'entity' && o.relationship_type === 'located-at') {
    const ev = out.event.find((e) => e.id === source.id);
    if (ev) ev.locationEntityId = target.id;
    return;
  }
  if (source.kind === 'event' || target.kind === 'event') {
    const [ent, ev] = source.kind === 'entity' ? [source, target] : [target, source];
    if (ent.kind !== 'entity') return;
    const role = isOwn(o) ? (str(o.x_dossier_role) ?? '') : (str(o.relationship_type) ?? '');
    out.participant.push({ ...base(o), eventId: ev.id, entityId: ent.id, role });
    return;
  }
  const conf = typeof o.x_dossier_confidence === 'number' ? o.x_dossier_confidence : typeof o.confidence === 'number' ? o.confidence / 100 : 0.5;
  const cred = Number(o.x_dossier_credibility);
  const properties: Record<string, unknown> = isOwn(o) ? obj(o.x_dossier_properties) : { stixId: o.id };
  if (typeof o.description === 'string' && !isOwn(o)) properties.description = o.description;
  out.link.push({
    ...base(o), sourceId: source.id, targetId: target.id, type: str(o.x_dossier_link_type) ?? str(o.relationship_type) ?? 'related-to',
    directed: typeof o.x_dossier_directed === 'boolean' ? o.x_dossier_directed : true,
    confidence: Math.min(1, Math.max(0, conf)), credibility: isCredibility(cred) ? cred : null,
    firstSeen: str(o.x_dossier_first_seen) ?? str(o.start_time)?.slice(0, 10) ?? null,
    lastSeen: str(o.x_dossier_last_seen) ?? str(o.stop_time)?.slice(0, 10) ?? null,
    status: status(o), properties,
  });
}
