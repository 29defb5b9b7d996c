import { sqlOf } from '../ingest/case-sql.js';
import type { ReadableCase } from '../store/case-store.js';

export interface JournalEntry {
  operationId: string;
  at: string;
  name: string;
  summary: string;
  undoneAt: string | null;
}

/** The analyst's recent operations, newest first: what an "Undo …" menu item names. */
export function recentOperations(store: ReadableCase, limit = 20): JournalEntry[] {
  const rows = sqlOf(store)
    .prepare('SELECT id, at, name, summary, undone_at FROM analyst_operations ORDER BY seq DESC LIMIT ?')
    .all(Math.max(0, Math.floor(limit))) as { id: string; at: string; name: string; summary: string; undone_at: string | null }[];
  return rows.map((r) => ({ operationId: r.id, at: r.at, name: r.name, summary: r.summary, undoneAt: r.undone_at }));
}
