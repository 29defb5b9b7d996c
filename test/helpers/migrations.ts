import Database from 'better-sqlite3';
import { CASE_APPLICATION_ID, migrate } from '../../main/core/store/open-case.js';
import { migrations } from '../../main/core/store/migrations/index.js';

/**
 * A fresh in-memory case database migrated up to and including `version` — the "migrate to
 * the previous version, insert rows, migrate, assert" discipline every migration test follows.
 */
export function databaseAtVersion(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.pragma(`application_id = ${CASE_APPLICATION_ID}`);
  migrate(
    db,
    migrations.filter((m) => m.version <= version),
  );
  return db;
}

/** Applies every migration after the database's current version. */
export function migrateToLatest(db: Database.Database): void {
  migrate(db, migrations);
}

/** The version just before `version` in the migration list (0 for the first). */
export function versionBefore(version: number): number {
  const earlier = migrations.filter((m) => m.version < version);
  return earlier.length ? earlier[earlier.length - 1]!.version : 0;
}
