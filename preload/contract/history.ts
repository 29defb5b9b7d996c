import { z } from 'zod';
import { noArgs, recordId } from './common.js';
import { method, returns } from './define.js';

/** One step the next undo or redo would take: its summary is worded for "Undo …" / "Redo …". */
export interface HistoryStep {
  operationId: string;
  /** The operation's kind: merge, rename, entity-status, mention-status, chart-edit, … */
  name: string;
  /** What it did, e.g. `merge "Qurbonov" into "Kurbonov"`. */
  summary: string;
  at: string;
}

/** What the next undo and the next redo would do; null when there is nothing to undo / redo. */
export interface HistoryState {
  undo: HistoryStep | null;
  redo: HistoryStep | null;
}

/** What an undo or redo did, and the history after it. */
export interface HistoryChange {
  message: string;
  affected: string[];
  state: HistoryState;
}

/**
 * Undo and redo over the case's journal of analyst operations (it lives in the case file, so
 * it survives a reload). An undo or redo that would overwrite a later change is refused with a
 * message naming what changed.
 */
export const historyMethods = {
  'history:state': method(noArgs, returns<HistoryState>()),
  /** Undoes the latest operation, or the one a toast names (if nothing it touched changed since). */
  'history:undo': method(z.object({ operationId: recordId.optional() }).strict(), returns<HistoryChange>()),
  /** Redoes the operation undone last; a new operation since empties the redo stack. */
  'history:redo': method(noArgs, returns<HistoryChange>()),
};
