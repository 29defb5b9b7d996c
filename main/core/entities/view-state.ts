import type { RecordKind } from '../store/records.js';

/**
 * Fields that are view state, saved as the analyst pans, zooms or folds a view and never
 * journalled: a chart's viewport and settings. Undo and redo neither guard them (a pan after
 * creating a chart must not block undoing the creation) nor put old values back over them.
 */
const VIEW_STATE: Partial<Record<RecordKind, readonly string[]>> = { chart: ['viewport', 'settings'] };

/** The record without its view-state fields, for comparing what an undo guards. */
export function withoutViewState(kind: RecordKind, record: Record<string, unknown>): Record<string, unknown> {
  const fields = VIEW_STATE[kind];
  if (!fields) return record;
  const out = { ...record };
  for (const f of fields) delete out[f];
  return out;
}

/** `restored` with the view-state fields `current` has now (undo and redo leave the view alone). */
export function keepViewState<T extends Record<string, unknown>>(
  kind: RecordKind,
  restored: T,
  current: Record<string, unknown> | null,
): T {
  const fields = VIEW_STATE[kind];
  if (!fields || !current) return restored;
  const out: Record<string, unknown> = { ...restored };
  for (const f of fields) out[f] = current[f];
  return out as T;
}
