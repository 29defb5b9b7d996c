import type Database from 'better-sqlite3';
import { sqlOf } from './case-sql.js';
import type { WritableCase } from './case-store.js';

/**
 * The documents' full-text index built while an import into an empty case is still reading
 * (derived-tables.ts sets the index's triggers aside there and builds it at the end). The
 * import's first records are its documents, and while they come the importing thread mostly
 * waits for the reading thread (measured: about 1 s of 10,000 documents' import, against 0.6–0.9 s for
 * indexing them): each batch it writes is indexed then, in that wait, rather than all of them at
 * the end, when nothing is left to wait for.
 *
 * Only rows added since the last batch are indexed (by rowid). A document changed or removed in
 * place during the import (a second line for the same id, a merge) makes the index stale: it is
 * then rebuilt whole at the end, as without this.
 */
interface IndexAhead {
  /** Every document with a rowid up to this one is in the index. */
  upTo: number;
  stale: boolean;
}

const active = new WeakMap<Database.Database, IndexAhead>();

/** From now on (inside the import's transaction), documents may be indexed ahead. */
export function startIndexingAhead(db: Database.Database): void {
  active.set(db, { upTo: 0, stale: false });
}

/**
 * Ends indexing ahead: indexes what is left and returns true when the index is complete, or
 * false when it must be rebuilt (stale, or never started).
 */
export function finishIndexingAhead(db: Database.Database): boolean {
  const ahead = active.get(db);
  active.delete(db);
  if (!ahead || ahead.stale) return false;
  indexFrom(db, ahead);
  return true;
}

/** The import failed: its transaction takes back whatever was indexed. */
export function abandonIndexingAhead(db: Database.Database): void {
  active.delete(db);
}

/** Indexes the documents written since the last call; nothing unless indexing ahead. */
export function indexDocumentsAhead(store: WritableCase): void {
  const db = sqlOf(store);
  const ahead = active.get(db);
  if (ahead && !ahead.stale) indexFrom(db, ahead);
}

/** A document was changed or removed in place: the index must be rebuilt at the end. */
export function documentsChangedInPlace(store: WritableCase): void {
  const ahead = active.get(sqlOf(store));
  if (ahead) ahead.stale = true;
}

function indexFrom(db: Database.Database, ahead: IndexAhead): void {
  const last = db.prepare('SELECT max(rowid) FROM documents').pluck().get() as number | null;
  if (last === null || last <= ahead.upTo) return;
  db.prepare(
    `INSERT INTO documents_fts (rowid, title, text)
     SELECT rowid, title, text FROM documents WHERE rowid > ? AND rowid <= ? ORDER BY rowid`,
  ).run(ahead.upTo, last);
  ahead.upTo = last;
}
