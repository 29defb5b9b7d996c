import type { WritableCase } from '../store/case-store.js';
import { fieldStates, setFieldOnRecords } from '../store/bulk-moves.js';
import { inState, laterStamp } from './describe-change.js';
import type { RecordChange, SetChange } from './journal-changes.js';

/**
 * Undo and redo of the bulk moves an operation journalled as `SetChange`s (see
 * journal-changes.ts): a few statements per set, whatever its size. The check reads each
 * record's field and modified time in one query; only a record whose modified time differs
 * from what the journal expects is read in full and compared field by field (a later
 * operation undone since leaves the same fields under a new modified time).
 */

/** Records of `set` not in the state the journal expects, as record changes (for the refusal). */
export function setsOutOfState(store: WritableCase, sets: readonly SetChange[], verb: 'undo' | 'redo'): RecordChange[] {
  const out: RecordChange[] = [];
  for (const set of sets) {
    const ids = set.before.map((r) => String(r.id));
    const now = fieldStates(store, set.kind, ids, set.field);
    const stamp = verb === 'undo' ? set.stamp : (set.restored ?? set.stamp);
    for (const before of set.before) {
      const id = String(before.id);
      const expected =
        verb === 'undo' ? { ...before, [set.field]: set.value, modifiedAt: stamp } : { ...before, modifiedAt: stamp };
      const current = now.get(id);
      const quick = current && current.modifiedAt === stamp && current.value === expected[set.field];
      if (quick) continue;
      const full = current ? (store.get(set.kind, id) as Record<string, unknown> | null) : null;
      if (!inState(full, expected, set.kind))
        out.push({ kind: set.kind, id, before, after: { ...before, [set.field]: set.value } });
    }
  }
  return out;
}

/** Moves every record of each set back to its own earlier value; returns the sets with the time given. */
export function revertSets(store: WritableCase, sets: readonly SetChange[]): SetChange[] {
  return [...sets]
    .reverse()
    .map((set) => {
      const stamp = laterStamp(newestStamp(store, set));
      // Records may have come from different values; usually (a merge) they all share one.
      const byValue = new Map<string | null, string[]>();
      for (const r of set.before) {
        const from = (r[set.field] ?? null) as string | null;
        const ids = byValue.get(from) ?? [];
        ids.push(String(r.id));
        byValue.set(from, ids);
      }
      for (const [value, ids] of byValue)
        setFieldOnRecords(store, { kind: set.kind, ids, field: set.field, value, modifiedAt: stamp }, 'undo-move-many');
      return { ...set, restored: stamp };
    })
    .reverse();
}

/** Applies each set again with a fresh modified time; returns the sets as journalled now. */
export function reapplySets(store: WritableCase, sets: readonly SetChange[]): SetChange[] {
  return sets.map((set) => {
    const stamp = laterStamp(newestStamp(store, set));
    const ids = set.before.map((r) => String(r.id));
    const move = { kind: set.kind, ids, field: set.field, value: set.value, modifiedAt: stamp };
    setFieldOnRecords(store, move, 'redo-move-many');
    const redone: SetChange = { ...set, stamp };
    delete redone.restored;
    return redone;
  });
}

/** The newest modified time among a set's records now: their next one must come after it. */
function newestStamp(store: WritableCase, set: SetChange): string {
  let newest = set.stamp;
  const ids = set.before.map((r) => String(r.id));
  for (const { modifiedAt } of fieldStates(store, set.kind, ids, set.field).values())
    if (modifiedAt > newest) newest = modifiedAt;
  return newest;
}
