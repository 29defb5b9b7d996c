import { checkPartialDate } from '../../../lib/properties/validate.js';
import { DossierError } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';
import type { DatePrecision, EventRecord, Status } from '../store/records.js';
import { cite, type Passage } from './citations.js';
import { type OperationResult, type Recorder, analystOperation } from './operation.js';
import { plural } from './status.js';

export interface EventFields {
  title: string;
  /** The event type word (attack, meeting …); kept in `properties.type`. */
  type: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; the precision follows from how much is given. */
  startAt: string | null;
  endAt: string | null;
  locationEntityId: string | null;
  /** The analyst's notes (the event's description). */
  notes: string;
  participants: readonly { entityId: string; role: string }[];
}

function precisionOf(startAt: string | null, endAt: string | null): DatePrecision {
  const d = startAt ?? endAt;
  if (!d) return 'unknown';
  if (startAt && endAt) return 'range';
  return d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';
}

function checkEvent(store: WritableCase, f: Partial<EventFields>): void {
  if (f.title !== undefined && !f.title.trim()) throw new DossierError('invalid-argument', 'an event needs a title');
  for (const [what, d] of [
    ['start', f.startAt],
    ['end', f.endAt],
  ] as const) {
    if (!d) continue;
    const checked = checkPartialDate(d);
    if (!checked.ok)
      throw new DossierError('invalid-argument', `${what}: ${checked.message}`, {
        fields: { [what === 'start' ? 'startAt' : 'endAt']: checked.message },
      });
  }
  if (f.startAt && f.endAt && f.endAt < f.startAt)
    throw new DossierError('invalid-argument', 'the event ends before it starts', {
      fields: { endAt: 'ends before the start' },
    });
  if (f.locationEntityId) store.require('entity', f.locationEntityId);
  for (const p of f.participants ?? []) store.require('entity', p.entityId);
}

function setParticipants(r: Recorder, eventId: string, wanted: readonly { entityId: string; role: string }[]): void {
  const key = (p: { entityId: string; role: string }) => `${p.entityId}\u0000${p.role.trim()}`;
  const want = new Set(wanted.map(key));
  const have = new Set<string>();
  for (const p of r.store.list('participant', { eventId })) {
    if (want.has(key(p)) && !have.has(key(p))) have.add(key(p));
    else r.remove('participant', p.id);
  }
  for (const p of wanted) {
    if (have.has(key(p))) continue;
    have.add(key(p));
    r.insert('participant', { eventId, entityId: p.entityId, role: p.role.trim() });
  }
}

/** An event the analyst records: confirmed, with its participants (by role) and citations. */
export function createEvent(
  store: WritableCase,
  f: EventFields & { citations?: readonly Passage[] },
): OperationResult & { event: EventRecord } {
  checkEvent(store, f);
  const title = f.title.trim();
  return analystOperation(store, 'create-event', `create event "${title}"`, (r) => {
    const event = r.insert('event', {
      title,
      startAt: f.startAt || null,
      endAt: f.endAt || null,
      datePrecision: precisionOf(f.startAt || null, f.endAt || null),
      locationEntityId: f.locationEntityId,
      description: f.notes,
      status: 'confirmed',
      properties: { origin: 'analyst', ...(f.type.trim() ? { type: f.type.trim() } : {}) },
    });
    setParticipants(r, event.id, f.participants);
    for (const c of f.citations ?? []) cite(r, 'event', event.id, c);
    return { event };
  });
}

/** Edits an event; `participants`, when given, is the whole new list. */
export function editEvent(
  store: WritableCase,
  eventId: string,
  f: Partial<EventFields> & { addCitations?: readonly Passage[]; removeCitationIds?: readonly string[] },
): OperationResult & { event: EventRecord } {
  const before = store.require('event', eventId);
  const startAt = f.startAt !== undefined ? f.startAt || null : before.startAt;
  const endAt = f.endAt !== undefined ? f.endAt || null : before.endAt;
  checkEvent(store, { ...f, startAt, endAt });
  const patch = {
    ...(f.title !== undefined ? { title: f.title.trim() } : {}),
    ...(f.startAt !== undefined || f.endAt !== undefined
      ? { startAt, endAt, datePrecision: precisionOf(startAt, endAt) }
      : {}),
    ...(f.locationEntityId !== undefined ? { locationEntityId: f.locationEntityId } : {}),
    ...(f.notes !== undefined ? { description: f.notes } : {}),
    ...(f.type !== undefined ? { properties: { ...before.properties, type: f.type.trim() } } : {}),
  };
  return analystOperation(store, 'edit-event', `edit event "${before.title}"`, (r) => {
    const event = Object.keys(patch).length ? r.update('event', eventId, patch) : before;
    if (f.participants) setParticipants(r, eventId, f.participants);
    for (const id of f.removeCitationIds ?? []) {
      if (store.require('citation', id).subjectId !== eventId)
        throw new DossierError('invalid-argument', 'that citation belongs to something else');
      r.remove('citation', id);
    }
    for (const c of f.addCitations ?? []) cite(r, 'event', eventId, c);
    return { event };
  });
}

/** Deletes an event with its participations and citations (tombstoned, undoable). */
export function deleteEvent(store: WritableCase, eventId: string): OperationResult {
  const ev = store.require('event', eventId);
  return analystOperation(store, 'delete-event', `delete event "${ev.title}"`, (r) => {
    for (const p of store.list('participant', { eventId })) r.remove('participant', p.id);
    for (const c of store.list('citation', { subjectId: eventId })) r.remove('citation', c.id);
    for (const n of store.list('chartNode', { subjectId: eventId })) r.remove('chartNode', n.id);
    r.remove('event', eventId);
    return {};
  });
}

/** Confirms or rejects suggested events, one or many at once. */
export function setEventStatus(store: WritableCase, eventIds: readonly string[], status: Status): OperationResult {
  if (!eventIds.length) throw new DossierError('invalid-argument', 'no event given');
  return analystOperation(store, 'event-status', `${status} ${plural(eventIds.length, 'event')}`, (r) => {
    for (const id of eventIds) if (store.require('event', id).status !== status) r.update('event', id, { status });
    return {};
  });
}
