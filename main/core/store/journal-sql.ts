import type { ReadableCase, WritableCase } from './case-store.js';
import { sqlOf } from './case-sql.js';

/** One row of the analyst's undo journal (`analyst_operations`, migration 0030). */
export interface OperationRow {
  seq: number;
  id: string;
  at: string;
  name: string;
  summary: string;
  /** JSON: the operation's net record changes (see main/core/entities/journal-changes.ts). */
  changes: string;
  undoneAt: string | null;
}

/** An operation's header: what the Edit menu and the history state name, without its journal. */
export type OperationHead = Pick<OperationRow, 'seq' | 'id' | 'at' | 'name' | 'summary'>;

interface RawRow {
  seq: number;
  id: string;
  at: string;
  name: string;
  summary: string;
  changes: string;
  undone_at: string | null;
}

const toRow = (r: RawRow): OperationRow => ({
  seq: r.seq,
  id: r.id,
  at: r.at,
  name: r.name,
  summary: r.summary,
  changes: r.changes,
  undoneAt: r.undone_at,
});

/**
 * The undo journal of a case as undo, redo and the audit view read it. The undo stack is every
 * operation not undone, newest first; the redo stack is the operations undone after the newest
 * live one (so a new operation empties it), oldest first.
 */
export function undoJournal(store: ReadableCase) {
  const db = sqlOf(store);
  const one = (sql: string, ...params: unknown[]): OperationRow | null => {
    const r = db.prepare(sql).get(...params) as RawRow | undefined;
    return r ? toRow(r) : null;
  };
  const NEXT_UNDO = 'FROM analyst_operations WHERE undone_at IS NULL ORDER BY seq DESC LIMIT 1';
  const NEXT_REDO = `FROM analyst_operations WHERE undone_at IS NOT NULL
           AND seq > coalesce((SELECT max(seq) FROM analyst_operations WHERE undone_at IS NULL), 0)
         ORDER BY seq LIMIT 1`;
  // The menu's words for the next steps, without their journals: the journal of a seeded chart
  // or a merge runs to megabytes, and the history state is read after every undo and redo.
  const head = (from: string): OperationHead | null =>
    (db.prepare(`SELECT seq, id, at, name, summary ${from}`).get() as OperationHead | undefined) ?? null;
  return {
    byId: (id: string) => one('SELECT * FROM analyst_operations WHERE id = ?', id),
    /** Whether an operation is undone, without reading its journal (which a merge makes large). */
    isUndone: (id: string): boolean =>
      !!db.prepare('SELECT undone_at FROM analyst_operations WHERE id = ?').pluck().get(id),
    nextUndo: () => one(`SELECT * ${NEXT_UNDO}`),
    nextRedo: () => one(`SELECT * ${NEXT_REDO}`),
    nextUndoHead: () => head(NEXT_UNDO),
    nextRedoHead: () => head(NEXT_REDO),
    /** The first live operation after `seq` whose journal names record `recordId`: who changed it since. */
    laterTouching(seq: number, recordId: string): OperationRow | null {
      return one(
        `SELECT * FROM analyst_operations WHERE seq > ? AND undone_at IS NULL AND ${NAMES_RECORD} ORDER BY seq LIMIT 1`,
        seq,
        ...namesRecordParams(recordId),
      );
    },
    /** The newest live operation whose journal names record `recordId`. */
    newestTouching(recordId: string): OperationRow | null {
      return one(
        `SELECT * FROM analyst_operations WHERE undone_at IS NULL AND ${NAMES_RECORD} ORDER BY seq DESC LIMIT 1`,
        ...namesRecordParams(recordId),
      );
    },
  };
}

export type UndoJournal = ReturnType<typeof undoJournal>;

/**
 * Whether an operation's journal names a record: as an entry's `"id"`, or in an import's
 * records created in bulk (entities/journal-changes.ts `CreatedInBulk`: a list of ids, where
 * only the id itself, quoted, can be looked for — an import journal naming it in another
 * field, a reference, counts too).
 */
const NAMES_RECORD = `(instr(changes, ?) > 0 OR (instr(changes, '"created":[') > 0 AND instr(changes, ?) > 0))`;

function namesRecordParams(recordId: string): [string, string] {
  return [`"id":"${recordId}"`, `"${recordId}"`];
}

/** Journals an analyst operation; call inside the transaction that made its changes. */
export function insertJournalRow(
  store: WritableCase,
  row: { id: string; at: string; name: string; summary: string; changes: string },
): void {
  sqlOf(store)
    .prepare(
      'INSERT INTO analyst_operations (id, at, name, summary, changes) VALUES (@id, @at, @name, @summary, @changes)',
    )
    .run(row);
}

/** Marks an operation undone (`at`) or redone (null), with its journal as the undo or redo left it. */
export function setJournalUndone(store: WritableCase, id: string, at: string | null, changes: string): void {
  sqlOf(store).prepare('UPDATE analyst_operations SET undone_at = ?, changes = ? WHERE id = ?').run(at, changes, id);
}

/** Rewrites a live operation's journal (an amendment: see entities/amend-operation.ts). */
export function replaceJournalChanges(store: WritableCase, id: string, changes: string): void {
  sqlOf(store).prepare('UPDATE analyst_operations SET changes = ? WHERE id = ? AND undone_at IS NULL').run(changes, id);
}
