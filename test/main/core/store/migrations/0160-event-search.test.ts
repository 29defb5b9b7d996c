import { describe, expect, it } from 'vitest';
import { searchEvents } from '../../../../../main/core/store/search.js';
import { databaseAtVersion, migrateToLatest, versionBefore } from '../../../../helpers/migrations.js';

describe('migration 0160: events are searchable by title, type and counts', () => {
  it('indexes existing events and keeps the index in step with inserts, edits and deletes', () => {
    const db = databaseAtVersion(versionBefore(160));
    const rec = "'c1', 't', 't'";
    db.exec(`
      INSERT INTO events (id, case_id, created_at, modified_at, title, properties) VALUES
        ('e1', ${rec}, 'Attack in Khorog', '{"type":"attack","counts":{"killed":5,"injured":3}}'),
        ('e2', ${rec}, 'Meeting in Osh', '{"type":"meeting"}'),
        ('e3', ${rec}, 'Clash', '{"quantities":["7"]}');
    `);
    migrateToLatest(db);
    const ids = (q: string) => searchEvents(db, q, 10).map((h) => h.eventId);
    expect(ids('killed 5')).toEqual(['e1']);
    expect(ids('injured')).toEqual(['e1']);
    expect(ids('meeting')).toEqual(['e2']);
    expect(ids('7')).toEqual(['e3']);
    expect(searchEvents(db, 'killed', 10)[0]?.snippet).toContain('killed');

    db.exec(`INSERT INTO events (id, case_id, created_at, modified_at, title, properties) VALUES
      ('e4', ${rec}, 'Arrest in Kulob', '{"type":"arrest","counts":{"arrested":4}}')`);
    expect(ids('arrested 4')).toEqual(['e4']);
    db.exec(`UPDATE events SET properties = '{"type":"attack","counts":{"killed":6}}' WHERE id = 'e1'`);
    expect(ids('killed 5')).toEqual([]);
    expect(ids('killed 6')).toEqual(['e1']);
    db.exec(`UPDATE events SET title = 'Talks in Osh' WHERE id = 'e2'`);
    expect(ids('talks')).toEqual(['e2']);
    db.exec(`DELETE FROM events WHERE id = 'e4'`);
    expect(ids('arrested')).toEqual([]);
    db.close();
  });
});
