import type { ExtractedEvent, ExtractionResult } from '../extract/types.js';
import type { WritableCase } from '../store/case-store.js';
import type { DocumentRecord, EventRecord, NewRecord } from '../store/records.js';
import { pageOf } from './page-of.js';

/** Roles that say who did it or to whom: sharing one of these with an earlier event makes it the same occurrence. */
const CORE_ROLES = new Set(['agent', 'target', 'victim', 'speaker', 'addressee']);

/**
 * Suggested events with typed participants, counts and one citation per sentence that reports
 * them. An event another document already suggested (same type, same date or place, a shared
 * doer or target) gets this document's citations instead of a second event.
 */
export function storeEvents(
  store: WritableCase,
  doc: DocumentRecord,
  result: ExtractionResult,
  entityOf: Map<string, string>,
): number {
  const text = doc.text;
  const byKey = (type: string, key: string): string | undefined => entityOf.get(`${type}\u0000${key}`);
  let n = 0;
  for (const ev of result.events) {
    if (ev.start < 0 || ev.end > text.length || ev.end <= ev.start) continue;
    const locationEntityId = ev.locationKey ? (byKey('location', ev.locationKey) ?? null) : null;
    const parts = new Map<string, string>();
    for (const p of ev.participants) {
      const entityId = byKey(p.type, p.key);
      if (entityId && !parts.has(entityId) && entityId !== locationEntityId) parts.set(entityId, p.role);
    }
    const existing = sameEventElsewhere(store, ev, locationEntityId, parts);
    const event = existing ?? store.insert('event', newEvent(ev, text, doc, result, locationEntityId));
    const had = new Set(existing ? store.list('participant', { eventId: event.id }).map((p) => p.entityId) : []);
    const participants: NewRecord<'participant'>[] = [];
    for (const [entityId, role] of parts)
      if (!had.has(entityId)) participants.push({ eventId: event.id, entityId, role });
    store.insertMany('participant', participants, 'extract-participants');
    const cites = ev.citations?.length ? ev.citations : [{ start: ev.start, end: ev.end }];
    for (const c of cites) {
      if (c.start < 0 || c.end > text.length || c.end <= c.start) continue;
      store.insert('citation', {
        subjectKind: 'event',
        subjectId: event.id,
        documentId: doc.id,
        start: c.start,
        end: c.end,
        quote: text.slice(c.start, c.end),
        page: pageOf(doc.properties, c.start),
      });
    }
    if (!existing) n++;
  }
  return n;
}

function newEvent(
  ev: ExtractedEvent,
  text: string,
  doc: DocumentRecord,
  result: ExtractionResult,
  locationEntityId: string | null,
): NewRecord<'event'> {
  return {
    title: ev.title.slice(0, 300),
    startAt: ev.date?.value ?? null,
    endAt: ev.date?.endValue ?? null,
    datePrecision: ev.date?.precision ?? 'unknown',
    locationEntityId,
    description: text.slice(ev.start, ev.end).trim().slice(0, 1000),
    status: 'suggested',
    properties: {
      origin: 'extraction',
      extractor: result.extractor,
      extractorVersion: result.extractorVersion,
      documentId: doc.id,
      type: ev.type ?? 'other',
      trigger: ev.trigger,
      ...(ev.counts && Object.keys(ev.counts).length ? { counts: { ...ev.counts } } : {}),
      ...(!locationEntityId && ev.locationLabel ? { place: ev.locationLabel } : {}),
      ...(ev.date ? { dateText: ev.date.text, openEnded: ev.date.endValue === null } : {}),
    },
  };
}

/**
 * An extraction-suggested event already in the case that reports the same occurrence (within one
 * document extraction has grouped them already; a re-run finds only events other documents cite).
 */
function sameEventElsewhere(
  store: WritableCase,
  ev: ExtractedEvent,
  locationEntityId: string | null,
  parts: Map<string, string>,
): EventRecord | null {
  const startAt = ev.date?.value ?? null;
  if (!startAt && !locationEntityId) return sameUndatedEvent(store, ev, parts);
  const core = [...parts].filter(([, r]) => CORE_ROLES.has(r)).map(([id]) => id);
  if (!core.length) return null;
  const candidates = store.list(
    'event',
    { status: 'suggested', startAt, ...(locationEntityId ? { locationEntityId } : {}) },
    { limit: 200 },
  );
  for (const c of candidates) {
    if (c.properties['origin'] !== 'extraction') continue;
    if ((c.properties['type'] ?? 'other') !== (ev.type ?? 'other')) continue;
    const theirs = new Set(
      store
        .list('participant', { eventId: c.id })
        .filter((p) => CORE_ROLES.has(p.role))
        .map((p) => p.entityId),
    );
    if (core.some((id) => theirs.has(id))) return c;
  }
  return null;
}

const DOER_ROLES = new Set(['agent', 'speaker']);
const DONE_TO_ROLES = new Set(['target', 'victim', 'addressee']);

/**
 * With neither date nor place to pin two reports to one occurrence, the same doer doing the same
 * kind of thing to the same party is: "Tajikistan asked the CSTO for consultations" in a
 * ministry statement and in a situation report is one request. Both the doer and the party it
 * was done to must match, in the same roles, on an event that is itself undated and unplaced.
 */
function sameUndatedEvent(store: WritableCase, ev: ExtractedEvent, parts: Map<string, string>): EventRecord | null {
  const doers = [...parts].filter(([, r]) => DOER_ROLES.has(r)).map(([id]) => id);
  const doneTo = new Set([...parts].filter(([, r]) => DONE_TO_ROLES.has(r)).map(([id]) => id));
  if (!doers.length || !doneTo.size) return null;
  for (const doer of doers) {
    for (const p of store.list('participant', { entityId: doer }, { limit: 200 })) {
      if (!DOER_ROLES.has(p.role)) continue;
      const c = store.get('event', p.eventId);
      if (!c || c.status !== 'suggested' || c.startAt !== null || c.locationEntityId !== null) continue;
      if (c.properties['origin'] !== 'extraction' || (c.properties['type'] ?? 'other') !== (ev.type ?? 'other'))
        continue;
      const theirs = store.list('participant', { eventId: c.id });
      if (theirs.some((q) => DONE_TO_ROLES.has(q.role) && doneTo.has(q.entityId))) return c;
    }
  }
  return null;
}
