import { DossierError } from '../errors.js';
import { nowIso } from '../ids.js';
import { deleteTombstone } from '../store/analyst-journal.js';
import type { WritableCase } from '../store/case-store.js';
import { setJournalUndone, undoJournal } from '../store/journal-sql.js';
import type { RecordKind, RecordsByKind } from '../store/records.js';
import { describeRecord, inState, laterStamp } from './describe-change.js';
import { parseChanges } from './journal-changes.js';
import { analystName } from './operation.js';
import './known-side-tables.js';
import { reapplySets, setsOutOfState } from './set-changes.js';
import { sideTable } from './side-tables.js';
import { keepViewState } from './view-state.js';
import { type UndoResult, refuse, resultOf, sameJson } from './undo.js';

/** Redoes the operation undone most recently, unless a new operation was made since. */
export function redoNext(store: WritableCase): UndoResult {
  const row = undoJournal(store).nextRedo();
  if (!row) throw new DossierError('not-found', 'nothing to redo');
  return redoOperation(store, row.id);
}

/**
 * Applies an undone operation again from its journal, in one transaction: every record it
 * touched goes back to its `after` state. Refused, changing nothing, when a record was changed
 * after the undo (the journal keeps the modified time the undo gave each record). The redone
 * records get fresh modified times, written into the journal so the operation can be undone
 * again.
 */
export function redoOperation(store: WritableCase, operationId: string): UndoResult {
  return store.transaction(() => {
    const journal = undoJournal(store);
    const op = journal.byId(operationId);
    if (!op) throw new DossierError('not-found', `no analyst operation ${operationId}`);
    if (!op.undoneAt)
      throw new DossierError('invalid-argument', `"${op.summary}" is not undone, so there is nothing to redo`);
    const changes = parseChanges(op.changes);
    const { records, redirects, sets = [], side = [], restored = {} } = changes;
    for (const c of records) {
      const expected = c.before === null ? null : { ...c.before, modifiedAt: restored[c.id] ?? c.before.modifiedAt };
      if (!inState(store.get(c.kind, c.id) as Record<string, unknown> | null, expected, c.kind))
        refuse('redo', op, describeRecord(store, c), journal.laterTouching(op.seq, c.id));
    }
    const [movedSince] = setsOutOfState(store, sets, 'redo');
    if (movedSince) refuse('redo', op, describeRecord(store, movedSince), journal.laterTouching(op.seq, movedSince.id));
    for (const s of side) {
      const t = sideTable(s.table);
      if (!sameJson(t.read(store, s.key), s.before)) refuse('redo', op, t.describe(s.key, s.before), null);
    }
    // Before the records: a set moves its records to values (a survivor) before the records
    // they pointed from (a merged entity) are deleted.
    const redoneSets = reapplySets(store, sets);
    const redone = records.map((c) => {
      if (c.after === null) {
        if (store.get(c.kind, c.id)) store.remove(c.kind, c.id);
        return c;
      }
      const current = store.get(c.kind, c.id) as Record<string, unknown> | null;
      const stamp = laterStamp((current?.modifiedAt ?? c.after.modifiedAt) as string);
      const after = keepViewState(c.kind, { ...c.after, modifiedAt: stamp }, current);
      store.put(c.kind, after as unknown as RecordsByKind[RecordKind], 'redo');
      // Undoing the creation left a tombstone; the record exists again.
      if (c.before === null) deleteTombstone(store, c.id);
      return { ...c, after };
    });
    for (const r of redirects) {
      store.putRedirect({ fromId: r.fromId, toId: r.toId, caseId: store.meta().id, mergedAt: nowIso() });
      store.appendAudit('redo-redirect', 'entity', r.fromId, r.previousTo ? { toId: r.previousTo } : null, {
        toId: r.toId,
      });
    }
    for (const s of side) sideTable(s.table).write(store, s.key, s.after);
    setJournalUndone(store, operationId, null, JSON.stringify({ records: redone, redirects, sets: redoneSets, side }));
    store.appendAudit('redo', 'operation', operationId, null, {
      name: op.name,
      summary: op.summary,
      by: analystName(),
    });
    return resultOf(op, records, sets);
  });
}
