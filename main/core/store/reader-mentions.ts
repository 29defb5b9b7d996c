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

/** What a reader shows about a document's mentions without loading them all. */
export interface ReaderSummaryRow {
  /** Mentions by status. */
  byStatus: { suggested: number; confirmed: number; rejected: number };
  /** Mentions that are not rejected, by their entity's type. */
  byType: Record<string, number>;
  /** The entities mentioned (not rejected), most mentioned first, at most `limit`. */
  entities: { id: string; label: string; type: string }[];
}

/**
 * Counts and the most mentioned entities of one document, so the reader can paint a long
 * document's first screen without its whole mention list (14k mentions, 3.8 MB of JSON).
 */
export function readerSummary(db: Database.Database, documentId: string, limit = 300): ReaderSummaryRow {
  const byStatus = { suggested: 0, confirmed: 0, rejected: 0 };
  const statusRows = db
    .prepare('SELECT status, count(*) AS n FROM mentions WHERE document_id = ? GROUP BY status')
    .all(documentId) as { status: Status; n: number }[];
  for (const r of statusRows) byStatus[r.status] = r.n;
  const byType: Record<string, number> = {};
  const typeRows = db
    .prepare(
      `SELECT coalesce(e.type, 'unknown') AS type, count(*) AS n
       FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id
       WHERE m.document_id = ? AND m.status != 'rejected' GROUP BY 1 ORDER BY 2 DESC`,
    )
    .all(documentId) as { type: string; n: number }[];
  for (const r of typeRows) byType[r.type] = r.n;
  const entities = db
    .prepare(
      `SELECT e.id, e.label, e.type
       FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.document_id = ? AND m.status != 'rejected'
       GROUP BY e.id ORDER BY count(*) DESC, e.label LIMIT ?`,
    )
    .all(documentId, limit) as ReaderSummaryRow['entities'];
  return { byStatus, byType, entities };
}

/**
 * The first mention after (or the last before) character `from`, the longer one where two start
 * together: J/K step through a document whose mentions the reader has only partly loaded.
 */
export function adjacentMention(
  db: Database.Database,
  documentId: string,
  from: number,
  direction: 'next' | 'previous',
  withRejected: boolean,
): ReaderMentionRow | null {
  const where = direction === 'next' ? 'm.start > @from' : 'm.start < @from';
  const order = direction === 'next' ? 'm.start, m.end DESC' : 'm.start DESC, m.end DESC';
  const rejected = withRejected ? '' : "AND m.status != 'rejected'";
  const row = db
    .prepare(
      `SELECT m.id, m.entity_id AS entityId, coalesce(e.type, 'unknown') AS entityType, coalesce(e.label, m.surface) AS entityLabel,
              m.start, m.end, m.status
       FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id
       WHERE m.document_id = @documentId AND ${where} ${rejected}
       ORDER BY ${order} LIMIT 1`,
    )
    .get({ documentId, from }) as ReaderMentionRow | undefined;
  return row ?? null;
}
