import { z } from 'zod';
import { page, recordId, sortDirection, status, type Status } from './common.js';
import { method, returns } from './define.js';

export interface EntityRow {
  id: string;
  type: string;
  label: string;
  status: Status;
  mentions: number;
  documents: number;
  links: number;
}

export interface EntityLink {
  id: string;
  type: string;
  directed: boolean;
  confidence: number;
  status: Status;
  /** The entity at the other end. */
  otherId: string;
  otherLabel: string;
  otherType: string;
  outgoing: boolean;
}

export interface EntityDetail extends EntityRow {
  notes: string;
  properties: Record<string, unknown>;
  aliases: string[];
  citations: { documentId: string; documentTitle: string; start: number; end: number; quote: string }[];
  linkList: EntityLink[];
  history: { at: string; action: string }[];
}

/** A link with the passages that support it: "why do we believe this?". */
export interface LinkDetail {
  id: string;
  type: string;
  directed: boolean;
  confidence: number;
  /** Information credibility 1–6 (Admiralty), null when not graded. */
  credibility: number | null;
  status: Status;
  firstSeen: string | null;
  lastSeen: string | null;
  source: { id: string; label: string; type: string };
  target: { id: string; label: string; type: string };
  citations: {
    documentId: string;
    documentTitle: string;
    start: number;
    end: number;
    quote: string;
    reliability: string | null;
  }[];
  history: { at: string; action: string }[];
}

/** An event: when, where, who took part, and the passages it was read from. */
export interface EventDetail {
  id: string;
  title: string;
  startAt: string | null;
  endAt: string | null;
  datePrecision: string;
  status: Status;
  description: string;
  location: { id: string; label: string; type: string } | null;
  participants: { id: string; label: string; type: string; role: string }[];
  citations: {
    documentId: string;
    documentTitle: string;
    start: number;
    end: number;
    quote: string;
    reliability: string | null;
  }[];
}

/** What an entity operation did, and how to take it back if it can be. */
export interface EntityChange {
  message: string;
  /** Present when the operation can be undone with `entities:undo`. */
  undoToken: string | null;
  affected: string[];
}

export const entityMethods = {
  /**
   * One page of the entity table, sorted and filtered by the case (not the renderer): `total` is
   * how many rows match, so a table can show and scroll to all of them. The top-level `type`,
   * `status`, `includeRejected` and `query` are the same as the fields of `filter` (kept for
   * callers written before it).
   */
  'entities:list': method(
    z
      .object({
        ...page,
        sort: z
          .object({ by: z.enum(['mentions', 'documents', 'links', 'label', 'type', 'status']), dir: sortDirection })
          .strict()
          .optional(),
        filter: z
          .object({
            text: z.string().max(200).optional(),
            type: z.string().max(64).optional(),
            status: status.optional(),
            includeRejected: z.boolean().optional(),
          })
          .strict()
          .default({}),
        type: z.string().max(64).optional(),
        status: status.optional(),
        includeRejected: z.boolean().optional(),
        query: z.string().max(200).optional(),
      })
      .strict(),
    returns<{ total: number; rows: EntityRow[] }>(),
  ),
  'entities:get': method(z.object({ id: recordId }).strict(), returns<EntityDetail>()),
  'entities:get-link': method(z.object({ id: recordId }).strict(), returns<LinkDetail>()),
  'entities:get-event': method(z.object({ id: recordId }).strict(), returns<EventDetail>()),
  'entities:set-status': method(
    z.object({ ids: z.array(recordId).min(1).max(10_000), status }).strict(),
    returns<EntityChange>(),
  ),
  'entities:rename': method(
    z.object({ id: recordId, label: z.string().trim().min(1).max(500) }).strict(),
    returns<EntityChange>(),
  ),
  /** Folds `sourceIds` into `targetId`: mentions, aliases, links and citations move to the target. */
  'entities:merge': method(
    z
      .object({ targetId: recordId, sourceIds: z.array(recordId).min(1).max(1000) })
      .strict()
      .refine((a) => !a.sourceIds.includes(a.targetId), 'an entity cannot be merged into itself'),
    returns<EntityChange>(),
  ),
  'entities:undo': method(z.object({ undoToken: z.string().min(1).max(200) }).strict(), returns<EntityChange>()),
};
