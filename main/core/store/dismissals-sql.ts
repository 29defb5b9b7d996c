import type Database from 'better-sqlite3';
import type { ReadableCase, WritableCase } from './case-store.js';
import { sqlOf } from './case-sql.js';

/** A pair of entities the analyst said are not the same (`duplicate_dismissals`, migration 0080). */
export interface Dismissal {
  /** The two entity ids, sorted. */
  firstId: string;
  secondId: string;
  caseId: string;
  dismissedAt: string;
}

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
      return (
        db.prepare('SELECT * FROM duplicate_dismissals ORDER BY first_id, second_id').all() as Record<string, string>[]
      ).map((r) => ({
        firstId: r.first_id!,
        secondId: r.second_id!,
        caseId: r.case_id!,
        dismissedAt: r.dismissed_at!,
      }));
    },
    get(key: string): Dismissal | null {
      const [first, second] = key.split('|');
      const r = db
        .prepare('SELECT * FROM duplicate_dismissals WHERE first_id = ? AND second_id = ?')
        .get(first, second) as Record<string, string> | undefined;
      return r
        ? { firstId: r.first_id!, secondId: r.second_id!, caseId: r.case_id!, dismissedAt: r.dismissed_at! }
        : null;
    },
    /** Writes a dismissal; the earliest one is kept, so merging bundles in any order agrees. */
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
