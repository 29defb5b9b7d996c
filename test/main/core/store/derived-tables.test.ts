import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import {
  DERIVED_TABLES,
  UPKEEP_TRIGGERS,
  buildIndexesOfKind,
  withDerivedTablesBuiltAfter,
} from '../../../../main/core/store/derived-tables.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('derived tables', () => {
  it('names every trigger of the current schema that writes to a derived table, and only those', () => {
    // A migration that adds or renames such a trigger must update derived-tables.ts, or an
    // import into an empty case would keep it firing (or fail to find it) and its table would
    // be built twice or left out of the rebuild.
    const store = CaseStore.create(join(tempDir(), 'case.dossier'), { title: 'schema' });
    const triggers = store.connection().prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as {
      name: string;
      sql: string;
    }[];
    store.close();
    const writes = (sql: string, table: string): boolean =>
      new RegExp(`(INSERT\\s+(OR\\s+\\w+\\s+)?INTO|UPDATE|DELETE\\s+FROM)\\s+${table}\\b`, 'i').test(sql);
    const upkeep = triggers.filter((t) => DERIVED_TABLES.some((table) => writes(t.sql, table))).map((t) => t.name);
    expect(upkeep.sort()).toEqual([...UPKEEP_TRIGGERS].sort());
    // The events index is left to its own triggers (events are few); they must not be listed.
    expect(triggers.some((t) => writes(t.sql, 'events_fts'))).toBe(true);
  });

  it("builds a kind's set-aside indexes when asked, the rest at the end: the schema ends as stored", () => {
    const store = CaseStore.create(join(tempDir(), 'indexes.dossier'), { title: 'indexes' });
    const db = store.connection();
    const schema = () => db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
    const has = (name: string) => db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(name) !== undefined;
    const before = schema();
    withDerivedTablesBuiltAfter(store, () => {
      expect(has('documents_sha256')).toBe(false);
      buildIndexesOfKind(store, 'document');
      expect(has('documents_sha256')).toBe(true);
      expect(has('mentions_entity')).toBe(false);
    });
    expect(schema()).toEqual(before);
    // Outside a bulk write there is nothing set aside.
    buildIndexesOfKind(store, 'mention');
    expect(schema()).toEqual(before);
    store.close();
  });
});
