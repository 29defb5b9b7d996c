import type Database from 'better-sqlite3';
import type { DatePrecision } from './records.js';

// What the timeline's opening window reads: dates and counts, not every event's participants.
// The opening shows the whole case in per-lane buckets, so it needs each event's date, the
// entities in the most events (counted on `participants_entity_event`, migration 0200) and the
// events of those few entities alone. At 60,000 events the full read took 1.4 s of CPU.

/**
 * [id, status, start, end, precision] of every event, in the table's order: one scan of the table,
 * where asking for id order walked the primary key and looked up each row (3× the time).
 */
export function eventDates(db: Database.Database): [string, string, string | null, string | null, DatePrecision][] {
  return db.prepare('SELECT id, status, start_at, end_at, date_precision FROM events').raw().all() as [
    string,
    string,
    string | null,
    string | null,
    DatePrecision,
  ][];
}

/**
 * [entity, number of distinct events] over all participants, or over the participants of the
 * given events only (to take those events out of the first count).
 */
export function entityEventCounts(db: Database.Database, onlyEvents?: readonly string[]): [string, number][] {
  if (!onlyEvents)
    return db
      .prepare('SELECT entity_id, count(DISTINCT event_id) FROM participants GROUP BY entity_id')
      .raw()
      .all() as [string, number][];
  if (!onlyEvents.length) return [];
  return db
    .prepare(
      `SELECT entity_id, count(DISTINCT event_id) FROM participants
       WHERE event_id IN (SELECT value FROM json_each(?)) GROUP BY entity_id`,
    )
    .raw()
    .all(JSON.stringify(onlyEvents)) as [string, number][];
}

/**
 * [event, entity] of the participants of the given entities, in no particular order: read from
 * `participants_entity_event` alone (ordering them by id looked up every row, 10× the time).
 */
export function participantsOfEntities(db: Database.Database, entityIds: readonly string[]): [string, string][] {
  return db
    .prepare(
      `SELECT event_id, entity_id FROM participants
       WHERE entity_id IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(JSON.stringify(entityIds)) as [string, string][];
}

/**
 * [id, published] of every document in id order. The planner reads them from the index beside the
 * id (`documents_grade_date`, migration 0190) as it covers both, never the rows and their text.
 */
export function documentDates(db: Database.Database): [string, string | null][] {
  return db.prepare('SELECT id, published_at FROM documents ORDER BY id').raw().all() as [string, string | null][];
}

/** [id, title] of the given documents. */
export function documentTitles(db: Database.Database, ids: readonly string[]): [string, string][] {
  return db
    .prepare('SELECT id, title FROM documents WHERE id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify(ids)) as [string, string][];
}

/** The opening reads, bound to one connection (part of `CaseStore.timelineReads()`). */
export function timelineOpeningReadsOf(db: Database.Database) {
  return {
    eventDates: () => eventDates(db),
    entityEventCounts: (onlyEvents?: readonly string[]) => entityEventCounts(db, onlyEvents),
    participantsOfEntities: (ids: readonly string[]) => participantsOfEntities(db, ids),
    documentDates: () => documentDates(db),
    documentTitles: (ids: readonly string[]) => documentTitles(db, ids),
  };
}
