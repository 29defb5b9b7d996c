import { recentJournalOperations } from '../store/analyst-journal.js';
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
  return recentJournalOperations(store, limit).map((r) => ({
    operationId: r.id,
    at: r.at,
    name: r.name,
    summary: r.summary,
    undoneAt: r.undoneAt,
  }));
}
