/**
 * The audit of a batch of writes (an ingest batch): instead of one audit row per record — the
 * whole record as JSON, a document's text included — the batch gathers what each write did and
 * the store writes ONE row when the batch commits. The row still says exactly what changed:
 * every created record's id by kind, every updated record's changed fields before and after,
 * every deleted record's id, and any other audit entry as it was given.
 *
 * A nested transaction that rolls back (one file of the batch failing) takes its entries back
 * out (`mark` / `rollbackTo`), so the row never names a record that is not in the case.
 */
export interface BatchAuditEntry {
  action: string;
  kind: string;
  id: string | null;
  before: unknown;
  after: unknown;
}

/** The `after` JSON of a batch's audit row. */
export interface BatchAuditSummary {
  /** Records created of the batch's subject kind (the audit view's "ingest: N documents"). */
  count: number;
  created: Record<string, string[]>;
  updated: { kind: string; id: string; fields: Record<string, [unknown, unknown]> }[];
  deleted: Record<string, string[]>;
  other?: BatchAuditEntry[];
}

/** Fields every write touches: not worth repeating in an update's list of changes. */
const STAMPS = new Set(['modifiedAt']);

export class BatchAudit {
  private readonly entries: BatchAuditEntry[] = [];
  private readonly createdIds: { kind: string; ids: readonly string[] }[] = [];

  constructor(readonly action: string) {}

  /** Records a write as the store would have audited it alone. */
  add(action: string, kind: string, id: string | null, before: unknown, after: unknown): void {
    if (id !== null && before == null && after != null && action === 'create') this.created(kind, [id]);
    else this.entries.push({ action, kind, id, before, after });
  }

  /** Records created in bulk (insertMany). */
  created(kind: string, ids: readonly string[]): void {
    if (ids.length) this.createdIds.push({ kind, ids });
  }

  get isEmpty(): boolean {
    return !this.entries.length && !this.createdIds.length;
  }

  mark(): [number, number] {
    return [this.entries.length, this.createdIds.length];
  }

  rollbackTo([entries, created]: [number, number]): void {
    this.entries.length = entries;
    this.createdIds.length = created;
  }

  /** What the batch's one audit row says; `subjectKind` is what `count` counts. */
  summary(subjectKind: string): BatchAuditSummary {
    const created: Record<string, string[]> = {};
    for (const { kind, ids } of this.createdIds) (created[kind] ??= []).push(...ids);
    const updated: BatchAuditSummary['updated'] = [];
    const deleted: Record<string, string[]> = {};
    const other: BatchAuditEntry[] = [];
    for (const e of this.entries) {
      const before = asRecord(e.before);
      const after = asRecord(e.after);
      if (e.id !== null && e.action === 'update' && before && after) {
        const fields: Record<string, [unknown, unknown]> = {};
        for (const f of new Set([...Object.keys(before), ...Object.keys(after)])) {
          if (!STAMPS.has(f) && JSON.stringify(before[f]) !== JSON.stringify(after[f]))
            fields[f] = [before[f], after[f]];
        }
        updated.push({ kind: e.kind, id: e.id, fields });
      } else if (e.id !== null && e.action === 'delete' && after == null) (deleted[e.kind] ??= []).push(e.id);
      else other.push(e);
    }
    return {
      count: created[subjectKind]?.length ?? 0,
      created,
      updated,
      deleted,
      ...(other.length ? { other } : {}),
    };
  }
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}
