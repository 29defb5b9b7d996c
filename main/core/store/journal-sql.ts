import type Database from 'better-sqlite3';

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
 * The statements behind undo and redo. The undo stack is every operation not undone, newest
 * first; the redo stack is the operations undone after the newest live one (so a new
 * operation empties it), oldest first.
 */
export function journalSql(db: Database.Database) {
  const one = (sql: string, ...params: unknown[]): OperationRow | null => {
    const r = db.prepare(sql).get(...params) as RawRow | undefined;
    return r ? toRow(r) : null;
  };
  return {
    insert(row: { id: string; at: string; name: string; summary: string; changes: string }): void {
      db.prepare(
        'INSERT INTO analyst_operations (id, at, name, summary, changes) VALUES (@id, @at, @name, @summary, @changes)',
      ).run(row);
    },
    byId: (id: string) => one('SELECT * FROM analyst_operations WHERE id = ?', id),
    nextUndo: () => one('SELECT * FROM analyst_operations WHERE undone_at IS NULL ORDER BY seq DESC LIMIT 1'),
    nextRedo: () =>
      one(
        `SELECT * FROM analyst_operations WHERE undone_at IS NOT NULL
           AND seq > coalesce((SELECT max(seq) FROM analyst_operations WHERE undone_at IS NULL), 0)
         ORDER BY seq LIMIT 1`,
      ),
    setUndone(id: string, at: string | null, changes: string): void {
      db.prepare('UPDATE analyst_operations SET undone_at = ?, changes = ? WHERE id = ?').run(at, changes, id);
    },
    /** The first live operation after `seq` whose journal names record `recordId`: who changed it since. */
    laterTouching(seq: number, recordId: string): OperationRow | null {
      return one(
        `SELECT * FROM analyst_operations WHERE seq > ? AND undone_at IS NULL AND instr(changes, ?) > 0 ORDER BY seq LIMIT 1`,
        seq,
        `"id":"${recordId}"`,
      );
    },
  };
}

export type JournalSql = ReturnType<typeof journalSql>;
