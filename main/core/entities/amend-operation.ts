import { DossierError } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';
import { replaceJournalChanges, undoJournal } from '../store/journal-sql.js';
import { parseChanges } from './journal-changes.js';
import { recordingStore } from './journalled.js';
import { Recorder } from './operation.js';

/** Thrown inside the amendment's transaction to roll it back when it may not amend. */
class NotAmendable extends Error {}

/**
 * Writes `fn`'s record changes into an existing, live operation's journal instead of making an
 * undo step of their own: what the app does by itself right after an analyst operation belongs
 * to that operation (the page's first layout of a chart just created from the case). Undoing
 * the operation then takes those changes back with it, and redoing it brings them again.
 *
 * Returns null and writes nothing when the operation is gone or undone, or when a later live
 * operation touched one of the records (amending would rewrite history under it).
 */
export function amendOperation<T>(
  store: WritableCase,
  operationId: string,
  fn: (s: WritableCase) => T,
): { value: T } | null {
  const journal = undoJournal(store);
  const op = journal.byId(operationId);
  if (!op || op.undoneAt) return null;
  try {
    return store.transaction(() => {
      const r = new Recorder(store);
      const value = fn(recordingStore(r));
      if (r.redirects.length || r.sets.length || r.sideChanges().length)
        throw new DossierError('internal', 'only record changes can amend an operation');
      const changes = parseChanges(op.changes);
      const inSets = new Set((changes.sets ?? []).flatMap((s) => s.before.map((b) => String(b.id))));
      const own = new Map(changes.records.map((c) => [`${c.kind}:${c.id}`, c]));
      for (const c of r.list()) {
        if (inSets.has(c.id) || journal.laterTouching(op.seq, c.id)) throw new NotAmendable();
        const known = own.get(`${c.kind}:${c.id}`);
        if (known) known.after = c.after;
        else changes.records.push(c);
      }
      changes.records = changes.records.filter((c) => c.before !== null || c.after !== null);
      replaceJournalChanges(store, op.id, JSON.stringify(changes));
      return { value };
    });
  } catch (e) {
    if (e instanceof NotAmendable) return null;
    throw e;
  }
}
