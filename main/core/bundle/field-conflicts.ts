import type { ReadableCase } from '../store/case-store.js';
import { locallyEditedFields } from '../store/local-edits.js';
import type { RecordKind, RecordsByKind } from '../store/records.js';

type AnyRecord = RecordsByKind[RecordKind];

export interface FieldConflict {
  field: string;
  here: unknown;
  incoming: unknown;
}

/** Which version the analyst keeps for one conflicting record. */
export type ConflictChoice = 'here' | 'incoming';

/**
 * Fields the analyst edited here since the record last arrived and that the incoming version
 * has otherwise: whichever version the merge policy picks, one side's edit is lost, so it is a
 * conflict to show on both sides (not an "update" on one and a "conflict" on the other).
 */
export function editedFieldsInConflict(store: ReadableCase, local: AnyRecord, incoming: AnyRecord): FieldConflict[] {
  if (local.modifiedAt === local.createdAt) return [];
  const a: Readonly<Record<string, unknown>> = local;
  const b: Readonly<Record<string, unknown>> = incoming;
  const out: FieldConflict[] = [];
  for (const field of locallyEditedFields(store, local.id)) {
    if (field === 'status') continue; // reviews merge on their own (merge-policy.ts)
    if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) out.push({ field, here: a[field], incoming: b[field] });
  }
  return out;
}

/** "label: here "A", incoming "B"" for the report. */
export function describeConflict(fields: readonly FieldConflict[], kept: ConflictChoice): string {
  const shown = fields.map((f) => `${f.field}: here ${short(f.here)}, incoming ${short(f.incoming)}`).join('; ');
  return `both sides changed ${shown} (kept ${kept === 'here' ? "this case's" : 'the incoming'} value)`;
}

/** `base` with the conflicting fields taken from `from`, stamped after both so it wins from now on. */
export function withChosenValues<T extends AnyRecord>(
  base: T,
  from: AnyRecord,
  fields: readonly FieldConflict[],
  other: AnyRecord,
): T {
  const source: Readonly<Record<string, unknown>> = from;
  const values = Object.fromEntries(fields.map((f) => [f.field, source[f.field]]));
  const latest = Math.max(Date.parse(base.modifiedAt), Date.parse(other.modifiedAt), Date.now() - 1);
  return { ...base, ...values, modifiedAt: new Date(latest + 1).toISOString() };
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? 'null';
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}
