import type Database from 'better-sqlite3';
import type { DatePrecision } from './records.js';
import { timelineOpeningReadsOf } from './timeline-opening-reads.js';

// What the timeline reads of a case: only the columns it uses, never a document's text. Before,
// it decoded every entity, participant, citation, event and document record in full (2.3 s at
// 20,000 documents, most of it reading documents' text to reach their date).

export interface TimelineEventRow {
  id: string;
  title: string;
  startAt: string | null;
  endAt: string | null;
  precision: DatePrecision;
  /** The event's `type` property, or 'Events' when it has none. */
  type: string;
}

const TYPE = `CASE WHEN json_type(properties, '$.type') = 'text' AND json_extract(properties, '$.type') <> ''
  THEN json_extract(properties, '$.type') ELSE 'Events' END`;

/**
 * Events that are not rejected and have a date (start or end), in id order. Their participants
 * are read apart (`participantPairs`, `rejectedEntityIds`) and joined by the caller: a
 * participants subquery per event, joined to entities for their status, was 0.6 s of the
 * timeline's first call at 60,000 events; one scan of each table is a sixth of that.
 */
export function timelineEventRows(db: Database.Database): TimelineEventRow[] {
  return db
    .prepare(
      `SELECT e.id, e.title, e.start_at AS startAt, e.end_at AS endAt, e.date_precision AS precision, ${TYPE} AS type
       FROM events e WHERE e.status != 'rejected' AND (e.start_at IS NOT NULL OR e.end_at IS NOT NULL) ORDER BY e.id`,
    )
    .all() as TimelineEventRow[];
}

/** The ids of rejected entities (few: an analyst's rejections), which take part in nothing shown. */
export function rejectedEntityIds(db: Database.Database): string[] {
  return db.prepare("SELECT id FROM entities WHERE status = 'rejected'").pluck().all() as string[];
}

/**
 * [id, type, label] of the live entities that might be quantities (a quantity type, or a digit
 * in the label): the few the timeline must test with isQuantity, instead of reading them all.
 */
export function possibleQuantities(db: Database.Database, types: readonly string[]): [string, string, string][] {
  return db
    .prepare(
      `SELECT id, type, label FROM entities WHERE status != 'rejected'
         AND (lower(type) IN (SELECT value FROM json_each(@types)) OR label GLOB '*[0-9]*')`,
    )
    .raw()
    .all({ types: JSON.stringify(types) }) as [string, string, string][];
}

/** A live (not rejected) entity's label and type, or null. */
export function entityName(db: Database.Database, id: string): { label: string; type: string } | null {
  return (
    (db.prepare("SELECT label, type FROM entities WHERE id = ? AND status != 'rejected'").get(id) as {
      label: string;
      type: string;
    }) ?? null
  );
}

/** [id, type, label] of every entity that is not rejected. */
export function liveEntityNames(db: Database.Database): [string, string, string][] {
  return db.prepare("SELECT id, type, label FROM entities WHERE status != 'rejected'").raw().all() as [
    string,
    string,
    string,
  ][];
}

/** [event, entity] of every participant, in id order. */
export function participantPairs(db: Database.Database): [string, string][] {
  return db.prepare('SELECT event_id, entity_id FROM participants ORDER BY id').raw().all() as [string, string][];
}

/** [subject, document] of every citation, in id order. */
export function citationPairs(db: Database.Database): [string, string][] {
  return db.prepare('SELECT subject_id, document_id FROM citations ORDER BY id').raw().all() as [string, string][];
}

/** [id, title, published] of every document, in id order; the date from the index beside the id. */
export function documentTitlesAndDates(db: Database.Database): [string, string, string | null][] {
  const dates = new Map(
    db
      .prepare(`SELECT id, published_at FROM documents ${gradeDateIndex(db)}`)
      .raw()
      .all() as [string, string | null][],
  );
  const titles = db.prepare('SELECT id, title FROM documents ORDER BY id').raw().all() as [string, string][];
  return titles.map(([id, title]) => [id, title, dates.get(id) ?? null]);
}

/** The earliest date (not empty) among the documents citing each subject: when it was first reported. */
export function citedEarliest(db: Database.Database): Map<string, string> {
  return new Map(
    db
      .prepare(
        `SELECT c.subject_id, min(nullif(d.published_at, '')) AS earliest
         FROM citations c JOIN documents d ${gradeDateIndex(db)} ON d.id = c.document_id
         GROUP BY c.subject_id HAVING earliest IS NOT NULL`,
      )
      .raw()
      .all() as [string, string][],
  );
}

/** The index of documents' grades and dates (migration 0190), when the case has it. */
export function gradeDateIndex(db: Database.Database): string {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'documents_grade_date'").get();
  return has ? 'INDEXED BY documents_grade_date' : '';
}

/**
 * Changes whenever the case may have changed: rows written through this connection (triggers
 * included; a rolled-back write changes it too, which only costs a re-read) or by another one.
 * What lets the timeline keep its source between the calls of one zoom or pan.
 */
export function changeStamp(db: Database.Database): string {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${changes}:${db.pragma('data_version', { simple: true }) as number}`;
}

/** The timeline reads, bound to one connection (what `CaseStore.timelineReads()` hands out). */
export function timelineReadsOf(db: Database.Database) {
  return {
    events: () => timelineEventRows(db),
    rejectedEntities: () => rejectedEntityIds(db),
    possibleQuantities: (types: readonly string[]) => possibleQuantities(db, types),
    entityName: (id: string) => entityName(db, id),
    entities: () => liveEntityNames(db),
    participants: () => participantPairs(db),
    citations: () => citationPairs(db),
    documents: () => documentTitlesAndDates(db),
    citedEarliest: () => citedEarliest(db),
    changeStamp: () => changeStamp(db),
    ...timelineOpeningReadsOf(db),
  };
}

export type TimelineReads = ReturnType<typeof timelineReadsOf>;
