import type Database from 'better-sqlite3';
import { sqlOf } from './case-sql.js';
import type { WritableCase } from './case-store.js';
import { derivedSourcesEmpty } from './derived-tables.js';
import { caseHoldsNoRecords } from './record-presence.js';
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
 * was afterwards. Into a case that holds records, statement journals stay in temporary files:
 * an import's merge runs inside a savepoint that lasts the whole import, and its journal (the
 * earlier content of every page the import changes) reached 1.4 GB of memory when kept there,
 * merging a 10k-document bundle.
 */
export function withBulkWriteSettings<T>(
  store: WritableCase,
  fn: () => T,
  options: { referencesCheckedByCaller?: boolean } = {},
): T {
  const db = sqlOf(store);
  if (db.readonly) return fn();
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const tempStore = db.pragma('temp_store', { simple: true }) as number;
  db.pragma(`cache_size = -${BULK_CACHE_KIB}`);
  // Into an empty case (derived-tables.ts) the long savepoints' journals stay small — they keep
  // only pages that existed when each began, and the case had next to none; a batch's own
  // savepoint keeps at most the pages its 1,000 rows touch — so they are held in memory: that
  // saved ~1.3 s of 5 s of SQLite CPU writing 10,000 documents. (Set before the transaction
  // begins: SQLite picks where a transaction's journals go when it starts.)
  // Inside a caller's transaction SQLite may refuse the switch: the setting is then left alone.
  const journalsInMemory = !db.inTransaction && derivedSourcesEmpty(store);
  if (journalsInMemory) db.pragma('temp_store = MEMORY');
  const rollbackJournal = journalsInMemory && useRollbackJournal(db);
  const foreignKeysOff =
    journalsInMemory && !!options.referencesCheckedByCaller && caseHoldsNoRecords(store) && setForeignKeys(db, false);
  try {
    return fn();
  } finally {
    if (foreignKeysOff) setForeignKeys(db, true);
    db.pragma(`cache_size = ${cacheSize}`);
    if (journalsInMemory) db.pragma(`temp_store = ${tempStore}`);
    if (rollbackJournal) restoreWal(db);
  }
}

/**
 * Into a case that holds no record of any kind, an import that checks every reference itself
 * (merge-into-case.ts `checkReferences`: each one must resolve to a record in the bundle or the
 * case, or nothing is kept) writes with foreign keys off: SQLite's own check looked up the
 * parent of every mention, link and alias as it was written (measured: 0.6 s of CPU against
 * 0.34 s for 50,000 mentions and 20,000 links without it). Nothing is owed to the keys' cascades
 * either: what such an import deletes (an alias twin, a chart node that clashes) is its own and
 * nothing refers to it. Set before the transaction begins (SQLite ignores the switch inside one)
 * and on again after, whatever happened.
 */
function setForeignKeys(db: Database.Database, on: boolean): boolean {
  db.pragma(`foreign_keys = ${on ? 'ON' : 'OFF'}`);
  return (db.pragma('foreign_keys', { simple: true }) as number) === (on ? 1 : 0);
}

/**
 * Into an empty case, the import writes with a rollback journal instead of the write-ahead log:
 * with the log every page of the new case is written twice (to the log, then copied into the
 * file at the checkpoint that ends the commit: 0.5–0.8 s of CPU for 10,000 documents), while a
 * rollback journal keeps only the few pages the empty case had, and the new pages go straight to
 * the file. It is as safe: the transaction still rolls back as a whole, and after a crash the
 * journal left behind is rolled back on the next open (open-case.ts `rollBackHotJournal`);
 * synchronous = FULL while it lasts, as rollback journals need for a power cut. The switch needs
 * the case to itself: with another connection reading it SQLite keeps the log, and so does this.
 */
function useRollbackJournal(db: Database.Database): boolean {
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return false;
  if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') return false;
  db.pragma('synchronous = FULL');
  return true;
}

/** Back to the case's usual settings (open-case.ts `configure`). */
function restoreWal(db: Database.Database): void {
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  } catch {
    // A reader came in meanwhile and holds the file: the case stays in rollback mode, as safe,
    // until it is next opened (configure() sets the log again). The import's outcome stands.
  }
}
