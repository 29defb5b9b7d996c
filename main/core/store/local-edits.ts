import type { ReadableCase } from './case-store.js';
import { CaseStore } from './case-store.js';

/**
 * The fields of one record the analyst edited in this case since it last arrived by import
 * (from the audit log's before/after of each edit). A merge uses it to tell "both sides changed
 * this field" (a conflict to show) from "only the other side did" (an ordinary update).
 */
export function locallyEditedFields(store: ReadableCase, id: string): Set<string> {
  const fields = new Set<string>();
  if (!(store instanceof CaseStore)) return fields;
  const rows = store
    .connection()
    .prepare(
      `SELECT action, before, after FROM audit_log
       WHERE subject_id = ? AND action IN ('update', 'import', 'import-redirect') ORDER BY seq DESC LIMIT 200`,
    )
    .all(id) as { action: string; before: string | null; after: string | null }[];
  for (const row of rows) {
    if (row.action !== 'update') break; // the last arrival: edits before it were exchanged already
    if (!row.before || !row.after) continue;
    const before = JSON.parse(row.before) as Record<string, unknown>;
    const after = JSON.parse(row.after) as Record<string, unknown>;
    for (const f of Object.keys(after)) {
      if (f !== 'modifiedAt' && JSON.stringify(before[f]) !== JSON.stringify(after[f])) fields.add(f);
    }
  }
  return fields;
}
