import { describe, expect, it } from 'vitest';
import { databaseAtVersion, migrateToLatest, versionBefore } from '../../../../helpers/migrations.js';

const row = (table: string, cols: Record<string, unknown>) => {
  const base = { case_id: 'c1', created_at: 't', modified_at: 't', ...cols };
  return [
    `INSERT INTO ${table} (${Object.keys(base).join(', ')}) VALUES (${Object.keys(base)
      .map((k) => `@${k}`)
      .join(', ')})`,
    base,
  ] as const;
};

describe('migration 0100: list tallies', () => {
  it('backfills the counts of a case at the previous version, leaving rejected mentions and links out', () => {
    const db = databaseAtVersion(versionBefore(100));
    const run = ([sql, params]: readonly [string, Record<string, unknown>]) => db.prepare(sql).run(params);
    run(row('documents', { id: 'd1', title: 'One', sha256: 'a', ingested_at: 't' }));
    run(row('documents', { id: 'd2', title: 'Two', sha256: 'b', ingested_at: 't' }));
    run(row('entities', { id: 'e1', type: 'person', label: 'Rahmon' }));
    run(row('entities', { id: 'e2', type: 'location', label: 'Khorog' }));
    run(row('entities', { id: 'e3', type: 'location', label: 'Nowhere' }));
    for (const [id, doc, ent, status] of [
      ['m1', 'd1', 'e1', 'suggested'],
      ['m2', 'd1', 'e1', 'confirmed'],
      ['m3', 'd2', 'e1', 'suggested'],
      ['m4', 'd2', 'e2', 'rejected'],
      ['m5', 'd2', 'e2', 'suggested'],
    ]) {
      run(row('mentions', { id, document_id: doc, entity_id: ent, start: 0, end: 1, surface: 'x', status }));
    }
    run(row('links', { id: 'l1', source_id: 'e1', target_id: 'e2', type: 'located in' }));
    run(row('links', { id: 'l2', source_id: 'e1', target_id: 'e2', type: 'visited', status: 'rejected' }));
    migrateToLatest(db);
    expect(
      db.prepare('SELECT entity_id AS id, mentions, documents, links FROM entity_tallies ORDER BY entity_id').all(),
    ).toEqual([
      { id: 'e1', mentions: 3, documents: 2, links: 1 },
      { id: 'e2', mentions: 1, documents: 1, links: 1 },
      { id: 'e3', mentions: 0, documents: 0, links: 0 },
    ]);
    expect(db.prepare('SELECT document_id AS id, mentions FROM document_tallies ORDER BY document_id').all()).toEqual([
      { id: 'd1', mentions: 2 },
      { id: 'd2', mentions: 2 },
    ]);
    db.close();
  });
});
