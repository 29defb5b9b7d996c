import { describe, expect, it } from 'vitest';
import { canonicalLinkType } from '../../../../../lib/vocabulary/event-types.js';
import { databaseAtVersion, migrateToLatest, versionBefore } from '../../../../helpers/migrations.js';

describe("migration 0120: link types in the vocabulary's one spelling", () => {
  it('converts the spaced spellings the link form offered and keeps types outside the vocabulary as typed', () => {
    const db = databaseAtVersion(versionBefore(120));
    const rec = "'c1', 't', 't'";
    const types: Record<string, string> = {
      l1: 'member of',
      l2: 'member_of',
      l3: 'Works For',
      l4: 'allied with',
      l5: 'located-in',
      l6: 'communicates with',
      l7: 'sister of',
      l8: 'knows_well',
    };
    db.exec(`
      INSERT INTO entities (id, case_id, created_at, modified_at, type, label) VALUES ('a', ${rec}, 'person', 'A'), ('b', ${rec}, 'person', 'B');
      INSERT INTO links (id, case_id, created_at, modified_at, source_id, target_id, type) VALUES
        ${Object.entries(types)
          .map(([id, type]) => `('${id}', ${rec}, 'a', 'b', '${type}')`)
          .join(', ')};
    `);
    migrateToLatest(db);
    const after = Object.fromEntries(
      (db.prepare('SELECT id, type FROM links ORDER BY id').all() as { id: string; type: string }[]).map((r) => [
        r.id,
        r.type,
      ]),
    );
    expect(after).toEqual({
      l1: 'member_of',
      l2: 'member_of',
      l3: 'works_for',
      l4: 'ally_of',
      l5: 'located_in',
      l6: 'communicates_with',
      l7: 'sister of',
      l8: 'knows_well',
    });
    // What the migration did to stored links is what the contract does to a typed type.
    for (const [id, type] of Object.entries(types)) expect(canonicalLinkType(type), type).toBe(after[id]);
    db.close();
  });
});
