import { z } from 'zod';
import { recordId, tlp } from './common.js';
import { method, returns } from './define.js';
import type { DeskChange } from './entity-edit.js';

/** A document's original bytes, as imported, for "Save original…". */
export interface OriginalFile {
  fileName: string;
  mimeType: string;
  sha256: string;
  size: number;
  dataBase64: string;
}

export const documentEditMethods = {
  /** Grades the source (reliability A–F, null = ungraded) and/or sets the TLP of one or many documents. */
  'documents:mark': method(
    z
      .object({
        ids: z.array(recordId).min(1).max(10_000),
        reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).nullable().optional(),
        tlp: tlp.optional(),
      })
      .strict()
      .refine((a) => a.reliability !== undefined || a.tlp !== undefined, 'give a grade or a TLP'),
    returns<DeskChange>(),
  ),
  /** The original file, unchanged; its SHA-256 is checked against the case's record before it is sent. */
  'documents:original': method(z.object({ id: recordId }).strict(), returns<OriginalFile>()),
  /** Where plain words (as a search matches them) first occur in a document: to open it at a search hit. */
  'documents:find-text': method(
    z.object({ id: recordId, text: z.string().trim().min(1).max(500) }).strict(),
    returns<{ start: number; end: number } | null>(),
  ),
};
