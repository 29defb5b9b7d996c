import type { Status } from '../../store/records.js';
import { isOwn, obj, str, type StixObject } from './import-objects.js';
import type { RecordBaseOf, StixRecords } from './import-stix.js';

/**
 * A relationship as a link (entity to entity), an event's place (`located-at` from an event) or a
 * participant (entity to event). A third-party relationship keeps its source object: on the link,
 * or for a participant (which has no properties) in its event's `stixRelationships`.
 * `confidence` is read when the source gives one; Dossier's default is never written back.
 */
export function relationshipOf(
  o: StixObject,
  recordOf: Map<string, { kind: 'entity' | 'event'; id: string }>,
  base: RecordBaseOf,
  status: (o: StixObject) => Status,
  out: StixRecords,
): void {
  const source = recordOf.get(String(o.source_ref));
  const target = recordOf.get(String(o.target_ref));
  if (!source || !target) {
    out.skipped['relationship (to an object not in the file)'] =
      (out.skipped['relationship (to an object not in the file)'] ?? 0) + 1;
    return;
  }
  if (
    source.kind === 'event' &&
    target.kind === 'entity' &&
    o.relationship_type === 'located-at' &&
    o.x_dossier_kind === 'event-location'
  ) {
    const ev = out.event.find((e) => e.id === source.id);
    if (ev) ev.locationEntityId = target.id;
    return;
  }
  if (source.kind === 'event' || target.kind === 'event') {
    const [ent, ev] = source.kind === 'entity' ? [source, target] : [target, source];
    if (ent.kind !== 'entity') {
      out.skipped['relationship (between two events)'] = (out.skipped['relationship (between two events)'] ?? 0) + 1;
      return;
    }
    const role = isOwn(o) ? (str(o.x_dossier_role) ?? '') : (str(o.relationship_type) ?? '');
    const p = { ...base(o), eventId: ev.id, entityId: ent.id, role };
    out.participant.push(p);
    const event = out.event.find((e) => e.id === ev.id);
    if (event && !isOwn(o)) {
      event.properties.stixRelationships = { ...obj(event.properties.stixRelationships), [p.id]: o };
    }
    return;
  }
  const conf =
    typeof o.x_dossier_confidence === 'number'
      ? o.x_dossier_confidence
      : typeof o.confidence === 'number'
        ? o.confidence / 100
        : 0.5;
  const cred = Number(o.x_dossier_credibility);
  const properties: Record<string, unknown> = isOwn(o) ? obj(o.x_dossier_properties) : { stixId: o.id, stix: o };
  if (typeof o.description === 'string' && !isOwn(o)) properties.description = o.description;
  out.link.push({
    ...base(o),
    sourceId: source.id,
    targetId: target.id,
    type: str(o.x_dossier_link_type) ?? str(o.relationship_type) ?? 'related-to',
    directed: typeof o.x_dossier_directed === 'boolean' ? o.x_dossier_directed : true,
    confidence: Math.min(1, Math.max(0, conf)),
    credibility: Number.isInteger(cred) && cred >= 1 && cred <= 6 ? cred : null,
    firstSeen: str(o.x_dossier_first_seen) ?? str(o.start_time)?.slice(0, 10) ?? null,
    lastSeen: str(o.x_dossier_last_seen) ?? str(o.stop_time)?.slice(0, 10) ?? null,
    status: status(o),
    properties,
  });
}
