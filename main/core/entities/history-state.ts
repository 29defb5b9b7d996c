import type { ReadableCase } from '../store/case-store.js';
import { type OperationHead, undoJournal } from '../store/journal-sql.js';

/** One step the next undo or redo would take, in words for a menu item ("Undo merge …"). */
export interface HistoryStep {
  operationId: string;
  name: string;
  summary: string;
  at: string;
}

export interface HistoryState {
  undo: HistoryStep | null;
  redo: HistoryStep | null;
}

/** What the next undo and the next redo would do (null: nothing to undo / redo). */
export function historyState(store: ReadableCase): HistoryState {
  const journal = undoJournal(store);
  const step = (r: OperationHead | null): HistoryStep | null =>
    r ? { operationId: r.id, name: r.name, summary: r.summary, at: r.at } : null;
  return { undo: step(journal.nextUndoHead()), redo: step(journal.nextRedoHead()) };
}
