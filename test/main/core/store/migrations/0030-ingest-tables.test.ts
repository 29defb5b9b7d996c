import { describe, expect, it } from 'vitest';
import { databaseAtVersion, migrateToLatest, versionBefore } from '../../../../helpers/migrations.js';

describe('migration 0030: saved CSV mappings and the analyst undo journal', () => {
  it('adds both tables to a case at the previous version and keeps its records', () => {
    const db = databaseAtVersion(versionBefore(30));
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    db.prepare(
      "INSERT INTO entities (id, case_id, created_at, modified_at, type, label) VALUES ('e1', 'c1', 't', 't', 'person', 'Amina')",
    ).run();
    migrateToLatest(db);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(30);
    expect(db.prepare('SELECT label FROM entities').all()).toEqual([{ label: 'Amina' }]);
    const insert = db.prepare(
      "INSERT INTO csv_mappings (id, case_id, created_at, modified_at, name, mapping) VALUES (?, 'c1', 't', 't', ?, ?)",
    );
    insert.run('m1', 'calls', '{"entities":[]}');
    expect(() => insert.run('m2', 'calls', '{}')).toThrow(/UNIQUE/);
    expect(() => insert.run('m3', 'other', 'not json')).toThrow(/CHECK/);
    db.prepare("INSERT INTO analyst_operations (id, at, name, changes) VALUES ('o1', 't', 'rename', '[]')").run();
    expect(db.prepare('SELECT seq, undone_at FROM analyst_operations').get()).toEqual({ seq: 1, undone_at: null });
    db.close();
  });
});
