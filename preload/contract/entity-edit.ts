import { z } from 'zod';
import { recordId } from './common.js';
import { method, returns } from './define.js';
import type { EntityChange } from './entities.js';

/** What a desk operation did, with the undo token and the record it made or changed. */
export interface DeskChange extends EntityChange {
  /** The record created or edited (the new entity, link, event…). */
  id: string | null;
}

const label = z.string().trim().min(1).max(500);
const type = z.string().trim().min(1).max(64);
/** A selected passage of a document, by character offsets. */
export const passage = z
  .object({ documentId: recordId, start: z.number().int().min(0), end: z.number().int().min(1) })
  .strict()
  .refine((p) => p.end > p.start, 'a passage ends after it starts');

/** The entity detail panel and the reader's "Create entity…" / "Add mention of…". */
export const entityEditMethods = {
  /**
   * Edits label, type, notes and typed properties (lib/properties; an empty string clears one).
   * Invalid properties are refused with every field's message and nothing is written.
   */
  'entities:edit': method(
    z
      .object({
        id: recordId,
        label: label.optional(),
        type: type.optional(),
        notes: z.string().max(20_000).optional(),
        properties: z.record(z.string().max(1000)).optional(),
      })
      .strict(),
    returns<DeskChange>(),
  ),
  'entities:add-alias': method(z.object({ id: recordId, alias: label }).strict(), returns<DeskChange>()),
  'entities:remove-alias': method(
    z.object({ id: recordId, alias: z.string().min(1).max(500) }).strict(),
    returns<DeskChange>(),
  ),
  /** A new entity named by the alias, taking the mentions whose text is that alias. */
  'entities:split-alias': method(
    z.object({ id: recordId, alias: z.string().min(1).max(500) }).strict(),
    returns<DeskChange>(),
  ),
  /** A new confirmed entity; with `mention`, the selected passage becomes its first confirmed mention. */
  'entities:create': method(
    z.object({ type, label, notes: z.string().max(20_000).optional(), mention: passage.optional() }).strict(),
    returns<DeskChange>(),
  ),
  /** Deletes an entity and what hangs on it (tombstoned; undo brings it all back). */
  'entities:delete': method(z.object({ id: recordId }).strict(), returns<DeskChange>()),
  /** Marks a selected passage as a confirmed mention of an existing entity. */
  'entities:add-mention': method(z.object({ id: recordId, passage }).strict(), returns<DeskChange>()),
};
