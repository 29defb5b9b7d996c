import type { WritableCase } from '../store/case-store.js';
import type { RecordKind, RecordsByKind } from '../store/records.js';
import { type RecordChange, type Recorder, journalOperation } from './operation.js';

/**
 * A view of the store whose record writes go through the recorder, so code written against
 * the plain store API (chart placements, link creation …) can be journalled — and so undone
 * and redone — without being rewritten. Reads, transactions and everything else pass through.
 */
export function recordingStore(r: Recorder): WritableCase {
  const target = r.store;
  const overrides: Partial<WritableCase> = {
    insert: (kind, fields) => r.insert(kind, fields),
    insertMany: (kind, rows) => rows.map((f) => r.insert(kind, f)),
    update: (kind, id, patch) => r.update(kind, id, patch),
    remove: (kind, id) => r.remove(kind, id),
    put: <K extends RecordKind>(kind: K, record: RecordsByKind[K]) => r.put(kind, record),
    putMany: <K extends RecordKind>(kind: K, records: readonly RecordsByKind[K][]) => {
      for (const record of records) r.put(kind, record);
    },
  };
  return new Proxy(target, {
    get(obj, prop) {
      if (typeof prop === 'string' && Object.hasOwn(overrides, prop)) return overrides[prop as keyof WritableCase];
      const value: unknown = Reflect.get(obj, prop, obj);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
    },
  });
}

/**
 * Runs `fn` against a recording view of the store as one journalled, undoable operation.
 * Nothing changed → no journal row, `operationId` null.
 */
export function journalledWrite<T>(
  store: WritableCase,
  name: string,
  summary: string | ((value: T, changes: RecordChange[]) => string),
  fn: (s: WritableCase) => T,
): { value: T; operationId: string | null; affected: string[] } {
  return journalOperation(
    store,
    name,
    typeof summary === 'function' ? summary : () => summary,
    (r) => fn(recordingStore(r)),
    true,
  );
}
