import { DossierError } from '../errors.js';
import type { ReadableCase } from '../store/case-store.js';
import { KIND_TABLES, RECORD_KINDS } from '../store/record-kinds.js';
import type { Tlp } from '../store/records.js';
import { TLP_LEVELS } from '../../../lib/vocabulary/index.js';
import { compareTlp } from '../store/tlp.js';
import type { Selection } from './select.js';

/**
 * Refuses an export whose records include anything marked above the bundle's TLP: documents by
 * their `tlp` field, any other record by a `tlp` in its properties.
 */
export function checkTlp(store: ReadableCase, selection: Selection, bundleTlp: Tlp): void {
  const above: string[] = [];
  let count = 0;
  for (const kind of RECORD_KINDS) {
    const fields = KIND_TABLES[kind].fields;
    if (!('tlp' in fields) && !('properties' in fields)) continue;
    const wanted = selection?.[kind];
    for (const record of store.iterate(kind)) {
      if (wanted && !wanted.has(record.id)) continue;
      const r = record as { tlp?: unknown; properties?: { tlp?: unknown }; title?: string; label?: string };
      const marking = r.tlp ?? r.properties?.tlp;
      if (typeof marking !== 'string' || !TLP_LEVELS.includes(marking as Tlp)) continue;
      if (compareTlp(marking as Tlp, bundleTlp) > 0) {
        count++;
        if (above.length < 3) above.push(`${kind} "${r.title ?? r.label ?? record.id}" (${marking})`);
      }
    }
  }
  if (count) {
    throw new DossierError(
      'tlp-exceeded',
      `refusing to export at ${bundleTlp}: ${count} item(s) are marked higher, e.g. ${above.join(', ')}. Export at a higher TLP or leave them out.`,
    );
  }
}
