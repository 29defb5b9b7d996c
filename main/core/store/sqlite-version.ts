import Database from 'better-sqlite3';

let cached: string | null = null;

/** The SQLite library version actually linked into better-sqlite3 (for Help › About). */
export function sqliteVersion(): string {
  if (!cached) {
    const db = new Database(':memory:');
    cached = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    db.close();
  }
  return cached;
}
