import { DossierError } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';

/**
 * A case-level table outside the record kinds (duplicate dismissals, a bundle's import log …)
 * that analyst operations may change and undo may revert. An operation writes it through
 * `Recorder.side(table, key, value)`; the journal keeps the value before and after, and undo
 * or redo call `write` with the one or the other. `read` must return exactly what `write`
 * was given (null = no row), so an undo can tell whether the row changed since.
 */
export interface SideTable {
  read(store: WritableCase, key: string): unknown;
  write(store: WritableCase, key: string, value: unknown): void;
  /** How to name a row in a refusal ("the dismissal of X / Y"). */
  describe(key: string, value: unknown): string;
}

const tables = new Map<string, SideTable>();

/** Registers a side table under a stable name (the name is stored in journals). */
export function registerSideTable(name: string, table: SideTable): void {
  tables.set(name, table);
}

export function sideTable(name: string): SideTable {
  const t = tables.get(name);
  if (!t) throw new DossierError('internal', `no side table "${name}" is registered`);
  return t;
}
