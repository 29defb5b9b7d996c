import type Database from 'better-sqlite3';
import { sqlOf } from './case-sql.js';
import type { ReadableCase } from './case-store.js';
import { KIND_TABLES, RECORD_KINDS } from './record-kinds.js';
import type { RecordKind } from './records.js';

/** Ids asked about per query: one JSON array bound as a single parameter. */
const IDS_PER_QUERY = 5000;

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function statement(db: Database.Database, key: string, sql: string): Database.Statement {
  let byKey = cache.get(db);
  if (!byKey) cache.set(db, (byKey = new Map()));
  let stmt = byKey.get(key);
  if (!stmt) byKey.set(key, (stmt = db.prepare(sql).pluck()));
  return stmt;
}

/**
 * Which of `ids` the case holds as records of `kind`, read from the primary key alone: an import
 * checking thousands of references must not load each document's text to learn that it exists.
 */
export function presentIds(store: ReadableCase, kind: RecordKind, ids: Iterable<string>): Set<string> {
  const db = sqlOf(store);
  const query = statement(
    db,
    kind,
    `SELECT id FROM ${KIND_TABLES[kind].table} WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const found = new Set<string>();
  const all = [...ids];
  for (let at = 0; at < all.length; at += IDS_PER_QUERY) {
    for (const id of query.all(JSON.stringify(all.slice(at, at + IDS_PER_QUERY))) as string[]) found.add(id);
  }
  return found;
}

/** True when the case holds no record of `kind`. */
export function kindIsEmpty(store: ReadableCase, kind: RecordKind): boolean {
  const db = sqlOf(store);
  return statement(db, `${kind}:any`, `SELECT 1 FROM ${KIND_TABLES[kind].table} LIMIT 1`).get() === undefined;
}

/** True when the case holds no record of any kind. */
export function caseHoldsNoRecords(store: ReadableCase): boolean {
  return RECORD_KINDS.every((kind) => kindIsEmpty(store, kind));
}

/** True when the case holds the original with this SHA-256 (without reading its bytes). */
export function hasOriginal(store: ReadableCase, sha256: string): boolean {
  const db = sqlOf(store);
  return statement(db, 'original', 'SELECT 1 FROM originals WHERE sha256 = ?').get(sha256) !== undefined;
}
