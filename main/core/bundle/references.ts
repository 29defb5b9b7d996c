import { KIND_TABLES } from '../store/record-kinds.js';
import type { RecordKind } from '../store/records.js';

/**
 * A field of one record that holds another record's id, and what the case does to the holder
 * when the target is deleted: `cascade` (the holder goes too, by foreign key), `set-null`
 * (the field is cleared), or `subject` (no foreign key: citations and chart nodes, whose subject
 * may be of several kinds; like the case itself, the merge leaves them in place, and moves them
 * with merge redirects).
 */
export interface ReferenceField {
  field: string;
  target: RecordKind | null;
  onDelete: 'cascade' | 'set-null' | 'subject';
}

const SET_NULL = new Set(['locationEntityId']);

const cache = new Map<RecordKind, ReferenceField[]>();

export function referenceFields(kind: RecordKind): ReferenceField[] {
  let out = cache.get(kind);
  if (!out) {
    out = Object.entries(KIND_TABLES[kind].refs).map(([field, target]) => ({
      field,
      target,
      onDelete: SET_NULL.has(field) ? ('set-null' as const) : ('cascade' as const),
    }));
    if (kind === 'citation' || kind === 'chartNode')
      out.push({ field: 'subjectId', target: null, onDelete: 'subject' });
    cache.set(kind, out);
  }
  return out;
}

/** A record's value for a field named at run time (a reference field, say). */
export function fieldValue(record: Readonly<Record<string, unknown>>, field: string): unknown {
  return record[field];
}
