import type { ReadableCase, WritableCase } from './case-store.js';
import { sqlOf } from './case-sql.js';

/** One analyst operation as journalled: its net record changes (JSON) make it undoable. */
export interface JournalOperation {
  id: string;
  at: string;
  name: string;
  summary: string;
  /** What `entities/operation.ts` recorded, parsed back from JSON. */
  changes: unknown;
  undoneAt: string | null;
}

interface JournalRow {
  id: string;
  at: string;
  name: string;
  summary: string;
  changes: string;
  undone_at: string | null;
}

const fromRow = (r: JournalRow): JournalOperation => ({
  id: r.id,
  at: r.at,
  name: r.name,
  summary: r.summary,
  changes: JSON.parse(r.changes) as unknown,
  undoneAt: r.undone_at,
});

/** Journals an operation; call inside the transaction that made its changes. */
export function appendJournalOperation(store: WritableCase, op: Omit<JournalOperation, 'undoneAt'>): void {
  sqlOf(store)
    .prepare('INSERT INTO analyst_operations (id, at, name, summary, changes) VALUES (?, ?, ?, ?, ?)')
    .run(op.id, op.at, op.name, op.summary, JSON.stringify(op.changes));
}

export function journalOperation(store: ReadableCase, id: string): JournalOperation | null {
  const row = sqlOf(store)
    .prepare('SELECT id, at, name, summary, changes, undone_at FROM analyst_operations WHERE id = ?')
    .get(id) as JournalRow | undefined;
  return row ? fromRow(row) : null;
}

/** The newest operation not undone yet, or null. */
export function latestUndoableOperationId(store: ReadableCase): string | null {
  const row = sqlOf(store)
    .prepare('SELECT id FROM analyst_operations WHERE undone_at IS NULL ORDER BY seq DESC LIMIT 1')
    .get() as { id: string } | undefined;
  return row?.id ?? null;
}

/** Newest first, without their changes. */
export function recentJournalOperations(store: ReadableCase, limit: number): Omit<JournalOperation, 'changes'>[] {
  const rows = sqlOf(store)
    .prepare('SELECT id, at, name, summary, undone_at FROM analyst_operations ORDER BY seq DESC LIMIT ?')
    .all(Math.max(0, Math.floor(limit))) as Omit<JournalRow, 'changes'>[];
  return rows.map((r) => ({ id: r.id, at: r.at, name: r.name, summary: r.summary, undoneAt: r.undone_at }));
}

export function markOperationUndone(store: WritableCase, id: string, at: string): void {
  sqlOf(store).prepare('UPDATE analyst_operations SET undone_at = ? WHERE id = ?').run(at, id);
}

/** Undo puts back a record an operation deleted: its tombstone must go, or a bundle would delete it again. */
export function deleteTombstone(store: WritableCase, id: string): void {
  sqlOf(store).prepare('DELETE FROM tombstones WHERE id = ?').run(id);
}

/** Undo of a merge that created a redirect where there was none. */
export function deleteRedirect(store: WritableCase, fromId: string): void {
  sqlOf(store).prepare('DELETE FROM merge_redirects WHERE from_id = ?').run(fromId);
}
