import { DossierError } from '../errors.js';
import { nowIso } from '../ids.js';
import { deleteRedirect, deleteTombstone } from '../store/analyst-journal.js';
import type { WritableCase } from '../store/case-store.js';
import { type OperationRow, setJournalUndone, undoJournal } from '../store/journal-sql.js';
import type { RecordKind, RecordsByKind } from '../store/records.js';
import { clobberMessage, describeRecord, inState, laterStamp } from './describe-change.js';
import { type SetChange, parseChanges } from './journal-changes.js';
import { analystName } from './operation.js';
import './known-side-tables.js';
import { revertSets, setsOutOfState } from './set-changes.js';
import { sideTable } from './side-tables.js';
import { keepViewState } from './view-state.js';

export interface UndoResult {
  operationId: string;
  name: string;
  summary: string;
  /** Ids of the records put back, changed back or removed. */
  affected: string[];
  /** Record kinds touched, so open views know what to refresh. */
  kinds: RecordKind[];
}

/** Undoes the most recent analyst operation that has not been undone yet. */
export function undoLast(store: WritableCase): UndoResult {
  const row = undoJournal(store).nextUndo();
  if (!row) throw new DossierError('not-found', 'nothing to undo');
  return undoOperation(store, row.id);
}

/**
 * Reverts one analyst operation from its journalled before/after, in one transaction. Refused,
 * changing nothing, when a record it touched has been changed since (by a later operation, an
 * import or a merge from a bundle): undo never overwrites work done after the operation. The
 * refusal names the record and the operation that changed it.
 *
 * Every journalled operation is undone the same way — its inverse is its own journal — so an
 * operation registers nothing: writing through the Recorder (or `journalledWrite`) is enough.
 * Rows of case-level tables outside the record kinds go through `Recorder.side`.
 * Restored records get a fresh modified time so the undo itself travels in bundles; those times
 * are kept in the journal so a redo can check nothing changed after the undo.
 */
export function undoOperation(store: WritableCase, operationId: string): UndoResult {
  return store.transaction(() => {
    const journal = undoJournal(store);
    const op = journal.byId(operationId);
    if (!op) throw new DossierError('not-found', `no analyst operation ${operationId}`);
    if (op.undoneAt) throw new DossierError('invalid-argument', `"${op.summary}" was already undone`);
    const changes = parseChanges(op.changes);
    const { records, redirects, sets = [], side = [], tombstones = [], removeWithoutTombstone = false } = changes;
    for (const c of records) {
      if (!inState(store.get(c.kind, c.id) as Record<string, unknown> | null, c.after, c.kind))
        refuse('undo', op, describeRecord(store, c), journal.laterTouching(op.seq, c.id));
    }
    const [movedSince] = setsOutOfState(store, sets, 'undo');
    if (movedSince) refuse('undo', op, describeRecord(store, movedSince), journal.laterTouching(op.seq, movedSince.id));
    for (const s of side) {
      const t = sideTable(s.table);
      if (!sameJson(t.read(store, s.key), s.after)) refuse('undo', op, t.describe(s.key, s.after), null);
    }
    const restored: Record<string, string> = {};
    for (const c of [...records].reverse()) {
      if (c.before === null) {
        // A cascade from an earlier removal in this loop may already have taken it.
        if (store.get(c.kind, c.id)) store.remove(c.kind, c.id, { tombstone: !removeWithoutTombstone });
      } else {
        const current = store.get(c.kind, c.id) as Record<string, unknown> | null;
        const stamp = laterStamp((current?.modifiedAt ?? c.before.modifiedAt) as string);
        const back = keepViewState(c.kind, { ...c.before, modifiedAt: stamp }, current);
        store.put(c.kind, back as unknown as RecordsByKind[RecordKind], 'undo');
        restored[c.id] = stamp;
        if (c.after === null) deleteTombstone(store, c.id);
      }
    }
    // After the records: a set moves its records back to values (a merged entity) they put back.
    const revertedSets = revertSets(store, sets);
    for (const t of tombstones) {
      deleteTombstone(store, t.id);
      if (t.previous) store.putTombstone(t.previous);
    }
    for (const r of [...redirects].reverse()) {
      if (r.previousTo)
        store.putRedirect({ fromId: r.fromId, toId: r.previousTo, caseId: store.meta().id, mergedAt: nowIso() });
      else deleteRedirect(store, r.fromId);
      store.appendAudit(
        'undo-redirect',
        'entity',
        r.fromId,
        { toId: r.toId },
        r.previousTo ? { toId: r.previousTo } : null,
      );
    }
    for (const s of [...side].reverse()) sideTable(s.table).write(store, s.key, s.before);
    setJournalUndone(store, operationId, nowIso(), JSON.stringify({ ...changes, sets: revertedSets, restored }));
    store.appendAudit(
      'undo',
      'operation',
      operationId,
      { name: op.name, summary: op.summary, by: analystName() },
      null,
    );
    return resultOf(op, records, sets);
  });
}

export function resultOf(
  op: OperationRow,
  records: { id: string; kind: RecordKind }[],
  sets: readonly SetChange[] = [],
): UndoResult {
  const moved = sets.flatMap((s) => s.before.map((r) => ({ id: String(r.id), kind: s.kind })));
  records = [...records, ...moved];
  return {
    operationId: op.id,
    name: op.name,
    summary: op.summary,
    affected: [...new Set(records.map((c) => c.id))],
    kinds: [...new Set(records.map((c) => c.kind))],
  };
}

export function refuse(verb: 'undo' | 'redo', op: OperationRow, what: string, later: OperationRow | null): never {
  throw new DossierError('invalid-argument', clobberMessage(verb, op, what, later), {
    operationId: op.id,
    laterOperationId: later?.id ?? null,
  });
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
