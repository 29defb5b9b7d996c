import { newId, nowIso } from '../ids.js';
import type { ReadableCase, WritableCase } from './case-store.js';
import { sqlOf } from './case-sql.js';

/** Saved CSV import mappings by name. The mapping's shape is checked by `ingest/csv-mapping.ts`, not here. */
export function putCsvMappingRow(store: WritableCase, name: string, mapping: unknown): void {
  const now = nowIso();
  sqlOf(store)
    .prepare(
      `INSERT INTO csv_mappings (id, case_id, created_at, modified_at, name, mapping) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(name) DO UPDATE SET mapping = excluded.mapping, modified_at = excluded.modified_at`,
    )
    .run(newId(), store.meta().id, now, now, name, JSON.stringify(mapping));
}

/** The saved mapping's JSON, parsed but unchecked, or undefined when none has that name. */
export function csvMappingRow(store: ReadableCase, name: string): unknown {
  const row = sqlOf(store).prepare('SELECT mapping FROM csv_mappings WHERE name = ?').get(name) as
    { mapping: string } | undefined;
  return row ? (JSON.parse(row.mapping) as unknown) : undefined;
}

export function csvMappingNames(store: ReadableCase): string[] {
  return (sqlOf(store).prepare('SELECT name FROM csv_mappings ORDER BY name').all() as { name: string }[]).map(
    (r) => r.name,
  );
}
