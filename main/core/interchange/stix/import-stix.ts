import { createHash } from 'node:crypto';
import { STATUSES as REVIEW_STATUSES } from '../../../../lib/vocabulary/index.js';
import { DossierError } from '../../errors.js';
import { isRecordId, nowIso } from '../../ids.js';
import type {
  AliasRecord,
  ChartNodeRecord,
  ChartRecord,
  DocumentRecord,
  EntityRecord,
  EventRecord,
  LinkRecord,
  ParticipantRecord,
  Status,
  Tlp,
} from '../../store/records.js';
import { isoTimestamp, recordIdFrom, derivedRecordId } from '../derived-ids.js';
import { entityOf, eventOf, isOwn, obj, str, type StixObject } from './import-objects.js';
import { referenceLinks } from './import-references.js';
import { relationshipOf } from './import-relationship.js';
import { labelOfStix } from './stix-object-label.js';
import { tlpOfMarking } from './tlp-markings.js';
import { describeStix20Upgrade, isStix20, upgradeStix20 } from './upgrade-stix20.js';

export interface StixRecords {
  document: DocumentRecord[];
  entity: EntityRecord[];
  alias: AliasRecord[];
  event: EventRecord[];
  participant: ParticipantRecord[];
  link: LinkRecord[];
  chart: ChartRecord[];
  chartNode: ChartNodeRecord[];
  originals: { sha256: string; bytes: Uint8Array }[];
  skipped: Record<string, number>;
  /** What the import did to the file that an analyst should know (e.g. a STIX 2.0 upgrade). */
  notes: string[];
}

export type RecordBaseOf = (
  o: StixObject,
  seed?: string,
) => { id: string; caseId: string; createdAt: string; modifiedAt: string };

const STATUSES = new Set<string>(REVIEW_STATUSES);

/**
 * Parses a STIX 2.1 bundle (or a 2.0 one, upgraded first) into case records. Third-party objects
 * keep their whole source object in `properties.stix`, so an export writes back exactly what was
 * read — authorship, markings, external references, `revoked`, custom and unknown properties —
 * and only what the analyst changed differs. Every object type has a place: domain objects,
 * cyber-observables, observed-data, non-TLP markings and custom objects become entities;
 * incidents and sightings events; reports documents; groupings charts. Objects Dossier itself
 * exported (`x_dossier_id`) come back as the records they were.
 */
export function stixToRecords(
  bytes: Buffer,
  fileName: string,
  caseId: string,
  importedAt: string = nowIso(),
): StixRecords {
  let bundle: Record<string, unknown>;
  try {
    bundle = obj(JSON.parse(bytes.toString('utf8')) as unknown);
  } catch (e) {
    throw new DossierError('import-failed', `${fileName} is not valid JSON: ${(e as Error).message}`);
  }
  // A single STIX object (as some tools write) is read as a bundle of one.
  if (typeof bundle.type === 'string' && bundle.type !== 'bundle' && typeof bundle.id === 'string')
    bundle = { type: 'bundle', objects: [bundle] };
  if (bundle.type !== 'bundle' || !Array.isArray(bundle.objects))
    throw new DossierError('import-failed', `${fileName} is not a STIX 2.1 bundle`);
  let objects = bundle.objects.filter((o): o is StixObject => {
    const x = obj(o);
    return typeof x.type === 'string' && typeof x.id === 'string' && x.id.startsWith(`${x.type}--`);
  });
  if (objects.length !== bundle.objects.length)
    throw new DossierError(
      'import-failed',
      `${fileName}: ${bundle.objects.length - objects.length} object(s) have no valid type and id`,
    );
  const out: StixRecords = {
    document: [],
    entity: [],
    alias: [],
    event: [],
    participant: [],
    link: [],
    chart: [],
    chartNode: [],
    originals: [],
    skipped: {},
    notes: [],
  };
  if (isStix20(bundle, objects)) {
    out.notes.push(describeStix20Upgrade(objects));
    objects = upgradeStix20(objects);
  }
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
  // Objects without timestamps (cyber-observables) are dated by the import, never by 1970.
  const base: RecordBaseOf = (o, seed = o.id) => {
    const created = isoTimestamp(o.created) ?? isoTimestamp(o.modified) ?? importedAt;
    return {
      id: recordIdFrom(o.x_dossier_id, seed, isoTimestamp(o.created) ?? isoTimestamp(o.modified) ?? null),
      caseId: isRecordId(o.x_dossier_case_id) ? o.x_dossier_case_id : caseId,
      createdAt: created,
      modifiedAt: isoTimestamp(o.modified) ?? created,
    };
  };
  const status = (o: StixObject): Status =>
    STATUSES.has(String(o.x_dossier_status)) ? (o.x_dossier_status as Status) : 'suggested';

  const recordOf = new Map<string, { kind: 'entity' | 'event'; id: string; label: string }>();
  const later: StixObject[] = [];
  for (const o of objects) {
    // The identity standing for the exporting Dossier case is provenance, not case content;
    // TLP markings are Dossier's own TLP field.
    if (o.x_dossier_producer === true || (o.type === 'marking-definition' && markings.has(o.id))) continue;
    if (['relationship', 'sighting', 'report', 'grouping'].includes(o.type)) {
      later.push(o);
    } else if (o.type === 'incident') {
      const ev = eventOf(o, base(o), status(o), str(o.name) ?? 'Incident');
      out.event.push(ev);
      recordOf.set(o.id, { kind: 'event', id: ev.id, label: ev.title });
    } else {
      const e = entityOf(o, base(o), status(o), tlpOf(o));
      out.entity.push(e);
      recordOf.set(o.id, { kind: 'entity', id: e.id, label: e.label });
      aliasesOf(o, e, out);
    }
  }
  const entityDates = new Map(
    out.entity.map((e) => [e.id, { caseId: e.caseId, createdAt: e.createdAt, modifiedAt: e.modifiedAt }]),
  );
  const references = referenceLinks(objects, recordOf, entityDates);
  out.link.push(...references);
  if (references.length)
    out.notes.push(
      `${references.length} reference${references.length === 1 ? '' : 's'} inside objects (observed-data to what it saw, a file to its directory…) drawn as links; the export writes them back as the references they were, not as relationships`,
    );
  for (const o of later) {
    if (o.type === 'sighting') sightingOf(o, base, status, recordOf, out);
    else if (o.type === 'relationship') relationshipOf(o, recordOf, base, status, out);
    else if (o.type === 'report') reportOf(o, base(o), tlpOf(o), out);
    else groupingOf(o, base(o), recordOf, out);
  }
  return out;
}

function aliasesOf(o: StixObject, e: EntityRecord, out: StixRecords): void {
  if (Array.isArray(o.x_dossier_alias_records)) {
    for (const a of o.x_dossier_alias_records as Record<string, unknown>[]) {
      const when = isoTimestamp(a.created) ?? e.createdAt;
      out.alias.push({
        id: recordIdFrom(a.id, `${e.id}|alias|${String(a.alias)}`, when),
        caseId: isRecordId(a.case_id) ? a.case_id : e.caseId,
        createdAt: when,
        modifiedAt: isoTimestamp(a.modified) ?? when,
        entityId: e.id,
        alias: String(a.alias ?? ''),
      });
    }
    return;
  }
  const names = [
    ...(Array.isArray(o.aliases) ? o.aliases : []),
    ...(Array.isArray(o.x_dossier_aliases) ? o.x_dossier_aliases : []),
  ];
  for (const a of new Set(names.filter((n): n is string => typeof n === 'string' && n.length > 0))) {
    out.alias.push({
      id: derivedRecordId(`${e.id}|alias|${a}`, e.createdAt),
      caseId: e.caseId,
      createdAt: e.createdAt,
      modifiedAt: e.createdAt,
      entityId: e.id,
      alias: a,
    });
  }
}

function sightingOf(
  o: StixObject,
  base: RecordBaseOf,
  status: (o: StixObject) => Status,
  recordOf: Map<string, { kind: 'entity' | 'event'; id: string; label: string }>,
  out: StixRecords,
): void {
  const of = recordOf.get(String(o.sighting_of_ref));
  const ev = eventOf(o, base(o), status(o), `Sighting of ${of?.label ?? String(o.sighting_of_ref)}`);
  ev.startAt = str(o.first_seen)?.slice(0, 10) ?? null;
  ev.endAt = str(o.last_seen)?.slice(0, 10) ?? null;
  ev.datePrecision = ev.startAt ? (ev.endAt ? 'range' : 'day') : 'unknown';
  out.event.push(ev);
  const roles: [unknown, string][] = [
    [o.sighting_of_ref, 'sighted'],
    ...((Array.isArray(o.where_sighted_refs) ? o.where_sighted_refs : []) as unknown[]).map((r): [unknown, string] => [
      r,
      'observer',
    ]),
  ];
  for (const [ref, role] of roles) {
    const target = recordOf.get(String(ref));
    if (target?.kind !== 'entity') continue;
    out.participant.push({
      ...base(o, `${o.id}|${role}|${String(ref)}`),
      id: derivedRecordId(`${o.id}|${role}|${String(ref)}`, ev.createdAt),
      eventId: ev.id,
      entityId: target.id,
      role,
    });
  }
}

function reportOf(o: StixObject, b: ReturnType<RecordBaseOf>, tlp: Tlp | null, out: StixRecords): void {
  const text = [str(o.name), str(o.description)].filter(Boolean).join('\n\n');
  const sha256 = createHash('sha256').update(text).digest('hex');
  out.document.push({
    ...b,
    title: str(o.name) ?? 'STIX report',
    sourceUri: `stix:${o.id}`,
    mimeType: 'text/plain',
    sha256,
    size: Buffer.byteLength(text),
    text,
    language: null,
    publishedAt: str(o.published)?.slice(0, 10) ?? null,
    ingestedAt: b.modifiedAt,
    reliability: null,
    tlp: tlp ?? 'TLP:AMBER',
    parentId: null,
    properties: { stixId: o.id, stix: o },
  });
  out.originals.push({ sha256, bytes: Buffer.from(text) });
}

/** A grouping (a MISP event, an analyst's set) as a chart holding the objects it groups, on a circle. */
function groupingOf(
  o: StixObject,
  b: ReturnType<RecordBaseOf>,
  recordOf: Map<string, { id: string }>,
  out: StixRecords,
): void {
  out.chart.push({ ...b, name: str(o.name) ?? labelOfStix(o), viewport: {}, settings: { stixId: o.id, stix: o } });
  const grouped = (Array.isArray(o.object_refs) ? o.object_refs : [])
    .map((r) => recordOf.get(String(r)))
    .filter((r): r is { id: string } => !!r);
  // What the grouped objects reference (observed-data's observables) is on the chart with them.
  const ids = new Set(grouped.map((m) => m.id));
  for (const l of out.link) if (l.properties.stixRef && ids.has(l.sourceId)) ids.add(l.targetId);
  const members = [...ids].map((id) => ({ id }));
  members.forEach((m, i) => {
    const angle = (2 * Math.PI * i) / members.length;
    out.chartNode.push({
      ...b,
      id: derivedRecordId(`${o.id}|node|${m.id}`, b.createdAt),
      chartId: b.id,
      subjectId: m.id,
      x: Math.round(300 * Math.cos(angle)),
      y: Math.round(300 * Math.sin(angle)),
      style: {},
      locked: false,
      hidden: false,
      groupId: null,
    });
  });
}

export { isOwn };
