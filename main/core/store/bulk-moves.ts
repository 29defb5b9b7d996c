import type { ReadableCase, WritableCase } from './case-store.js';
import { sqlOf } from './case-sql.js';
import { DossierError } from '../errors.js';
import { KIND_TABLES, columnOf } from './record-kinds.js';
import type { RecordKind } from './records.js';

/** A field a bulk move may set: a text reference such as a mention's `entityId`. */
function referenceColumn(kind: RecordKind, field: string): string {
  if (KIND_TABLES[kind].fields[field] !== 'text')
    throw new DossierError('internal', `${kind}.${field} is not a text field a bulk move can set`);
  return columnOf(field);
}

/**
 * Sets `field` to `value` and the modified time to `modifiedAt` on many records of one kind
 * with one statement (a merge moving 1,000 mentions), and writes one audit row naming them all
 * instead of one per record. Call inside the transaction of the operation that journals it.
 */
export function setFieldOnRecords(
  store: WritableCase,
  move: { kind: RecordKind; ids: readonly string[]; field: string; value: string | null; modifiedAt: string },
  action = 'move-many',
): void {
  if (!move.ids.length) return;
  const { table } = KIND_TABLES[move.kind];
  const column = referenceColumn(move.kind, move.field);
  const changed = sqlOf(store)
    .prepare(`UPDATE ${table} SET ${column} = ?, modified_at = ? WHERE id IN (SELECT value FROM json_each(?))`)
    .run(move.value, move.modifiedAt, JSON.stringify(move.ids)).changes;
  if (changed !== move.ids.length)
    throw new DossierError('internal', `a bulk move of ${move.ids.length} ${move.kind} records found ${changed}`);
  store.appendAudit(action, move.kind, null, null, {
    count: move.ids.length,
    field: move.field,
    value: move.value,
    ids: move.ids,
  });
}

/** Each record's current `field` value and modified time; a record that is gone is absent. */
export function fieldStates(
  store: ReadableCase,
  kind: RecordKind,
  ids: readonly string[],
  field: string,
): Map<string, { value: unknown; modifiedAt: string }> {
  const { table } = KIND_TABLES[kind];
  const rows = sqlOf(store)
    .prepare(
      `SELECT id, ${referenceColumn(kind, field)} AS value, modified_at AS modifiedAt FROM ${table}
       WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as { id: string; value: unknown; modifiedAt: string }[];
  return new Map(rows.map((r) => [r.id, { value: r.value, modifiedAt: r.modifiedAt }]));
}
