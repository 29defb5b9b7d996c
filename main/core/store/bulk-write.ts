import type Database from 'better-sqlite3';
import { sqlOf } from './case-sql.js';
import type { ReadableCase } from './case-store.js';
import type { RecordKind } from './records.js';
import { KIND_TABLES, columnOf, fieldsOf } from './record-kinds.js';

/**
 * Rows per multi-row statement. Inside a transaction every statement that can fire triggers
 * opens a statement journal and makes FTS5 flush its pending terms to a new segment, so one
 * statement per row costs several times the row itself (measured: 60–95 µs per entity or
 * mention row against 15–20 µs in batches). 100 rows keep the largest kind (documents, 17
 * columns) far below SQLite's limit on bound parameters.
 */
export const ROWS_PER_STATEMENT = 100;

/** Multi-row statements per connection, by kind, conflict handling and row count (the last, short batch has its own). */
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function multiRowStatement(
  db: Database.Database,
  kind: RecordKind,
  rows: number,
  onConflict: 'update' | 'fail',
): Database.Statement {
  let byKey = cache.get(db);
  if (!byKey) cache.set(db, (byKey = new Map()));
  const key = `${kind}:${onConflict}:${rows}`;
  let stmt = byKey.get(key);
  if (!stmt) {
    const cols = fieldsOf(kind).map(columnOf);
    const row = `(${cols.map(() => '?').join(', ')})`;
    const updates = cols
      .filter((c) => c !== 'id')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ');
    stmt = db.prepare(
      `INSERT INTO ${KIND_TABLES[kind].table} (${cols.join(', ')}) VALUES ${Array.from({ length: rows }, () => row).join(', ')}
       ${onConflict === 'update' ? `ON CONFLICT(id) DO UPDATE SET ${updates}` : ''}`,
    );
    byKey.set(key, stmt);
  }
  return stmt;
}

function writeRows(
  db: Database.Database,
  kind: RecordKind,
  rows: readonly unknown[][],
  onConflict: 'update' | 'fail',
): void {
  for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) {
    const batch = rows.slice(at, at + ROWS_PER_STATEMENT);
    multiRowStatement(db, kind, batch.length, onConflict).run(batch.flat());
  }
}

/**
 * Writes records' column values (recordToValues order) as given, inserting or replacing by id,
 * ROWS_PER_STATEMENT rows per statement. Same effect as one upsert per row in order: a later
 * row with the same id updates the earlier one. The caller holds the transaction.
 */
export function upsertRows(db: Database.Database, kind: RecordKind, rows: readonly unknown[][]): void {
  writeRows(db, kind, rows, 'update');
}

/**
 * Inserts new records' column values (recordToValues order), ROWS_PER_STATEMENT rows per
 * statement: ingest's mentions, aliases, participants and citations. Same effect as one INSERT
 * per row, including the failure on an id already taken (that statement's rows are not written;
 * the caller's transaction undoes the earlier ones). The caller holds the transaction.
 */
export function insertRows(db: Database.Database, kind: RecordKind, rows: readonly unknown[][]): void {
  writeRows(db, kind, rows, 'fail');
}

/** Page cache for a bulk write, in KiB (SQLite's default is 2 MiB). */
const BULK_CACHE_KIB = 64 * 1024;

/**
 * Runs one large write (a bundle import) with a page cache big enough that index pages are not
 * spilled to the write-ahead log and rewritten again and again; the setting returns to what it
 * was afterwards. Statement journals stay in temporary files: an import's merge runs inside a
 * savepoint that lasts the whole import, and its journal (the earlier content of every page
 * the import changes) reached 1.4 GB of memory when kept there, merging a 10k-document bundle.
 */
export function withBulkWriteSettings<T>(store: ReadableCase, fn: () => T): T {
  const db = sqlOf(store);
  if (db.readonly) return fn();
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${BULK_CACHE_KIB}`);
  try {
    return fn();
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}
