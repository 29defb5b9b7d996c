import { z } from 'zod';
import { recordId, status, type Status } from './common.js';
import { method, returns } from './define.js';
import { type DeskChange, passage } from './entity-edit.js';

/** YYYY, YYYY-MM or YYYY-MM-DD (checked for a real day by the core). */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write YYYY, YYYY-MM or YYYY-MM-DD')
  .nullable();

const participant = z.object({ entityId: recordId, role: z.string().trim().max(64) }).strict();

/** An event in full, for the event form. */
export interface EventEditable {
  id: string;
  title: string;
  type: string;
  startAt: string | null;
  endAt: string | null;
  datePrecision: string;
  status: Status;
  notes: string;
  location: { id: string; label: string; type: string } | null;
  participants: { entityId: string; label: string; type: string; role: string }[];
  citations: { id: string; documentId: string; documentTitle: string; start: number; end: number; quote: string }[];
}

export interface EventRow {
  id: string;
  title: string;
  type: string;
  startAt: string | null;
  status: Status;
  participants: number;
  citations: number;
}

const body = {
  title: z.string().trim().min(1).max(500),
  type: z.string().trim().max(64),
  startAt: partialDate,
  endAt: partialDate,
  locationEntityId: recordId.nullable(),
  notes: z.string().max(20_000),
  participants: z.array(participant).max(500),
};

export const eventEditMethods = {
  'events:types': method(z.object({}).strict(), returns<string[]>()),
  /** Events, newest first, filtered by status (suggested ones to review, by default all but rejected). */
  'events:list': method(
    z.object({ status: status.optional(), limit: z.number().int().min(1).max(5000).default(500) }).strict(),
    returns<{ total: number; rows: EventRow[] }>(),
  ),
  'events:get-editable': method(z.object({ id: recordId }).strict(), returns<EventEditable>()),
  'events:create': method(
    z
      .object({
        ...body,
        type: body.type.default('other'),
        notes: body.notes.default(''),
        locationEntityId: body.locationEntityId.default(null),
        endAt: body.endAt.default(null),
        citations: z.array(passage).max(50).default([]),
      })
      .strict(),
    returns<DeskChange>(),
  ),
  'events:edit': method(
    z
      .object({
        id: recordId,
        title: body.title.optional(),
        type: body.type.optional(),
        startAt: body.startAt.optional(),
        endAt: body.endAt.optional(),
        locationEntityId: body.locationEntityId.optional(),
        notes: body.notes.optional(),
        participants: body.participants.optional(),
        addCitations: z.array(passage).max(50).optional(),
        removeCitationIds: z.array(recordId).max(200).optional(),
      })
      .strict(),
    returns<DeskChange>(),
  ),
  'events:delete': method(z.object({ id: recordId }).strict(), returns<DeskChange>()),
  'events:set-status': method(
    z.object({ ids: z.array(recordId).min(1).max(10_000), status }).strict(),
    returns<DeskChange>(),
  ),
};
