import { describe, expect, it } from 'vitest';
import { databaseAtVersion, migrateToLatest, versionBefore } from '../../../../helpers/migrations.js';
import { migrations } from '../../../../../main/core/store/migrations/index.js';
import { migrate } from '../../../../../main/core/store/open-case.js';

describe('migration 0010: initial schema', () => {
  it('creates the record tables, search indexes and the append-only audit log from an empty file', () => {
    const db = databaseAtVersion(versionBefore(10));
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    migrateToLatest(db);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(10);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (r) => r.name,
    );
    for (const t of [
      'case_meta',
      'documents',
      'entities',
      'aliases',
      'mentions',
      'events',
      'participants',
      'links',
      'citations',
      'charts',
      'chart_nodes',
      'tombstones',
      'merge_redirects',
      'audit_log',
      'originals',
      'documents_fts',
      'names_fts',
    ]) {
      expect(tables).toContain(t);
    }
    db.prepare("INSERT INTO audit_log (at, action, subject_kind) VALUES ('t', 'a', 'case')").run();
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });

  it('rolls a failing migration back and leaves the version where it was', () => {
    const db = databaseAtVersion(10);
    const broken = [
      ...migrations,
      { version: 10_000, name: 'broken', up: 'CREATE TABLE ok_table (x); SELECT * FROM no_such_table;' },
    ];
    expect(() => migrate(db, broken)).toThrow(/no_such_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ok_table'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('numbers migrations strictly upwards', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
