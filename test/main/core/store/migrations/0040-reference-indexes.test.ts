import { describe, expect, it } from 'vitest';
import { databaseAtVersion, migrateToLatest, versionBefore } from '../../../../helpers/migrations.js';

describe('migration 0040: indexes on event locations and chart node subjects', () => {
  it('adds the indexes to a case at the previous version, keeps its rows, and the planner uses them', () => {
    const db = databaseAtVersion(versionBefore(40));
    expect(db.pragma('user_version', { simple: true })).toBe(30);
    db.prepare(
      "INSERT INTO entities (id, case_id, created_at, modified_at, type, label) VALUES ('e1', 'c1', 't', 't', 'location', 'Khorog')",
    ).run();
    db.prepare(
      "INSERT INTO events (id, case_id, created_at, modified_at, title, location_entity_id) VALUES ('v1', 'c1', 't', 't', 'Clash', 'e1')",
    ).run();
    migrateToLatest(db);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(40);
    expect(db.prepare('SELECT location_entity_id AS loc FROM events').get()).toEqual({ loc: 'e1' });
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(plan("UPDATE events SET location_entity_id = 'e2' WHERE location_entity_id = 'e1'")).toMatch(
      /events_location/,
    );
    expect(plan("SELECT * FROM chart_nodes WHERE subject_id = 'e1'")).toMatch(/chart_nodes_subject/);
    db.close();
  });
});
