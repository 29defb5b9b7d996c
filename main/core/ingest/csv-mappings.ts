import { DossierError } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import type { ReadableCase, WritableCase } from '../store/case-store.js';
import { sqlOf } from './case-sql.js';
import { parseCsvMapping } from './csv-mapping.js';
import type { CsvMapping } from './types.js';

/** Saves (or replaces) a named CSV mapping in the case, so the next import can reuse it by name. */
export function saveCsvMapping(store: WritableCase, mapping: CsvMapping): CsvMapping {
  const checked = parseCsvMapping(mapping);
  const name = checked.name?.trim();
  if (!name) throw new DossierError('invalid-argument', 'a CSV mapping needs a name to be saved');
  return store.transaction(() => {
    const db = sqlOf(store);
    const before = loadCsvMapping(store, name);
    const now = nowIso();
    db.prepare(
      `INSERT INTO csv_mappings (id, case_id, created_at, modified_at, name, mapping) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(name) DO UPDATE SET mapping = excluded.mapping, modified_at = excluded.modified_at`,
    ).run(newId(), store.meta().id, now, now, name, JSON.stringify(checked));
    store.appendAudit(before ? 'update' : 'create', 'csvMapping', name, before, checked);
    return checked;
  });
}

export function loadCsvMapping(store: ReadableCase, name: string): CsvMapping | null {
  const row = sqlOf(store).prepare('SELECT mapping FROM csv_mappings WHERE name = ?').get(name) as { mapping: string } | undefined;
  return row ? parseCsvMapping(JSON.parse(row.mapping), `saved CSV mapping "${name}"`) : null;
}

export function listCsvMappings(store: ReadableCase): string[] {
  return (sqlOf(store).prepare('SELECT name FROM csv_mappings ORDER BY name').all() as { name: string }[]).map((r) => r.name);
}

/** A saved mapping by name, or an inline one checked. */
export function resolveCsvMapping(store: ReadableCase, mapping: string | CsvMapping): CsvMapping {
  if (typeof mapping !== 'string') return parseCsvMapping(mapping);
  const found = loadCsvMapping(store, mapping);
  if (!found) {
    const known = listCsvMappings(store);
    throw new DossierError('not-found', `no saved CSV mapping named "${mapping}"${known.length ? ` (saved: ${known.join(', ')})` : ''}`);
  }
  return found;
}
