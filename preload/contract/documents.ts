import { z } from 'zod';
import { page, recordId, sortDirection, status, type Reliability, type Status, type Tlp } from './common.js';
import { method, returns } from './define.js';

export interface DocumentRow {
  id: string;
  title: string;
  mimeType: string;
  size: number;
  sourceUri: string;
  ingestedAt: string;
  publishedAt: string | null;
  reliability: Reliability | null;
  tlp: Tlp;
  parentId: string | null;
  mentions: number;
}

export interface ReaderMention {
  id: string;
  entityId: string;
  entityType: string;
  entityLabel: string;
  start: number;
  end: number;
  status: Status;
}

export interface DocumentDetail extends DocumentRow {
  text: string;
  /** The original file's SHA-256, as recorded at import. */
  sha256: string;
  /** What the format reader and import recorded (file name, pages, the kind of date …). */
  properties: Record<string, unknown>;
  /** Mentions in text order; rejected ones are included so the reader can show them on request. */
  mentionList: ReaderMention[];
}

export interface StartedJob {
  jobId: string;
}

/** One file sent from the renderer as bytes (the browser host has no file paths). */
const upload = z
  .object({
    name: z
      .string()
      .min(1)
      .max(255)
      .refine((n) => !/[\\/]/.test(n) && n !== '.' && n !== '..', 'a file name, not a path'),
    dataBase64: z.string().max(280_000_000),
  })
  .strict();

export const documentMethods = {
  /** One page of the documents list (no text), sorted and filtered by the case; `total` is what matches. */
  'documents:list': method(
    z
      .object({
        ...page,
        sort: z
          .object({
            by: z.enum(['ingestedAt', 'publishedAt', 'title', 'mentions', 'size', 'mimeType']),
            dir: sortDirection,
          })
          .strict()
          .optional(),
        filter: z
          .object({ text: z.string().max(200).optional(), mimeType: z.string().max(200).optional() })
          .strict()
          .default({}),
      })
      .strict(),
    returns<{ total: number; rows: DocumentRow[] }>(),
  ),
  'documents:get': method(z.object({ id: recordId }).strict(), returns<DocumentDetail>()),
  /** The mentions overlapping characters [start, end) of a document, in text order: a reader draws a long document a part at a time. */
  'documents:mentions': method(
    z
      .object({ id: recordId, start: z.number().int().min(0), end: z.number().int().min(0) })
      .strict()
      .refine((a) => a.end >= a.start, 'end must not be before start'),
    returns<ReaderMention[]>(),
  ),
  /** Imports files by path (desktop app, native picker). Progress arrives as `job:progress`. */
  'documents:import': method(
    z.object({ paths: z.array(z.string().min(1)).min(1).max(10_000) }).strict(),
    returns<StartedJob>(),
  ),
  /** Imports files sent as bytes (drag-and-drop, the browser's file picker). */
  'documents:import-upload': method(
    z.object({ files: z.array(upload).min(1).max(500) }).strict(),
    returns<StartedJob>(),
  ),
  /** Accept or reject one mention (accepting also confirms a suggested entity); undo with `entities:undo`. */
  'documents:set-mention-status': method(
    z.object({ mentionId: recordId, status }).strict(),
    returns<{ mention: ReaderMention; message: string; undoToken: string }>(),
  ),
};
