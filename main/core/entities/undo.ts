import { DossierError } from '../errors.js';
import { nowIso } from '../ids.js';
import { sqlOf } from '../ingest/case-sql.js';
import type { WritableCase } from '../store/case-store.js';
import type { RecordKind, RecordsByKind, Tombstone } from '../store/records.js';
import type { RecordChange, RedirectChange } from './operation.js';

export interface UndoResult {
  operationId: string;
  name: string;
  summary: string;
  /** Ids of the records put back, changed back or removed. */
  affected: string[];
}

interface JournalRow {
  id: string;
  name: string;
  summary: string;
  changes: string;
  undone_at: string | null;
}

/** Undoes the most recent analyst operation that has not been undone yet. */
export function undoLast(store: WritableCase): UndoResult {
  const row = sqlOf(store)
    .prepare('SELECT id FROM analyst_operations WHERE undone_at IS NULL ORDER BY seq DESC LIMIT 1')
    .get() as { id: string } | undefined;
  if (!row) throw new DossierError('not-found', 'nothing to undo');
  return undoOperation(store, row.id);
}

/**
 * Reverts one analyst operation from its journalled before/after, in one transaction. Refused,
 * changing nothing, when a record it touched has been changed since (by a later operation, an
 * import or a merge from a bundle): undo never overwrites work done after the operation.
 * Restored records get a fresh modified time so the undo itself travels in bundles.
 */
export function undoOperation(store: WritableCase, operationId: string): UndoResult {
  return store.transaction(() => {
    const db = sqlOf(store);
    const op = db.prepare('SELECT * FROM analyst_operations WHERE id = ?').get(operationId) as JournalRow | undefined;
    if (!op) throw new DossierError('not-found', `no analyst operation ${operationId}`);
    if (op.undone_at) throw new DossierError('invalid-argument', `"${op.summary}" was already undone`);
    const { records, redirects, tombstones = [], removeWithoutTombstone = false } = JSON.parse(op.changes) as {
      records: RecordChange[];
      redirects: RedirectChange[];
      /** Imports (bundle/import-journal.ts): tombstones received, with what they replaced. */
      tombstones?: { id: string; previous: Tombstone | null }[];
      /** Imports: records the import created go without tombstones (nobody deleted them). */
      removeWithoutTombstone?: boolean;
    };
    for (const c of records) {
      const current = store.get(c.kind, c.id) as { modifiedAt: string } | null;
      const expected = c.after as { modifiedAt?: string } | null;
      const unchanged = expected === null ? current === null : current !== null && current.modifiedAt === expected.modifiedAt;
      if (!unchanged) {
        throw new DossierError('invalid-argument', `cannot undo "${op.summary}": a ${c.kind} it changed has been changed since`);
      }
    }
    const deleteTombstone = db.prepare('DELETE FROM tombstones WHERE id = ?');
    for (const c of [...records].reverse()) {
      if (c.before === null) {
        // A cascade from an earlier removal in this loop may already have taken it.
        if (store.get(c.kind, c.id)) store.remove(c.kind, c.id, { tombstone: !removeWithoutTombstone });
      } else {
        const current = store.get(c.kind, c.id) as { modifiedAt: string } | null;
        const restored = { ...c.before, modifiedAt: after(current?.modifiedAt ?? (c.before.modifiedAt as string)) };
        store.put(c.kind, restored as unknown as RecordsByKind[RecordKind], 'undo');
        if (c.after === null) deleteTombstone.run(c.id);
      }
    }
    for (const t of tombstones) {
      deleteTombstone.run(t.id);
      if (t.previous) store.putTombstone(t.previous);
    }
    for (const r of [...redirects].reverse()) {
      if (r.previousTo) store.putRedirect({ fromId: r.fromId, toId: r.previousTo, caseId: store.meta().id, mergedAt: nowIso() });
      else db.prepare('DELETE FROM merge_redirects WHERE from_id = ?').run(r.fromId);
      store.appendAudit('undo-redirect', 'entity', r.fromId, { toId: r.toId }, r.previousTo ? { toId: r.previousTo } : null);
    }
    db.prepare('UPDATE analyst_operations SET undone_at = ? WHERE id = ?').run(nowIso(), operationId);
    store.appendAudit('undo', 'operation', operationId, { name: op.name, summary: op.summary }, null);
    return { operationId, name: op.name, summary: op.summary, affected: [...new Set(records.map((c) => c.id))] };
  });
}

function after(previous: string): string {
  const now = nowIso();
  return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
}
