import type Database from 'better-sqlite3';
import type { RecordKind } from './records.js';
import { KIND_TABLES, columnOf, fieldsOf } from './record-kinds.js';

/** Prepared statements per record kind, made once per open database. */
export interface KindStatements {
  get: Database.Statement;
  insert: Database.Statement;
  replace: Database.Statement;
  remove: Database.Statement;
  count: Database.Statement;
  all: Database.Statement;
}

export function prepareKindStatements(db: Database.Database, kind: RecordKind): KindStatements {
  const { table } = KIND_TABLES[kind];
  const cols = fieldsOf(kind).map(columnOf);
  const placeholders = cols.map(() => '?').join(', ');
  return {
    get: db.prepare(`SELECT * FROM ${table} WHERE id = ?`),
    insert: db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${placeholders})`),
    replace: db.prepare(
      `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${placeholders}) ON CONFLICT(id) DO UPDATE SET ${cols
        .filter((c) => c !== 'id')
        .map((c) => `${c} = excluded.${c}`)
        .join(', ')}`,
    ),
    remove: db.prepare(`DELETE FROM ${table} WHERE id = ?`),
    count: db.prepare(`SELECT count(*) AS n FROM ${table}`),
    all: db.prepare(`SELECT * FROM ${table} ORDER BY id`),
  };
}

/** The update statement for exactly the columns a patch touches (cached by column set). */
export function updateStatement(
  db: Database.Database,
  cache: Map<string, Database.Statement>,
  kind: RecordKind,
  columns: readonly string[],
): Database.Statement {
  const key = `${kind}:${columns.join(',')}`;
  let stmt = cache.get(key);
  if (!stmt) {
    const sets = columns.map((c) => `${c} = @${c}`).join(', ');
    stmt = db.prepare(`UPDATE ${KIND_TABLES[kind].table} SET ${sets} WHERE id = @id`);
    cache.set(key, stmt);
  }
  return stmt;
}
