import type Database from 'better-sqlite3';
import type { Status } from './records.js';

/** A mention as the reader draws it: where, which entity, its type and label. */
export interface ReaderMentionRow {
  id: string;
  entityId: string;
  entityType: string;
  entityLabel: string;
  start: number;
  end: number;
  status: Status;
}

/**
 * A document's mentions in text order with their entities, in one query (the reader's 1 MB
 * document has ~14k: looking each entity up on its own took most of opening it). With a range,
 * only the mentions that overlap [start, end).
 */
export function readerMentions(
  db: Database.Database,
  documentId: string,
  range?: { start: number; end: number },
): ReaderMentionRow[] {
  const inRange = range ? 'AND m.end > @start AND m.start < @end' : '';
  return db
    .prepare(
      `SELECT m.id, m.entity_id AS entityId, coalesce(e.type, 'unknown') AS entityType, coalesce(e.label, m.surface) AS entityLabel,
              m.start, m.end, m.status
       FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id
       WHERE m.document_id = @documentId ${inRange}
       ORDER BY m.start, m.end DESC`,
    )
    .all({ documentId, ...(range ?? {}) }) as ReaderMentionRow[];
}
