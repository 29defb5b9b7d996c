import { z } from 'zod';
import { credibilitySchema } from '../../lib/vocabulary/index.js';
import { linkType, recordId, status } from './common.js';
import { method, returns } from './define.js';
import { type DeskChange, passage } from './entity-edit.js';

const fields = {
  type: linkType,
  directed: z.boolean(),
  confidence: z.number().min(0).max(1),
  credibility: credibilitySchema.nullable(),
  notes: z.string().max(20_000),
};

/** A link in full, for the link form. */
export interface LinkEditable {
  id: string;
  sourceId: string;
  targetId: string;
  sourceLabel: string;
  targetLabel: string;
  type: string;
  directed: boolean;
  confidence: number;
  credibility: number | null;
  status: 'suggested' | 'confirmed' | 'rejected';
  notes: string;
  citations: { id: string; documentId: string; documentTitle: string; start: number; end: number; quote: string }[];
}

export const linkMethods = {
  /** The link-type vocabulary: `OFFERED_LINK_TYPES`, then every other type used in this case. */
  'links:types': method(z.object({}).strict(), returns<string[]>()),
  'links:get-editable': method(z.object({ id: recordId }).strict(), returns<LinkEditable>()),
  'links:create': method(
    z
      .object({
        sourceId: recordId,
        targetId: recordId,
        ...fields,
        notes: fields.notes.default(''),
        citations: z.array(passage).max(50).default([]),
      })
      .strict()
      .refine((a) => a.sourceId !== a.targetId, 'a link joins two different entities'),
    returns<DeskChange>(),
  ),
  'links:edit': method(
    z
      .object({
        id: recordId,
        type: fields.type.optional(),
        directed: fields.directed.optional(),
        confidence: fields.confidence.optional(),
        credibility: fields.credibility.optional(),
        notes: fields.notes.optional(),
        swapEnds: z.boolean().optional(),
        addCitations: z.array(passage).max(50).optional(),
        removeCitationIds: z.array(recordId).max(200).optional(),
      })
      .strict(),
    returns<DeskChange>(),
  ),
  'links:delete': method(z.object({ id: recordId }).strict(), returns<DeskChange>()),
  /** Confirm or reject (suggested) links, like mentions. */
  'links:set-status': method(
    z.object({ ids: z.array(recordId).min(1).max(10_000), status }).strict(),
    returns<DeskChange>(),
  ),
  /** The reader's "Cite for…": attach a passage to an existing link or event. */
  'links:cite': method(
    z.object({ subjectKind: z.enum(['link', 'event']), subjectId: recordId, passage }).strict(),
    returns<DeskChange>(),
  ),
};
