import type Database from 'better-sqlite3';
import type { DatePrecision } from './records.js';

// What the timeline's opening window reads: dates and counts, not every event's participants.
// The opening shows the whole case in per-lane buckets, so it needs how many events fall on each
// date, the entities in the most events (counted on `participants_entity_event`, migration 0200)
// and the dates of those few entities' events, grouped. At 60,000 events the full read took
// 1.4 s of CPU.

type Dates = [string | null, string | null, DatePrecision];
const SHOWN = `e.status != 'rejected' AND (e.start_at IS NOT NULL OR e.end_at IS NOT NULL)`;

/** [start, end, precision, events] of the events shown (not rejected, with a date), by date. */
export function eventDateGroups(db: Database.Database): [...Dates, number][] {
  return db
    .prepare(`SELECT start_at, end_at, date_precision, count(*) FROM events e WHERE ${SHOWN} GROUP BY 1, 2, 3`)
    .raw()
    .all() as [...Dates, number][];
}

/** Ids of the events never shown: rejected, or with no date at all. */
export function unshownEventIds(db: Database.Database): string[] {
  return db.prepare(`SELECT id FROM events e WHERE NOT (${SHOWN})`).pluck().all() as string[];
}

/** Ids of the shown events with exactly these dates (a date the timeline cannot read leaves them out). */
export function eventIdsDated(db: Database.Database, [start, end, precision]: Dates): string[] {
  return db
    .prepare(`SELECT id FROM events e WHERE ${SHOWN} AND start_at IS ? AND end_at IS ? AND date_precision = ?`)
    .pluck()
    .all(start, end, precision) as string[];
}

/**
 * [start, end, precision, entities, events] of the shown events in which some of the given
 * entities take part, grouped by date and by which of them take part (ids joined by commas, in
 * no particular order). Read from `participants_entity_event` and the events' rows alone.
 */
export function laneEventGroups(db: Database.Database, entityIds: readonly string[]): [...Dates, string, number][] {
  return db
    .prepare(
      `SELECT start_at, end_at, date_precision, lanes, count(*) FROM (
         SELECT e.start_at, e.end_at, e.date_precision, group_concat(p.entity_id) AS lanes
         FROM (SELECT DISTINCT event_id, entity_id FROM participants
               WHERE entity_id IN (SELECT value FROM json_each(?))) p
         JOIN events e ON e.id = p.event_id
         WHERE ${SHOWN}
         GROUP BY p.event_id)
       GROUP BY 1, 2, 3, 4`,
    )
    .raw()
    .all(JSON.stringify(entityIds)) as [...Dates, string, number][];
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
    eventDateGroups: () => eventDateGroups(db),
    unshownEvents: () => unshownEventIds(db),
    eventIdsDated: (dates: Dates) => eventIdsDated(db, dates),
    laneEventGroups: (entityIds: readonly string[]) => laneEventGroups(db, entityIds),
    entityEventCounts: (onlyEvents?: readonly string[]) => entityEventCounts(db, onlyEvents),
    documentDates: () => documentDates(db),
    documentTitles: (ids: readonly string[]) => documentTitles(db, ids),
  };
}
