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

/**
 * Every record kind a case holds, declared once: its table, one zod schema listing every field
 * (in column order), the kinds its fields refer to, and the values a new record gets for fields
 * its creator leaves out. Everything else is derived from here: the TypeScript types
 * (`records.ts`), the columns and row codecs (`record-kinds.ts`), the prepared statements, and
 * the bundle's line schemas (each line is parsed with these; `strict`, so unknown fields are
 * refused). A new column is one edit here plus its migration.
 */
const id = z.string().refine(isRecordId, 'not a UUIDv7 record id');
const optionalId = id.nullable();
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'not an ISO-8601 UTC timestamp');
const dateText = z.string().max(64).nullable();
const status = statusSchema;
const json = z.record(z.unknown());
const offset = z.number().int().nonnegative();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'not a lower-case SHA-256 hex digest');

/** Fields every record carries so records from several cases merge by id. */
const base = { id, caseId: id, createdAt: timestamp, modifiedAt: timestamp };
export const BASE_FIELDS = ['id', 'caseId', 'createdAt', 'modifiedAt'] as const;
type BaseField = (typeof BASE_FIELDS)[number];

export interface KindDefinition<S extends z.ZodRawShape, R> {
  readonly table: string;
  readonly schema: z.ZodObject<S, 'strict'>;
  /** Fields holding another record's id, and that record's kind (exports pull in what a record depends on). */
  readonly refs: R;
  /** What `insert` writes for a field left out; a field with no default here is stored as null. */
  readonly defaults: Readonly<Record<string, unknown>>;
}

function defineKind<S extends z.ZodRawShape, const R extends { [F in Exclude<keyof S, BaseField>]?: string }>(
  table: string,
  shape: S,
  options: { refs: R; defaults: Partial<z.infer<z.ZodObject<S>>> },
): KindDefinition<S, R> {
  return { table, schema: z.object(shape).strict(), refs: options.refs, defaults: options.defaults };
}

/** Kind name → definition. Order matters: a kind comes after the kinds it refers to. */
export const KIND_DEFINITIONS = {
  document: defineKind(
    'documents',
    {
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
    },
    {
      refs: { parentId: 'document' },
      defaults: { sourceUri: '', mimeType: 'text/plain', size: 0, text: '', tlp: 'TLP:AMBER', properties: {} },
    },
  ),
  entity: defineKind(
    'entities',
    { ...base, type: z.string().min(1), label: z.string(), properties: json, notes: z.string(), status },
    { refs: {}, defaults: { properties: {}, notes: '', status: 'suggested' } },
  ),
  alias: defineKind(
    'aliases',
    { ...base, entityId: id, alias: z.string() },
    { refs: { entityId: 'entity' }, defaults: {} },
  ),
  mention: defineKind(
    'mentions',
    {
      ...base,
      documentId: id,
      entityId: id,
      start: offset,
      end: offset,
      surface: z.string(),
      extractor: z.string(),
      extractorVersion: z.string(),
      status,
    },
    {
      refs: { documentId: 'document', entityId: 'entity' },
      defaults: { extractor: 'analyst', extractorVersion: '', status: 'suggested' },
    },
  ),
  event: defineKind(
    'events',
    {
      ...base,
      title: z.string(),
      startAt: dateText,
      endAt: dateText,
      datePrecision: datePrecisionSchema,
      locationEntityId: optionalId,
      description: z.string(),
      status,
      properties: json,
    },
    {
      refs: { locationEntityId: 'entity' },
      defaults: { datePrecision: 'unknown', description: '', status: 'suggested', properties: {} },
    },
  ),
  participant: defineKind(
    'participants',
    { ...base, eventId: id, entityId: id, role: z.string() },
    { refs: { eventId: 'event', entityId: 'entity' }, defaults: { role: '' } },
  ),
  link: defineKind(
    'links',
    {
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
    },
    {
      refs: { sourceId: 'entity', targetId: 'entity' },
      defaults: { directed: false, confidence: 0.5, status: 'suggested', properties: {} },
    },
  ),
  citation: defineKind(
    'citations',
    {
      ...base,
      subjectKind: citationSubjectKindSchema,
      subjectId: id,
      documentId: id,
      start: offset,
      end: offset,
      quote: z.string(),
      page: z.number().int().nullable(),
    },
    { refs: { documentId: 'document' }, defaults: { quote: '' } },
  ),
  chart: defineKind(
    'charts',
    { ...base, name: z.string(), viewport: json, settings: json },
    { refs: {}, defaults: { viewport: {}, settings: {} } },
  ),
  chartNode: defineKind(
    'chart_nodes',
    {
      ...base,
      chartId: id,
      subjectId: id,
      x: z.number(),
      y: z.number(),
      style: json,
      locked: z.boolean(),
      hidden: z.boolean(),
      groupId: z.string().nullable(),
    },
    { refs: { chartId: 'chart' }, defaults: { x: 0, y: 0, style: {}, locked: false, hidden: false } },
  ),
};

/** Kind names; also the bundle's JSON-lines file names. */
export type RecordKind = keyof typeof KIND_DEFINITIONS;
export const RECORD_KINDS = Object.keys(KIND_DEFINITIONS) as RecordKind[];

export function isRecordKind(value: unknown): value is RecordKind {
  return typeof value === 'string' && Object.hasOwn(KIND_DEFINITIONS, value);
}

// Compile-time guard: a reference must name a record kind.
type RefTarget = {
  [K in RecordKind]: (typeof KIND_DEFINITIONS)[K]['refs'][keyof (typeof KIND_DEFINITIONS)[K]['refs']];
}[RecordKind];
const _refsNameKinds: [RefTarget] extends [RecordKind] ? true : false = true;
void _refsNameKinds;

/** Kind name → record type. */
export type RecordsByKind = { [K in RecordKind]: z.infer<(typeof KIND_DEFINITIONS)[K]['schema']> };

/** Kind name → its schema: what a stored record is, and what a bundle line must be. */
export const RECORD_SCHEMAS: { readonly [K in RecordKind]: z.ZodType<RecordsByKind[K], z.ZodTypeDef, unknown> } = {
  document: KIND_DEFINITIONS.document.schema,
  entity: KIND_DEFINITIONS.entity.schema,
  alias: KIND_DEFINITIONS.alias.schema,
  mention: KIND_DEFINITIONS.mention.schema,
  event: KIND_DEFINITIONS.event.schema,
  participant: KIND_DEFINITIONS.participant.schema,
  link: KIND_DEFINITIONS.link.schema,
  citation: KIND_DEFINITIONS.citation.schema,
  chart: KIND_DEFINITIONS.chart.schema,
  chartNode: KIND_DEFINITIONS.chartNode.schema,
};

/** A deletion that travels in bundles so the record stays deleted where it is merged. */
export const tombstoneSchema = z
  .object({ id, kind: z.enum(RECORD_KINDS as [RecordKind, ...RecordKind[]]), caseId: id, deletedAt: timestamp })
  .strict();

/** An entity merged into another: references to `fromId` now mean `toId`. */
export const redirectSchema = z.object({ fromId: id, toId: id, caseId: id, mergedAt: timestamp }).strict();

/** The case's own row (`case_meta`). */
export const caseMetaSchema = z
  .object({ ...base, title: z.string(), description: z.string(), tlp: tlpSchema })
  .strict();

/**
 * A pair of entities the analyst said are not the same (`duplicate_dismissals`, migration 0080),
 * also the line format of a bundle's `dismissals.jsonl`.
 */
export const dismissalSchema = z
  .object({
    firstId: z.string().uuid(),
    secondId: z.string().uuid(),
    caseId: z.string().uuid(),
    dismissedAt: z.string().datetime(),
  })
  .strict()
  .refine((d) => d.firstId < d.secondId, 'the ids of a dismissed pair must be sorted');
