import { z } from 'zod';
import { recordId } from './common.js';
import { method, returns } from './define.js';
import type { DocumentRow, ReaderMention } from './documents.js';

/** A document as the reader opens it: its text and mention counts, but not the mentions themselves. */
export interface ReaderDocument extends DocumentRow {
  text: string;
  /** The original file's SHA-256, as recorded at import. */
  sha256: string;
  /** What the format reader and import recorded (file name, pages, the kind of date …). */
  properties: Record<string, unknown>;
  /** Mentions by status. */
  mentionsByStatus: { suggested: number; confirmed: number; rejected: number };
  /** Mentions that are not rejected, by their entity's type. */
  mentionsByType: Record<string, number>;
  /** The entities mentioned here (not rejected), most mentioned first, at most 300. */
  entities: { id: string; label: string; type: string }[];
}

export const documentReaderMethods = {
  /**
   * A document for the reader: text and counts without the mention list, so a long document's
   * first screen paints at once; the reader then asks `documents:mentions` for what is in view.
   */
  'documents:open': method(z.object({ id: recordId }).strict(), returns<ReaderDocument>()),
  /** The mention after (`next`) or before (`previous`) character `from`, for J/K over parts not loaded yet. */
  'documents:adjacent-mention': method(
    z
      .object({
        id: recordId,
        /** -1 steps to the first mention. */
        from: z.number().int().min(-1),
        direction: z.enum(['next', 'previous']),
        withRejected: z.boolean().default(false),
      })
      .strict(),
    returns<ReaderMention | null>(),
  ),
};
