import { userInfo } from 'node:os';
import { DossierError } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import type { WritableCase } from '../store/case-store.js';
import { insertJournalRow } from '../store/journal-sql.js';
import type { NewRecord, RecordKind, RecordPatch, RecordsByKind } from '../store/records.js';
import { setFieldOnRecords } from '../store/bulk-moves.js';
import { laterStamp } from './describe-change.js';
import type { JournalChanges, RecordChange, RedirectChange, SetChange, SideChange } from './journal-changes.js';
import { sideTable } from './side-tables.js';

export type { RecordChange, RedirectChange } from './journal-changes.js';

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
  private readonly sides = new Map<string, SideChange>();
  readonly sets: SetChange[] = [];
  private readonly inSets = new Set<string>();

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

  /** Writes a record as given (ids and times kept), as a bundle merge does. */
  put<K extends RecordKind>(kind: K, record: RecordsByKind[K]): void {
    const before = this.store.get(kind, record.id);
    this.store.put(kind, record);
    this.note(kind, record.id, before, record);
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

  /**
   * Sets one text field on many records of a kind at once (`records` as they are now): one
   * statement, one audit row and one journal entry instead of one per record. A record may be
   * in one set of an operation and not also changed on its own (see SetChange for the order
   * undo and redo keep).
   */
  setMany<K extends RecordKind>(
    kind: K,
    records: readonly RecordsByKind[K][],
    field: keyof RecordPatch<K> & string,
    value: string | null,
  ): void {
    if (!records.length) return;
    for (const rec of records) this.claim(kind, rec.id, 'set');
    const stamp = laterStamp(records.reduce((max, rec) => (rec.modifiedAt > max ? rec.modifiedAt : max), ''));
    const ids = records.map((rec) => rec.id);
    setFieldOnRecords(this.store, { kind, ids, field, value, modifiedAt: stamp });
    this.sets.push({ kind, field, value, stamp, before: records.map((rec): Record<string, unknown> => ({ ...rec })) });
  }

  /** Writes a row of a registered side table (see side-tables.ts); null deletes it. */
  side(table: string, key: string, value: unknown): void {
    const t = sideTable(table);
    const id = `${table}\u0000${key}`;
    const before = this.sides.has(id) ? this.sides.get(id)!.before : t.read(this.store, key);
    t.write(this.store, key, value);
    this.sides.set(id, { table, key, before, after: value });
  }

  sideChanges(): SideChange[] {
    return [...this.sides.values()].filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
  }

  list(): RecordChange[] {
    return [...this.changes.values()].filter((c) => c.before !== null || c.after !== null);
  }

  /** A record is journalled either in one set or record by record, never both. */
  private claim(kind: RecordKind, id: string, as: 'set' | 'record'): void {
    const key = `${kind}:${id}`;
    if (this.inSets.has(key) || (as === 'set' && this.changes.has(key)))
      throw new DossierError(
        'internal',
        `${kind} ${id} is changed both in a bulk move and on its own in one operation`,
      );
    if (as === 'set') this.inSets.add(key);
  }

  private note(kind: RecordKind, id: string, before: object | null, after: object | null): void {
    this.claim(kind, id, 'record');
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
  const { value, operationId, affected } = journalOperation(store, name, () => summary, fn, false);
  return { ...value, operationId: operationId!, affected };
}

/**
 * The journalling behind `analystOperation`. With `skipEmpty`, an operation that changed
 * nothing writes no journal row (operationId null): a save of an unmoved chart is no undo step.
 * The summary is computed after `fn` ran, so it can name what was done.
 */
export function journalOperation<T>(
  store: WritableCase,
  name: string,
  summary: (value: T, changes: RecordChange[]) => string,
  fn: (r: Recorder) => T,
  skipEmpty: boolean,
): { value: T; operationId: string | null; affected: string[] } {
  return store.transaction(() => {
    const r = new Recorder(store);
    const value = fn(r);
    const changes = r.list();
    const side = r.sideChanges();
    const sets = r.sets;
    if (skipEmpty && !changes.length && !r.redirects.length && !side.length && !sets.length)
      return { value, operationId: null, affected: [] };
    const operationId = newId();
    const text = summary(value, changes);
    const journal: JournalChanges = { records: changes, redirects: r.redirects, sets, side };
    insertJournalRow(store, {
      id: operationId,
      at: nowIso(),
      name,
      summary: text,
      changes: JSON.stringify(journal),
    });
    store.appendAudit(`analyst:${name}`, 'operation', operationId, null, {
      summary: text,
      records: changes.length + sets.reduce((n, set) => n + set.before.length, 0),
      by: analystName(),
    });
    const affected = [...new Set(changes.filter((c) => c.kind === 'entity').map((c) => c.id))];
    return { value, operationId, affected };
  });
}

let cachedName: string | null = null;
/** Who did it, for the audit view: the account the app runs under (there are no app logins). */
export function analystName(): string {
  if (cachedName === null) {
    try {
      cachedName = process.env.DOSSIER_ANALYST?.trim() || userInfo().username;
    } catch {
      cachedName = 'analyst';
    }
  }
  return cachedName;
}
