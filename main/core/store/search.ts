import type Database from 'better-sqlite3';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../lib/vocabulary/index.js';

export { SNIPPET_CLOSE, SNIPPET_OPEN };
import { DossierError } from '../errors.js';

export interface DocumentHit {
  documentId: string;
  title: string;
  /** Text around the match; matched terms are wrapped in SNIPPET_OPEN / SNIPPET_CLOSE. */
  snippet: string;
  rank: number;
}

export interface NameHit {
  entityId: string;
  type: string;
  label: string;
  /** The label or alias that matched. */
  matched: string;
  rank: number;
}

/** FTS5 search over document titles and text, best match first, with highlighted snippets. */
export function searchDocuments(db: Database.Database, query: string, limit: number): DocumentHit[] {
  return runFts(
    query,
    () =>
      db
        .prepare(
          `SELECT d.id AS documentId, d.title AS title,
                  snippet(documents_fts, 1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', 16) AS snippet,
                  bm25(documents_fts) AS rank
           FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
           WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
        )
        .all(query, limit) as DocumentHit[],
  );
}

/** FTS5 search over entity labels and aliases; one hit per entity, best match first. */
export function searchNames(db: Database.Database, query: string, limit: number): NameHit[] {
  return runFts(
    query,
    () =>
      db
        .prepare(
          `WITH m AS MATERIALIZED (SELECT entity_id, name, rank FROM names_fts WHERE names_fts MATCH ?)
         SELECT e.id AS entityId, e.type AS type, e.label AS label, m.name AS matched, min(m.rank) AS rank
         FROM m JOIN entities e ON e.id = m.entity_id
         GROUP BY e.id ORDER BY rank LIMIT ?`,
        )
        .all(query, limit) as NameHit[],
  );
}

export interface EventHit {
  eventId: string;
  title: string;
  startAt: string | null;
  status: string;
  /** The event's facts (type, counts as "killed 5", description) with matched terms marked. */
  snippet: string;
  rank: number;
}

/** FTS5 search over event titles and facts (type, counts, description), best match first. */
export function searchEvents(db: Database.Database, query: string, limit: number): EventHit[] {
  return runFts(
    query,
    () =>
      db
        .prepare(
          `SELECT e.id AS eventId, e.title AS title, e.start_at AS startAt, e.status AS status,
                  snippet(events_fts, 2, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', 12) AS snippet,
                  bm25(events_fts) AS rank
           FROM events_fts JOIN events e ON e.rowid = events_fts.rowid
           WHERE events_fts MATCH ? ORDER BY rank LIMIT ?`,
        )
        .all(query, limit) as EventHit[],
  );
}

/**
 * Turns plain words typed by a person into an FTS5 query: every word as a prefix, all required.
 * Words shorter than `minPrefix` match whole words only: a one-letter prefix expands to a large
 * part of the vocabulary, and merging those lists costs seconds in a large case.
 */
export function plainQuery(text: string, minPrefix = 1): string {
  const words = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  return words.map((w) => `"${w}"${[...w].length >= minPrefix ? '*' : ''}`).join(' ');
}

export function runFts<T>(query: string, run: () => T): T {
  if (!query.trim()) throw new DossierError('invalid-query', 'the search query is empty');
  try {
    return run();
  } catch (e) {
    const msg = (e as Error).message;
    if (/fts5|syntax error|no such column|unterminated|unknown special query/i.test(msg)) {
      throw new DossierError('invalid-query', `cannot read the search query "${query}": ${msg.replace(/^fts5: /, '')}`);
    }
    throw e;
  }
}
