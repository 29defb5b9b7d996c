import { newId, nowIso } from '../ids.js';
import { appendJournalOperation } from '../store/analyst-journal.js';
import type { WritableCase } from '../store/case-store.js';
import type { NewRecord, RecordKind, RecordPatch, RecordsByKind } from '../store/records.js';

/** One record's net change in an operation: null before = created, null after = deleted. */
export interface RecordChange {
  kind: RecordKind;
  id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A merge redirect the operation wrote (or replaced: `previousTo`). */
export interface RedirectChange {
  fromId: string;
  toId: string;
  previousTo: string | null;
}

export interface OperationResult {
  /** The undo journal id: pass it to `undoOperation`. */
  operationId: string;
  affected: string[];
}

/**
 * Every write an analyst operation makes goes through this recorder, so the operation's net
 * effect can be journalled and reverted exactly (see undo.ts).
 */
export class Recorder {
  private readonly changes = new Map<string, RecordChange>();
  readonly redirects: RedirectChange[] = [];

  constructor(readonly store: WritableCase) {}

  insert<K extends RecordKind>(kind: K, fields: NewRecord<K>): RecordsByKind[K] {
    const record = this.store.insert(kind, fields);
    this.note(kind, record.id, null, record);
    return record;
  }

  update<K extends RecordKind>(kind: K, id: string, patch: RecordPatch<K>): RecordsByKind[K] {
    const before = this.store.require(kind, id);
    const after = this.store.update(kind, id, patch);
    this.note(kind, id, before, after);
    return after;
  }

  remove(kind: RecordKind, id: string): void {
    const before = this.store.require(kind, id);
    this.store.remove(kind, id);
    this.note(kind, id, before, null);
  }

  redirect(fromId: string, toId: string): void {
    const previous = this.store.redirects().find((r) => r.fromId === fromId)?.toId ?? null;
    this.store.putRedirect({ fromId, toId, caseId: this.store.meta().id, mergedAt: nowIso() });
    this.store.appendAudit('redirect', 'entity', fromId, previous ? { toId: previous } : null, { toId });
    this.redirects.push({ fromId, toId, previousTo: previous });
  }

  list(): RecordChange[] {
    return [...this.changes.values()].filter((c) => c.before !== null || c.after !== null);
  }

  private note(kind: RecordKind, id: string, before: object | null, after: object | null): void {
    const key = `${kind}:${id}`;
    const known = this.changes.get(key);
    const b = known ? known.before : (before as Record<string, unknown> | null);
    if (known && known.before === null && after === null) {
      // Created and deleted within the same operation: no net change.
      this.changes.delete(key);
      return;
    }
    this.changes.set(key, { kind, id, before: b, after: after as Record<string, unknown> | null });
  }
}

/**
 * Runs an analyst operation in one transaction and journals its net changes, so the whole
 * operation can be undone later. An audit row names the operation beside the per-record rows.
 */
export function analystOperation<T>(
  store: WritableCase,
  name: string,
  summary: string,
  fn: (r: Recorder) => T,
): T & OperationResult {
  return store.transaction(() => {
    const r = new Recorder(store);
    const value = fn(r);
    const operationId = newId();
    const changes = r.list();
    appendJournalOperation(store, { id: operationId, at: nowIso(), name, summary, changes: { records: changes, redirects: r.redirects } });
    store.appendAudit(`analyst:${name}`, 'operation', operationId, null, { summary, records: changes.length });
    const affected = [...new Set(changes.filter((c) => c.kind === 'entity').map((c) => c.id))];
    return { ...value, operationId, affected };
  });
}
