import type Database from 'better-sqlite3';
import { sqlOf } from './case-sql.js';
import type { WritableCase } from './case-store.js';
import { abandonIndexingAhead, finishIndexingAhead, startIndexingAhead } from './documents-index-ahead.js';
import { KIND_TABLES } from './record-kinds.js';
import type { RecordKind } from './records.js';

// The tables computed from the records and kept by triggers: the documents' full-text index
// (migration 0010, external content), the names index (entity labels at rowid*2, aliases at
// rowid*2+1) and the mention and link tallies (migration 0100). Kept row by row, they cost an
// import into an empty case most of its time: every 100-row statement flushes FTS5's pending
// terms to a new segment and runs three tally upserts per mention (measured on 10,000 documents
// and 50,000 mentions: 13 s of CPU, against 3 s for the same rows with the tables built once
// afterwards). The events index (migration 0160) is left to its triggers: events are few.

/** Every trigger that keeps a derived table, by name (test/main/core/store/derived-tables.test.ts checks the list against the schema). */
export const UPKEEP_TRIGGERS: readonly string[] = [
  'documents_fts_insert',
  'documents_fts_delete',
  'documents_fts_update',
  'entities_names_insert',
  'entities_names_delete',
  'entities_names_update',
  'aliases_names_insert',
  'aliases_names_delete',
  'aliases_names_update',
  'entities_tally_insert',
  'entities_tally_delete',
  'documents_tally_insert',
  'documents_tally_delete',
  'mentions_tally_insert',
  'mentions_tally_delete',
  'mentions_tally_update_old',
  'mentions_tally_update_new',
  'links_tally_insert',
  'links_tally_delete',
  'links_tally_update_old',
  'links_tally_update_new',
];

/** The tables those triggers write to. */
export const DERIVED_TABLES: readonly string[] = [
  'documents_fts',
  'names_fts',
  'entity_tallies',
  'entity_document_tallies',
  'document_tallies',
];

/** The record tables the derived ones are computed from. */
const SOURCE_TABLES = ['documents', 'entities', 'aliases', 'mentions', 'links'];

/**
 * Each derived table recomputed from the records, as the triggers would have left it: the same
 * rows, the same row ids in the names index, the same counts (rejected mentions and links not
 * counted), so searches and lists read the same whichever way the records came in.
 */
const REBUILD_DOCUMENTS_INDEX = "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');";

const REBUILD = `
DELETE FROM names_fts;
INSERT INTO names_fts(rowid, entity_id, name) SELECT rowid * 2, id, label FROM entities;
INSERT INTO names_fts(rowid, entity_id, name) SELECT rowid * 2 + 1, entity_id, alias FROM aliases;
DELETE FROM entity_document_tallies;
DELETE FROM entity_tallies;
DELETE FROM document_tallies;
INSERT INTO entity_document_tallies (entity_id, document_id, mentions)
  SELECT entity_id, document_id, count(*) FROM mentions WHERE status != 'rejected'
  GROUP BY entity_id, document_id;
INSERT INTO entity_tallies (entity_id, mentions, documents, links)
  SELECT e.id, coalesce(m.n, 0), coalesce(m.d, 0), coalesce(l.n, 0)
  FROM entities e
  LEFT JOIN (SELECT entity_id, sum(mentions) AS n, count(*) AS d FROM entity_document_tallies GROUP BY entity_id) m
    ON m.entity_id = e.id
  LEFT JOIN (SELECT id, count(*) AS n FROM (
      SELECT source_id AS id FROM links WHERE status != 'rejected'
      UNION ALL SELECT target_id FROM links WHERE status != 'rejected'
    ) GROUP BY id) l ON l.id = e.id
  ORDER BY e.id;
INSERT INTO document_tallies (document_id, mentions)
  SELECT d.id, coalesce(m.n, 0)
  FROM documents d
  LEFT JOIN (SELECT document_id, sum(mentions) AS n FROM entity_document_tallies GROUP BY document_id) m
    ON m.document_id = d.id
  ORDER BY d.id;
`;

/** PRAGMA temp_store's value for MEMORY. */
const TEMP_STORE_MEMORY = 2;

/**
 * Recomputes every derived table from the records (the caller holds the transaction); the
 * documents' full-text index too unless `documentsIndexed` (documents-index-ahead.ts built it).
 */
export function rebuildDerivedTables(db: Database.Database, documentsIndexed = false): void {
  // The tallies' sorts grow with the case: they go to temporary files even when the import holds
  // its journals in memory (bulk-write.ts) — in memory they took 160 MB for 1.5 million rows.
  // (SQLite allows the switch inside a transaction only while no temporary database is open:
  // switching to memory before the import closed it; otherwise the setting is left alone.)
  const inMemory = (db.pragma('temp_store', { simple: true }) as number) === TEMP_STORE_MEMORY;
  if (inMemory) db.pragma('temp_store = FILE');
  try {
    if (!documentsIndexed) db.exec(REBUILD_DOCUMENTS_INDEX);
    db.exec(REBUILD);
  } finally {
    if (inMemory) db.pragma('temp_store = MEMORY');
  }
}

/**
 * Runs `fn` — a large write into a case that holds no documents, entities, aliases, mentions or
 * links yet (an import opening a colleague's bundle as a new case) — with the derived tables'
 * triggers and the large record tables' secondary indexes set aside, then builds those indexes
 * and tables in one pass each and puts the triggers back, exactly as the schema stored them.
 * All of it is one savepoint (SQLite's DDL is transactional): if `fn` or the rebuild fails, or
 * the process dies, the triggers and indexes were never gone. Into a case that holds records
 * already, `fn` runs as it is (rebuilding what the case holds would cost more than the triggers
 * save).
 */
export function withDerivedTablesBuiltAfter<T>(store: WritableCase, fn: () => T): T {
  const db = sqlOf(store);
  if (db.readonly || !sourcesEmpty(db)) return fn();
  const triggers = upkeepTriggers(db);
  if (triggers === null) return fn();
  const indexes = bulkBuiltIndexes(db);
  return store.transaction(() => {
    for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
    for (const i of indexes) db.exec(`DROP INDEX ${i.name}`);
    startIndexingAhead(db);
    setAside.set(db, indexes);
    let out: T;
    try {
      out = fn();
    } catch (e) {
      abandonIndexingAhead(db);
      throw e;
    } finally {
      setAside.delete(db);
    }
    const documentsIndexed = finishIndexingAhead(db);
    for (const i of indexes) if (!i.built) db.exec(i.sql);
    rebuildDerivedTables(db, documentsIndexed);
    for (const t of triggers) db.exec(t.sql);
    return out;
  });
}

/**
 * The record tables whose secondary indexes are also set aside and built once at the end (a
 * sort, where row by row each random key cost a descent of every index: 10,000 documents with
 * 50,000 entities and mentions, 0.8 s less of writing for 0.37 s of building). Only these: the
 * merge looks nothing up in them by anything but their primary keys while it writes, and they
 * are written parents first, so no deferred foreign-key check has to search a child's index.
 * Aliases and chart nodes keep theirs (the merge looks up twins through them).
 */
const BULK_INDEXED_TABLES = ['documents', 'entities', 'mentions', 'links'];

interface SetAsideIndex {
  name: string;
  sql: string;
  table: string;
  /** Built again already (`buildIndexesOfKind`). */
  built?: boolean;
}

/** The indexes set aside by the bulk write running on a connection, while it runs. */
const setAside = new WeakMap<Database.Database, SetAsideIndex[]>();

/**
 * Builds now the secondary indexes set aside for a kind's table, once the bulk write is done
 * writing that kind (a no-op outside one): its pages are still in the page cache — built at
 * the very end, after 100,000 other rows and the originals, the first index of documents read
 * the whole table back from the file — and an import's documents are written while the
 * importing thread mostly waits for the reading one. Rows written to the table afterwards keep
 * the index as usual.
 */
export function buildIndexesOfKind(store: WritableCase, kind: RecordKind): void {
  const db = sqlOf(store);
  for (const i of setAside.get(db) ?? []) {
    if (i.built || i.table !== KIND_TABLES[kind].table) continue;
    db.exec(i.sql);
    i.built = true;
  }
}

/** Those tables' own indexes (not their keys, not unique ones), as the schema stored them. */
function bulkBuiltIndexes(db: Database.Database): SetAsideIndex[] {
  return db
    .prepare(
      `SELECT name, sql, tbl_name AS "table" FROM sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
         AND tbl_name IN (SELECT value FROM json_each(?))
       ORDER BY name`,
    )
    .all(JSON.stringify(BULK_INDEXED_TABLES)) as SetAsideIndex[];
}

/** True when the case holds none of the records the derived tables are computed from. */
export function derivedSourcesEmpty(store: WritableCase): boolean {
  return sourcesEmpty(sqlOf(store));
}

function sourcesEmpty(db: Database.Database): boolean {
  return SOURCE_TABLES.every((t) => db.prepare(`SELECT 1 FROM ${t} LIMIT 1`).get() === undefined);
}

/** The upkeep triggers' stored definitions, or null unless the schema has every one of them. */
function upkeepTriggers(db: Database.Database): { name: string; sql: string }[] | null {
  const rows = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (SELECT value FROM json_each(?)) ORDER BY name`,
    )
    .all(JSON.stringify(UPKEEP_TRIGGERS)) as { name: string; sql: string }[];
  return rows.length === UPKEEP_TRIGGERS.length ? rows : null;
}
