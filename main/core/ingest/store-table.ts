import type { WritableCase } from '../store/case-store.js';
import type { DocumentRecord } from '../store/records.js';
import { columnsOf } from './csv-mapping.js';
import { ensureEntity } from './ensure-entity.js';
import type { EntityResolver } from './entity-resolver.js';
import type { CsvTable } from './formats/reader.js';
import { linkOnce } from './link-once.js';
import { SkipError } from './skip-error.js';
import type { CsvMapping } from './types.js';

/**
 * Applies a CsvMapping to a table: each row yields the mapped entities (resolved against the
 * case like extracted ones) and the links between them, each link cited to its row. Structured
 * data the analyst chose to map is entered as confirmed.
 */
export function storeTable(
  store: WritableCase,
  resolver: EntityResolver,
  doc: DocumentRecord,
  table: CsvTable,
  mapping: CsvMapping,
): { entityIds: string[]; links: number } {
  const missing = columnsOf(mapping).filter((c) => !table.columns.includes(c));
  if (missing.length) {
    throw new SkipError(
      'broken',
      `the CSV file has no column ${missing.map((c) => `"${c}"`).join(', ')} that the mapping uses`,
    );
  }
  const ids = new Set<string>();
  let links = 0;
  table.rows.forEach((row, i) => {
    const byMappingId = new Map<string, string>();
    for (const m of mapping.entities) {
      const label = row[m.labelColumn]?.trim();
      if (!label) continue;
      const type = (m.typeColumn && row[m.typeColumn]?.trim()) || m.type;
      const properties: Record<string, unknown> = { origin: 'csv' };
      for (const c of m.propertyColumns ?? []) if (row[c]) properties[c] = row[c];
      const { entity, created } = ensureEntity(store, resolver, { type, label, properties, status: 'confirmed' });
      if (!created && Object.keys(properties).length > 1) {
        const merged = { ...properties, ...entity.properties };
        if (Object.keys(merged).length !== Object.keys(entity.properties).length)
          store.update('entity', entity.id, { properties: merged });
      }
      byMappingId.set(m.id, entity.id);
      ids.add(entity.id);
    }
    const seen = mapping.dateColumn ? isoDate(row[mapping.dateColumn]) : null;
    const span = table.spans[i] ?? [0, 0];
    for (const l of mapping.links) {
      const sourceId = byMappingId.get(l.from);
      const targetId = byMappingId.get(l.to);
      if (!sourceId || !targetId || sourceId === targetId) continue;
      const type = (l.typeColumn && row[l.typeColumn]?.trim()) || l.type;
      linkOnce(
        store,
        {
          sourceId,
          targetId,
          type,
          directed: l.directed ?? false,
          confidence: l.confidence ?? 0.5,
          seen,
          status: 'confirmed',
          properties: { origin: 'csv' },
        },
        doc,
        [span[0], span[1]],
      );
      links++;
    }
  });
  return { entityIds: [...ids], links };
}

function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
