import { historyState } from '../core/entities/history-state.js';
import type { CaseSession } from '../handlers/case-session.js';

/** What the Edit menu's Undo and Redo items should name, from the open case's journal. */
export function menuHistory(session: CaseSession): { undo: string | null; redo: string | null } {
  if (!session.isOpen) return { undo: null, redo: null };
  const state = historyState(session.require());
  return { undo: state.undo?.summary ?? null, redo: state.redo?.summary ?? null };
}
