import { DossierError } from '../errors.js';
import type { ReadableCase, WritableCase } from '../store/case-store.js';
import { csvMappingNames, csvMappingRow, putCsvMappingRow } from '../store/csv-mapping-table.js';
import { parseCsvMapping } from './csv-mapping.js';
import type { CsvMapping } from './types.js';

/** Saves (or replaces) a named CSV mapping in the case, so the next import can reuse it by name. */
export function saveCsvMapping(store: WritableCase, mapping: CsvMapping): CsvMapping {
  const checked = parseCsvMapping(mapping);
  const name = checked.name?.trim();
  if (!name) throw new DossierError('invalid-argument', 'a CSV mapping needs a name to be saved');
  return store.transaction(() => {
    const before = loadCsvMapping(store, name);
    putCsvMappingRow(store, name, checked);
    store.appendAudit(before ? 'update' : 'create', 'csvMapping', name, before, checked);
    return checked;
  });
}

export function loadCsvMapping(store: ReadableCase, name: string): CsvMapping | null {
  const saved = csvMappingRow(store, name);
  return saved === undefined ? null : parseCsvMapping(saved, `saved CSV mapping "${name}"`);
}

export function listCsvMappings(store: ReadableCase): string[] {
  return csvMappingNames(store);
}

/** A saved mapping by name, or an inline one checked. */
export function resolveCsvMapping(store: ReadableCase, mapping: string | CsvMapping): CsvMapping {
  if (typeof mapping !== 'string') return parseCsvMapping(mapping);
  const found = loadCsvMapping(store, mapping);
  if (!found) {
    const known = listCsvMappings(store);
    throw new DossierError(
      'not-found',
      `no saved CSV mapping named "${mapping}"${known.length ? ` (saved: ${known.join(', ')})` : ''}`,
    );
  }
  return found;
}
