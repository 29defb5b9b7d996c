import { describe, expect, it } from 'vitest';
import { databaseAtVersion, migrateToLatest, versionBefore } from '../../../../helpers/migrations.js';

describe('migration 0200: participants by entity and event', () => {
  it('adds the index to a case at the previous version, keeps its rows, and counts read only the index', () => {
    const db = databaseAtVersion(versionBefore(200));
    expect(db.pragma('user_version', { simple: true })).toBe(190);
    db.exec(`
      INSERT INTO entities (id, case_id, created_at, modified_at, type, label) VALUES ('e1', 'c1', 't', 't', 'person', 'Anna');
      INSERT INTO events (id, case_id, created_at, modified_at, title) VALUES ('v1', 'c1', 't', 't', 'Clash');
      INSERT INTO participants (id, case_id, created_at, modified_at, event_id, entity_id) VALUES ('p1', 'c1', 't', 't', 'v1', 'e1');
    `);
    migrateToLatest(db);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(200);
    expect(db.prepare('SELECT event_id AS ev, entity_id AS en FROM participants').get()).toEqual({
      ev: 'v1',
      en: 'e1',
    });
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(plan('SELECT entity_id, count(DISTINCT event_id) FROM participants GROUP BY entity_id')).toMatch(
      /COVERING INDEX participants_entity_event/,
    );
    db.close();
  });
});
