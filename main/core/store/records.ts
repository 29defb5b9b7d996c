/**
 * The records a case holds, as TypeScript types. Each is inferred from its zod schema in
 * `record-schemas.ts` (the one declaration of every record shape); field names are camelCase,
 * the store maps them to snake_case columns.
 */
import type { z } from 'zod';
import type { DatePrecision, Reliability, Status, Tlp } from '../../../lib/vocabulary/index.js';
import type {
  BASE_FIELDS,
  RecordKind,
  RecordsByKind,
  caseMetaSchema,
  redirectSchema,
  tombstoneSchema,
} from './record-schemas.js';

export type { DatePrecision, Reliability, RecordKind, RecordsByKind, Status, Tlp };
export type JsonObject = Record<string, unknown>;

export type DocumentRecord = RecordsByKind['document'];
export type EntityRecord = RecordsByKind['entity'];
export type AliasRecord = RecordsByKind['alias'];
export type MentionRecord = RecordsByKind['mention'];
export type EventRecord = RecordsByKind['event'];
export type ParticipantRecord = RecordsByKind['participant'];
export type LinkRecord = RecordsByKind['link'];
export type CitationRecord = RecordsByKind['citation'];
export type ChartRecord = RecordsByKind['chart'];
export type ChartNodeRecord = RecordsByKind['chartNode'];

export type CaseMeta = z.infer<typeof caseMetaSchema>;
export type Tombstone = z.infer<typeof tombstoneSchema>;
export type MergeRedirect = z.infer<typeof redirectSchema>;

/** The fields every record carries, assigned by the store. */
type BaseField = (typeof BASE_FIELDS)[number];

/** What a caller supplies to create a record: the base fields are assigned by the store. */
export type NewRecord<K extends RecordKind> = Omit<RecordsByKind[K], BaseField> & { id?: string };

/** What a caller may change on a record. */
export type RecordPatch<K extends RecordKind> = Partial<Omit<RecordsByKind[K], BaseField>>;

export interface AuditEntry {
  seq: number;
  at: string;
  action: string;
  subjectKind: string;
  subjectId: string | null;
  before: unknown;
  after: unknown;
}
