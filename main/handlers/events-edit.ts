import { EVENT_TYPES } from '../../lib/vocabulary/event-types.js';
import type { EventEditable, eventEditMethods } from '../../preload/contract/events-edit.js';
import { createEvent, deleteEvent, editEvent, setEventStatus } from '../core/entities/event-edit.js';
import type { ReadableCase } from '../core/store/case-store.js';
import type { DomainHandlers } from './define.js';
import { deskChange } from './desk-change.js';
import { editableCitations, entityRef, reviewSummary, withCaseValues } from './desk-reads.js';

const typeOf = (properties: Record<string, unknown>): string =>
  typeof properties.type === 'string' ? properties.type : '';

export const eventEditHandlers: DomainHandlers<typeof eventEditMethods> = {
  'events:types': (_args, ctx) => withCaseValues(EVENT_TYPES, ctx.session.require().eventTypesInUse()),
  'events:list': ({ status, limit }, ctx) => ctx.session.require().eventPage({ status, limit }),
  'events:get-editable': ({ id }, ctx) => editableEvent(ctx.session.require(), id),
  'events:create': ({ citations, ...fields }, ctx) => {
    const result = createEvent(ctx.session.requireWritable(), { ...fields, citations });
    return deskChange(ctx, `Created the event "${result.event.title}"`, result, result.event.id);
  },
  'events:edit': ({ id, ...edit }, ctx) => {
    const result = editEvent(ctx.session.requireWritable(), id, edit);
    return deskChange(ctx, `Saved the event "${result.event.title}"`, result, id);
  },
  'events:delete': ({ id }, ctx) => {
    const store = ctx.session.requireWritable();
    const ev = store.require('event', id);
    return deskChange(ctx, `Deleted the event "${ev.title}"`, deleteEvent(store, id));
  },
  'events:set-status': ({ ids, status }, ctx) => {
    return deskChange(
      ctx,
      reviewSummary(status, ids, 'event', 'events'),
      setEventStatus(ctx.session.requireWritable(), ids, status),
      ids.length === 1 ? ids[0]! : null,
    );
  },
};

function editableEvent(store: ReadableCase, id: string): EventEditable {
  const ev = store.require('event', id);
  const entity = (entityId: string) => entityRef(store, entityId);
  return {
    id,
    title: ev.title,
    type: typeOf(ev.properties),
    startAt: ev.startAt,
    endAt: ev.endAt,
    datePrecision: ev.datePrecision,
    status: ev.status,
    notes: ev.description,
    location: ev.locationEntityId ? entity(ev.locationEntityId) : null,
    participants: store.list('participant', { eventId: id }).map((p) => {
      const e = entity(p.entityId);
      return { entityId: p.entityId, label: e.label, type: e.type, role: p.role };
    }),
    citations: editableCitations(store, id),
  };
}
