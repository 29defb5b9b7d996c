import { z } from 'zod';
import {
  citationSubjectKindSchema,
  credibilitySchema,
  datePrecisionSchema,
  reliabilitySchema,
  statusSchema,
  tlpSchema,
} from '../../../lib/vocabulary/index.js';
import { isRecordId } from '../ids.js';
import type { MergeRedirect, RecordKind, RecordsByKind, Tombstone } from '../store/records.js';

/**
 * What a record in a bundle must look like, kind by kind. Every bundle line is parsed with these
 * (strict: unknown fields are refused) before anything is written to a case.
 */
const id = z.string().refine(isRecordId, 'not a UUIDv7 record id');
const optionalId = id.nullable();
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'not an ISO-8601 UTC timestamp');
const dateText = z.string().max(64).nullable();
const status = statusSchema;
const json = z.record(z.unknown());
const offset = z.number().int().nonnegative();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'not a lower-case SHA-256 hex digest');

const base = { id, caseId: id, createdAt: timestamp, modifiedAt: timestamp };

const schemas = {
  document: z.object({
    ...base,
    title: z.string(),
    sourceUri: z.string(),
    mimeType: z.string(),
    sha256,
    size: offset,
    text: z.string(),
    language: z.string().nullable(),
    publishedAt: dateText,
    ingestedAt: timestamp,
    reliability: reliabilitySchema.nullable(),
    tlp: tlpSchema,
    parentId: optionalId,
    properties: json,
  }),
  entity: z.object({
    ...base,
    type: z.string().min(1),
    label: z.string(),
    properties: json,
    notes: z.string(),
    status,
  }),
  alias: z.object({ ...base, entityId: id, alias: z.string() }),
  mention: z.object({
    ...base,
    documentId: id,
    entityId: id,
    start: offset,
    end: offset,
    surface: z.string(),
    extractor: z.string(),
    extractorVersion: z.string(),
    status,
  }),
  event: z.object({
    ...base,
    title: z.string(),
    startAt: dateText,
    endAt: dateText,
    datePrecision: datePrecisionSchema,
    locationEntityId: optionalId,
    description: z.string(),
    status,
    properties: json,
  }),
  participant: z.object({ ...base, eventId: id, entityId: id, role: z.string() }),
  link: z.object({
    ...base,
    sourceId: id,
    targetId: id,
    type: z.string().min(1),
    directed: z.boolean(),
    confidence: z.number().min(0).max(1),
    credibility: credibilitySchema.nullable(),
    firstSeen: dateText,
    lastSeen: dateText,
    status,
    properties: json,
  }),
  citation: z.object({
    ...base,
    subjectKind: citationSubjectKindSchema,
    subjectId: id,
    documentId: id,
    start: offset,
    end: offset,
    quote: z.string(),
    page: z.number().int().nullable(),
  }),
  chart: z.object({ ...base, name: z.string(), viewport: json, settings: json }),
  chartNode: z.object({
    ...base,
    chartId: id,
    subjectId: id,
    x: z.number(),
    y: z.number(),
    style: json,
    locked: z.boolean(),
    hidden: z.boolean(),
    groupId: z.string().nullable(),
  }),
} satisfies Record<RecordKind, z.ZodTypeAny>;

export const RECORD_SCHEMAS: { [K in RecordKind]: z.ZodType<RecordsByKind[K], z.ZodTypeDef, unknown> } =
  Object.fromEntries(Object.entries(schemas).map(([k, s]) => [k, s.strict()])) as never;

// Compile-time guard: a field added to records.ts without a schema here fails the typecheck.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemasMatchRecords: { [K in RecordKind]: Exact<z.infer<(typeof schemas)[K]>, RecordsByKind[K]> } = {
  document: true,
  entity: true,
  alias: true,
  mention: true,
  event: true,
  participant: true,
  link: true,
  citation: true,
  chart: true,
  chartNode: true,
};
void _schemasMatchRecords;

export const tombstoneSchema: z.ZodType<Tombstone, z.ZodTypeDef, unknown> = z
  .object({ id, kind: z.enum(Object.keys(schemas) as [RecordKind, ...RecordKind[]]), caseId: id, deletedAt: timestamp })
  .strict();

export const redirectSchema: z.ZodType<MergeRedirect, z.ZodTypeDef, unknown> = z
  .object({ fromId: id, toId: id, caseId: id, mergedAt: timestamp })
  .strict();
