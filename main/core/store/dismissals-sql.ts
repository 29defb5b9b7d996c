import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { ReadableCase, WritableCase } from './case-store.js';
import { sqlOf } from './case-sql.js';
import { parseRow } from './parse-row.js';
import { dismissalSchema } from './record-schemas.js';

/** A pair of entities the analyst said are not the same; the two entity ids sorted. */
export type Dismissal = z.infer<typeof dismissalSchema>;

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Every dismissed pair of the case, sorted by their ids. */
export function allDismissals(store: ReadableCase): Dismissal[] {
  return dismissalsSql(sqlOf(store)).all();
}

/** The dismissal of a pair (`pairKey`), or null. */
export function dismissalOf(store: ReadableCase, key: string): Dismissal | null {
  return dismissalsSql(sqlOf(store)).get(key);
}

/** Writes a dismissal; the earliest one of a pair is kept, so merging bundles in any order agrees. */
export function putDismissal(store: WritableCase, d: Dismissal): void {
  dismissalsSql(sqlOf(store)).put(d);
}

export function removeDismissal(store: WritableCase, key: string): void {
  dismissalsSql(sqlOf(store)).remove(key);
}

function dismissalsSql(db: Database.Database) {
  return {
    all(): Dismissal[] {
      const rows: unknown[] = db.prepare('SELECT * FROM duplicate_dismissals ORDER BY first_id, second_id').all();
      return rows.map((r) => parseRow(dismissalSchema, r, 'duplicate dismissal'));
    },
    get(key: string): Dismissal | null {
      const [first, second] = key.split('|');
      const r: unknown = db
        .prepare('SELECT * FROM duplicate_dismissals WHERE first_id = ? AND second_id = ?')
        .get(first, second);
      return r ? parseRow(dismissalSchema, r, 'duplicate dismissal') : null;
    },
    put(d: Dismissal): void {
      db.prepare(
        `INSERT INTO duplicate_dismissals (first_id, second_id, case_id, dismissed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(first_id, second_id) DO UPDATE SET case_id = excluded.case_id, dismissed_at = excluded.dismissed_at
         WHERE excluded.dismissed_at < duplicate_dismissals.dismissed_at`,
      ).run(d.firstId, d.secondId, d.caseId, d.dismissedAt);
    },
    remove(key: string): void {
      const [first, second] = key.split('|');
      db.prepare('DELETE FROM duplicate_dismissals WHERE first_id = ? AND second_id = ?').run(first, second);
    },
  };
}
