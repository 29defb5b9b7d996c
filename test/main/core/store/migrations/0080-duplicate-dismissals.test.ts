import { describe, expect, it } from 'vitest';
import { databaseAtVersion, migrateToLatest, versionBefore } from '../../../../helpers/migrations.js';

describe('migration 0080: dismissed duplicate proposals', () => {
  it('adds the table to a case at the previous version, keeps its rows, and refuses an unsorted pair', () => {
    const db = databaseAtVersion(versionBefore(80));
    db.prepare(
      "INSERT INTO entities (id, case_id, created_at, modified_at, type, label) VALUES ('e1', 'c1', 't', 't', 'person', 'Kurbonov')",
    ).run();
    migrateToLatest(db);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(80);
    expect(db.prepare('SELECT label FROM entities').get()).toEqual({ label: 'Kurbonov' });
    db.prepare("INSERT INTO duplicate_dismissals VALUES ('a', 'b', 'c1', '2026-01-01T00:00:00.000Z')").run();
    expect(() => db.prepare("INSERT INTO duplicate_dismissals VALUES ('d', 'c', 'c1', 't')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO duplicate_dismissals VALUES ('a', 'b', 'c1', 't')").run()).toThrow(/UNIQUE/);
    db.close();
  });
});
