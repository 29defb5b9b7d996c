import { describe, expect, it } from 'vitest';
import { databaseAtVersion, migrateToLatest, versionBefore } from '../../../../helpers/migrations.js';

describe('migration 0110: quantities become properties of the events they count', () => {
  it("moves an event's quantity participants into its properties and removes quantity entities everywhere", () => {
    const db = databaseAtVersion(versionBefore(110));
    const rec = "'c1', 't', 't'";
    db.exec(`
      INSERT INTO documents (id, case_id, created_at, modified_at, title, sha256, ingested_at) VALUES ('d1', ${rec}, 'Report', 'abc', 't');
      INSERT INTO entities (id, case_id, created_at, modified_at, type, label, properties) VALUES
        ('q5', ${rec}, 'quantity', '5', '{"value":"5"}'), ('q3', ${rec}, 'quantity', 'three', '{}'), ('p1', ${rec}, 'person', 'Amina', '{}');
      INSERT INTO aliases (id, case_id, created_at, modified_at, entity_id, alias) VALUES ('a1', ${rec}, 'q5', 'five');
      INSERT INTO mentions (id, case_id, created_at, modified_at, document_id, entity_id, start, end, surface) VALUES
        ('m1', ${rec}, 'd1', 'q5', 0, 1, '5'), ('m2', ${rec}, 'd1', 'p1', 2, 7, 'Amina');
      INSERT INTO events (id, case_id, created_at, modified_at, title, properties) VALUES ('e1', ${rec}, 'Attack', '{"origin":"extraction"}'), ('e2', ${rec}, 'Meeting', '{}');
      INSERT INTO participants (id, case_id, created_at, modified_at, event_id, entity_id, role) VALUES
        ('pa', ${rec}, 'e1', 'q5', 'count'), ('pb', ${rec}, 'e1', 'q3', 'count'), ('pc', ${rec}, 'e1', 'p1', 'agent'), ('pd', ${rec}, 'e2', 'p1', 'member');
      INSERT INTO links (id, case_id, created_at, modified_at, source_id, target_id, type) VALUES ('l1', ${rec}, 'p1', 'q3', 'related');
      INSERT INTO charts (id, case_id, created_at, modified_at, name) VALUES ('ch', ${rec}, 'Chart');
      INSERT INTO chart_nodes (id, case_id, created_at, modified_at, chart_id, subject_id) VALUES ('n1', ${rec}, 'ch', 'q5'), ('n2', ${rec}, 'ch', 'p1');
    `);
    migrateToLatest(db);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(110);
    expect(db.prepare('SELECT id FROM entities ORDER BY id').all()).toEqual([{ id: 'p1' }]);
    const props = (id: string) =>
      JSON.parse(
        (db.prepare('SELECT properties FROM events WHERE id = ?').get(id) as { properties: string }).properties,
      );
    expect(props('e1')).toEqual({ origin: 'extraction', quantities: ['5', 'three'] });
    expect(props('e2')).toEqual({});
    expect(db.prepare('SELECT id FROM participants ORDER BY id').all()).toEqual([{ id: 'pc' }, { id: 'pd' }]);
    expect(db.prepare('SELECT id FROM mentions').all()).toEqual([{ id: 'm2' }]);
    expect(db.prepare('SELECT count(*) AS n FROM aliases').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM links').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT subject_id FROM chart_nodes').all()).toEqual([{ subject_id: 'p1' }]);
    db.close();
  });
});
