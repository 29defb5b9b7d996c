import { newId, nowIso } from '../ids.js';
import { appendJournalOperation } from '../store/analyst-journal.js';
import type { WritableCase } from '../store/case-store.js';
import { RECORD_KINDS } from '../store/record-kinds.js';
import type { RecordKind, RecordsByKind, Tombstone } from '../store/records.js';
import { CreatedInBulk } from './created-in-bulk.js';
import { referenceFields } from './references.js';

type AnyRecord = RecordsByKind[RecordKind];

interface Change {
  kind: RecordKind;
  id: string;
  before: Record<string, unknown> | null;
  /** Only modifiedAt is kept: undo compares it to see nothing changed since, and never restores it. */
  after: { modifiedAt: string } | null;
}

/**
 * The net effect of one import on the case, journalled in the same undo journal as the
 * analyst's own operations (entities/operation.ts), so `undo` reverts a whole import: created
 * records go (without tombstones: the colleague did not delete them), changed and deleted ones
 * come back, received tombstones and redirects are taken back. Deletions record what the
 * case's foreign keys cascade to, children first, so undo can restore parents before children.
 */
export class ImportJournal {
  private readonly changes = new Map<string, Change>();
  private readonly bulk = new Map<RecordKind, CreatedInBulk>();
  private readonly tombstones = new Map<string, Tombstone | null>();
  private readonly redirects: { fromId: string; toId: string; previousTo: string | null }[] = [];

  constructor(private readonly store: WritableCase) {}

  created(kind: RecordKind, record: AnyRecord): void {
    this.note(kind, record.id, null, record.modifiedAt);
  }

  /**
   * Records created into a kind that held none when its turn came (merge-into-case.ts
   * `emptyKind`): kept in columns (created-in-bulk.ts). One the journal noted already (a
   * record of the case deleted before its kind's turn and now coming back) is noted as usual.
   */
  createdInBulk(kind: RecordKind, records: Iterable<AnyRecord>): void {
    let bulk = this.bulk.get(kind);
    if (!bulk) this.bulk.set(kind, (bulk = new CreatedInBulk(kind)));
    for (const r of records) {
      if (this.changes.size && this.changes.has(`${kind}:${r.id}`)) this.created(kind, r);
      else bulk.add(r.id, r.modifiedAt);
    }
  }

  changed(kind: RecordKind, before: AnyRecord, after: AnyRecord): void {
    this.note(kind, before.id, before, after.modifiedAt);
  }

  /** Call before deleting `record`: notes it and everything the delete will cascade to (returned). */
  deleting(kind: RecordKind, record: AnyRecord): { kind: RecordKind; record: AnyRecord }[] {
    const cascaded: { kind: RecordKind; record: AnyRecord }[] = [];
    this.noteCascade(kind, record.id, new Set([`${kind}:${record.id}`]), cascaded);
    this.note(kind, record.id, record, null);
    return cascaded;
  }

  tombstone(id: string): void {
    if (!this.tombstones.has(id)) this.tombstones.set(id, this.store.tombstones().find((t) => t.id === id) ?? null);
  }

  redirect(fromId: string, toId: string): void {
    const previous = this.store.redirects().find((r) => r.fromId === fromId)?.toId ?? null;
    this.redirects.push({ fromId, toId, previousTo: previous });
  }

  get size(): number {
    let bulk = 0;
    for (const b of this.bulk.values()) bulk += b.size;
    return this.changes.size + bulk + this.tombstones.size + this.redirects.length;
  }

  /** Writes the journal row (inside the import's transaction); returns the operation id. */
  write(summary: string): string {
    const operationId = newId();
    // Undo walks the list backwards: sorted so that it restores parents (documents, entities)
    // before what refers to them; within a kind, cascaded children were noted before parents.
    const records = [...this.changes.values()]
      .filter((c) => c.before !== null || c.after !== null)
      .map((c, i) => ({ c, i }))
      .sort((a, b) => KIND_INDEX[b.c.kind] - KIND_INDEX[a.c.kind] || a.i - b.i)
      .map(({ c }) => c);
    // After the records in the list: undo walks it backwards, so what the import created goes
    // first, then what it changed or deleted comes back, parents first (journal-changes.ts).
    const created = [...this.bulk.values()].filter((b) => b.size).map((b) => b.toJson());
    const tombstones = [...this.tombstones].map(([id, previous]) => ({ id, previous }));
    appendJournalOperation(this.store, {
      id: operationId,
      at: nowIso(),
      name: 'import',
      summary,
      changes: {
        records,
        ...(created.length ? { created } : {}),
        redirects: this.redirects,
        tombstones,
        removeWithoutTombstone: true,
      },
    });
    const count = records.length + created.reduce((n, c) => n + c.ids.length, 0);
    this.store.appendAudit('analyst:import', 'operation', operationId, null, { summary, records: count });
    return operationId;
  }

  private note(kind: RecordKind, id: string, before: AnyRecord | null, afterModifiedAt: string | null): void {
    const bulk = this.bulk.get(kind);
    if (bulk?.has(id)) {
      // Created by this import: still created (new modified time), or no net change at all.
      if (afterModifiedAt === null) bulk.remove(id);
      else bulk.changed(id, afterModifiedAt);
      return;
    }
    const key = `${kind}:${id}`;
    const known = this.changes.get(key);
    if (known && known.before === null && afterModifiedAt === null) {
      this.changes.delete(key); // created and deleted within this import: no net change
      return;
    }
    this.changes.set(key, {
      kind,
      id,
      before: known ? known.before : before,
      after: afterModifiedAt === null ? null : { modifiedAt: afterModifiedAt },
    });
  }

  /** What deleting kind/id takes with it through the case's foreign keys (deepest first). */
  private noteCascade(
    kind: RecordKind,
    id: string,
    seen: Set<string>,
    cascaded: { kind: RecordKind; record: AnyRecord }[],
  ): void {
    for (const holderKind of RECORD_KINDS) {
      for (const ref of referenceFields(holderKind)) {
        if (ref.target !== kind || ref.onDelete === 'subject') continue;
        for (const holder of this.store.list(holderKind, { [ref.field]: id } as never) as AnyRecord[]) {
          const key = `${holderKind}:${holder.id}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if (ref.onDelete === 'set-null') {
            this.note(holderKind, holder.id, holder, holder.modifiedAt);
          } else {
            this.noteCascade(holderKind, holder.id, seen, cascaded);
            this.note(holderKind, holder.id, holder, null);
            cascaded.push({ kind: holderKind, record: holder });
          }
        }
      }
    }
  }
}

const KIND_INDEX = Object.fromEntries(RECORD_KINDS.map((k, i) => [k, i])) as Record<RecordKind, number>;
