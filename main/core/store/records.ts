/** The records a case holds. Field names are camelCase; the store maps them to snake_case columns. */

import type { CitationSubjectKind, DatePrecision, Reliability, Status, Tlp } from '../../../lib/vocabulary/index.js';

export type { DatePrecision, Reliability, Status, Tlp };
export type JsonObject = Record<string, unknown>;

/** Fields every record carries so records from several cases merge by id. */
export interface RecordBase {
  id: string;
  caseId: string;
  createdAt: string;
  modifiedAt: string;
}

export interface CaseMeta extends RecordBase {
  title: string;
  description: string;
  tlp: Tlp;
}

export interface DocumentRecord extends RecordBase {
  title: string;
  sourceUri: string;
  mimeType: string;
  sha256: string;
  size: number;
  text: string;
  language: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  reliability: Reliability | null;
  tlp: Tlp;
  parentId: string | null;
  properties: JsonObject;
}

export interface EntityRecord extends RecordBase {
  type: string;
  label: string;
  properties: JsonObject;
  notes: string;
  status: Status;
}

export interface AliasRecord extends RecordBase {
  entityId: string;
  alias: string;
}

export interface MentionRecord extends RecordBase {
  documentId: string;
  entityId: string;
  start: number;
  end: number;
  surface: string;
  extractor: string;
  extractorVersion: string;
  status: Status;
}

export interface EventRecord extends RecordBase {
  title: string;
  startAt: string | null;
  endAt: string | null;
  datePrecision: DatePrecision;
  locationEntityId: string | null;
  description: string;
  status: Status;
  properties: JsonObject;
}

export interface ParticipantRecord extends RecordBase {
  eventId: string;
  entityId: string;
  role: string;
}

export interface LinkRecord extends RecordBase {
  sourceId: string;
  targetId: string;
  type: string;
  directed: boolean;
  confidence: number;
  credibility: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
  status: Status;
  properties: JsonObject;
}

export interface CitationRecord extends RecordBase {
  subjectKind: CitationSubjectKind;
  subjectId: string;
  documentId: string;
  start: number;
  end: number;
  quote: string;
  page: number | null;
}

export interface ChartRecord extends RecordBase {
  name: string;
  viewport: JsonObject;
  settings: JsonObject;
}

export interface ChartNodeRecord extends RecordBase {
  chartId: string;
  subjectId: string;
  x: number;
  y: number;
  style: JsonObject;
  locked: boolean;
  hidden: boolean;
  groupId: string | null;
}

/** Kind name → record type. The kind names are also the bundle's JSON-lines file names. */
export interface RecordsByKind {
  document: DocumentRecord;
  entity: EntityRecord;
  alias: AliasRecord;
  mention: MentionRecord;
  event: EventRecord;
  participant: ParticipantRecord;
  link: LinkRecord;
  citation: CitationRecord;
  chart: ChartRecord;
  chartNode: ChartNodeRecord;
}

export type RecordKind = keyof RecordsByKind;

/** What a caller supplies to create a record: the base fields are assigned by the store. */
export type NewRecord<K extends RecordKind> = Omit<RecordsByKind[K], keyof RecordBase> &
  Partial<Pick<RecordBase, 'id'>>;

/** What a caller may change on a record. */
export type RecordPatch<K extends RecordKind> = Partial<Omit<RecordsByKind[K], keyof RecordBase>>;

export interface Tombstone {
  id: string;
  kind: RecordKind;
  caseId: string;
  deletedAt: string;
}

export interface MergeRedirect {
  fromId: string;
  toId: string;
  caseId: string;
  mergedAt: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  action: string;
  subjectKind: string;
  subjectId: string | null;
  before: unknown;
  after: unknown;
}
