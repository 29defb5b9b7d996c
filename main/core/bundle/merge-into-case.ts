import { DossierError } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';
import { RECORD_KINDS } from '../store/record-kinds.js';
import type { ChartNodeRecord, MergeRedirect, RecordKind, RecordsByKind, Tombstone } from '../store/records.js';
import { DuplicateFinder } from './duplicates.js';
import type { IncomingData } from './incoming.js';
import { compareVersions, mergeVersions, sameRecord, statusConflict } from './merge-policy.js';
import { type MergeReport, emptyOutcome } from './merge-report.js';
import { RedirectMap } from './redirect-map.js';
import { referenceFields } from './references.js';

type AnyRecord = RecordsByKind[RecordKind];

class DryRunRollback extends Error {}

/**
 * Merges incoming records into a case in one transaction: redirects first (the case's own
 * references move to survivors), then deletions, then records kind by kind (new, newer, older,
 * same — see merge-policy.ts), then a check that every reference resolves. Any failure rolls
 * everything back; a dry run rolls back on purpose and returns what would have happened.
 */
export function mergeIntoCase(store: WritableCase, incoming: IncomingData, options: { dryRun?: boolean } = {}): MergeReport {
  const report: MergeReport = {
    source: incoming.label,
    dryRun: !!options.dryRun,
    kinds: Object.fromEntries(RECORD_KINDS.map((k) => [k, emptyOutcome()])) as MergeReport['kinds'],
    tombstonesApplied: 0,
    redirectsApplied: 0,
    originalsAdded: 0,
    conflicts: [],
    possibleDuplicates: [],
  };
  try {
    store.transaction(() => {
      new Merge(store, incoming, report).run();
      if (options.dryRun) throw new DryRunRollback();
    });
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e;
  }
  return report;
}

class Merge {
  private readonly redirects: RedirectMap;
  private readonly tombstones = new Map<string, Tombstone>();
  /** Ids the incoming data deletes, known before anything is applied. */
  private readonly incomingGone = new Set<string>();
  private readonly duplicates: DuplicateFinder;
  private readonly newEntities = new Map<string, { id: string; type: string; label: string }>();
  /** References to check once everything is written: target kind → ids (with one holder for the message). */
  private readonly pendingRefs = new Map<RecordKind, Map<string, string>>();

  constructor(
    private readonly store: WritableCase,
    private readonly incoming: IncomingData,
    private readonly report: MergeReport,
  ) {
    this.redirects = new RedirectMap(store.redirects());
    for (const t of store.tombstones()) this.tombstones.set(t.id, t);
    this.duplicates = new DuplicateFinder(store);
  }

  run(): void {
    // Every incoming redirect and deletion is known before any is applied, so a chain, a cycle
    // or a survivor deleted in the same bundle is handled the same whatever the line order.
    for (const t of this.incoming.tombstones) this.incomingGone.add(t.id);
    const accepted = this.incoming.redirects.filter((r) => this.redirects.offer(r));
    for (const r of accepted) this.applyRedirect(r);
    for (const t of this.incoming.tombstones) this.applyTombstone(t);
    for (const kind of RECORD_KINDS) {
      this.incoming.eachRecord(kind, (record) => this.mergeRecord(kind, record));
      this.flushNew();
    }
    this.incoming.eachOriginal((sha256, bytes) => {
      if (!this.store.original(sha256)) {
        this.store.putOriginal(sha256, bytes);
        this.report.originalsAdded++;
      }
    });
    this.checkReferences();
    this.report.possibleDuplicates = this.duplicates.found;
  }

  private applyRedirect(r: MergeRedirect): void {
    this.store.putRedirect(r);
    this.report.redirectsApplied++;
    const survivor = this.redirects.resolve(r.fromId);
    // The case's own references to the merged-away record move to the survivor (same version:
    // this is bookkeeping, not an edit, so it must not make the record look newer) — unless the
    // survivor is itself deleted or merged away in a cycle (two analysts merged each into the
    // other): then the references stay and go with the record, as a cascade.
    const movable = !this.isGone(survivor);
    for (const kind of RECORD_KINDS) {
      for (const ref of referenceFields(kind)) {
        // Citations and chart nodes (no foreign key) always follow the redirect, like incoming ones.
        if (!movable && ref.onDelete !== 'subject') continue;
        for (const holder of this.store.list(kind, { [ref.field]: r.fromId } as never)) {
          const moved = { ...holder, [ref.field]: survivor } as AnyRecord;
          if (kind === 'chartNode' && this.chartNodeClash(moved as ChartNodeRecord)) this.store.remove(kind, holder.id, { tombstone: false });
          else this.write(kind, moved, 'import-redirect');
        }
      }
    }
    // The merged-away record itself goes; the redirect, not a tombstone, records why.
    for (const kind of RECORD_KINDS) {
      if (this.store.get(kind, r.fromId)) this.deleteRecord(kind, r.fromId, null);
    }
  }

  /** Deleted, or merged away with no live survivor (a redirect cycle). */
  private isGone(id: string): boolean {
    return this.tombstones.has(id) || this.incomingGone.has(id) || this.redirects.isMergedAway(id);
  }

  private applyTombstone(t: Tombstone): void {
    const known = this.tombstones.get(t.id);
    if (known && known.deletedAt <= t.deletedAt) return;
    this.tombstones.set(t.id, t);
    this.report.tombstonesApplied++;
    if (this.store.get(t.kind, t.id)) this.deleteRecord(t.kind, t.id, t);
    else this.store.putTombstone(t);
  }

  /**
   * Deletes a record (with `tombstone`, when given). What refers to it by foreign key goes too
   * (the case's own cascade); citations and chart nodes about it stay, as they do when an
   * analyst deletes the record in the case itself, so the outcome is the same in any order.
   */
  private deleteRecord(kind: RecordKind, id: string, tombstone: Tombstone | null): void {
    if (tombstone) {
      this.store.putTombstone(tombstone);
      this.tombstones.set(id, tombstone);
    }
    this.store.remove(kind, id, { tombstone: false });
    this.report.kinds[kind].deleted++;
  }

  private mergeRecord<K extends RecordKind>(kind: K, raw: RecordsByKind[K]): void {
    const outcome = this.report.kinds[kind];
    if (this.tombstones.has(raw.id) || this.redirects.isMergedAway(raw.id)) {
      outcome.deleted++;
      return;
    }
    let record = this.redirects.rewrite(kind, raw);
    for (const ref of referenceFields(kind)) {
      const target = (record as unknown as Record<string, unknown>)[ref.field];
      if (typeof target !== 'string' || ref.onDelete === 'subject') continue;
      if (!this.isGone(target)) continue;
      if (ref.onDelete === 'set-null') {
        record = { ...record, [ref.field]: null };
        continue;
      }
      outcome.deleted++;
      return;
    }
    const pending = this.pendingNew.get(record.id);
    const local = pending ?? this.store.get(kind, record.id);
    if (!local) {
      if (kind === 'chartNode') {
        // Chart nodes are written at once: the clash check reads the ones already placed.
        if (this.chartNodeClash(record as ChartNodeRecord)) return;
        this.write(kind, record, 'import');
      } else {
        this.queueNew(kind, record);
      }
      outcome.new++;
      this.noteNew(kind, record);
    } else {
      const merged = sameRecord(record, local) ? local : mergeVersions(local, record);
      if (merged === local && sameRecord(record, local)) {
        outcome.unchanged++;
      } else if (!sameRecord(merged, local)) {
        if (pending) this.pendingNew.set(record.id, merged);
        else this.write(kind, merged, 'import');
        outcome.updated++;
      } else {
        outcome.conflicting++;
        const reason = statusConflict(local, record)
          ? 'confirmed here, rejected in the incoming data (kept confirmed)'
          : compareVersions(local, record) > 0
            ? 'the case holds a newer version (kept)'
            : 'the case holds a reviewed status (kept)';
        if (this.report.conflicts.length < 200) this.report.conflicts.push({ kind, id: record.id, reason });
      }
    }
    this.notePendingRefs(kind, record);
  }

  /**
   * Two chart nodes for one subject in one chart (two analysts placed it separately): the
   * smaller id stays. True when `node` is the one that loses.
   */
  private chartNodeClash(node: ChartNodeRecord): boolean {
    const other = this.store.list('chartNode', { chartId: node.chartId, subjectId: node.subjectId })[0];
    if (!other || other.id === node.id) return false;
    this.report.kinds.chartNode.deleted++;
    if (node.id > other.id) return true;
    this.store.remove('chartNode', other.id, { tombstone: false });
    return false;
  }

  private noteNew(kind: RecordKind, record: AnyRecord): void {
    if (kind === 'entity') {
      const e = record as RecordsByKind['entity'];
      this.newEntities.set(e.id, e);
      this.duplicates.check(e, e.label);
    } else if (kind === 'alias') {
      const a = record as RecordsByKind['alias'];
      const owner = this.newEntities.get(a.entityId);
      if (owner) this.duplicates.check(owner, a.alias);
    }
  }

  private notePendingRefs(kind: RecordKind, record: AnyRecord): void {
    for (const ref of referenceFields(kind)) {
      const target = (record as unknown as Record<string, unknown>)[ref.field];
      if (typeof target !== 'string' || !ref.target) continue;
      let ids = this.pendingRefs.get(ref.target);
      if (!ids) this.pendingRefs.set(ref.target, (ids = new Map()));
      if (!ids.has(target)) ids.set(target, `${kind} ${record.id}`);
    }
  }

  private checkReferences(): void {
    const missing: string[] = [];
    for (const [kind, ids] of this.pendingRefs) {
      for (const [id, holder] of ids) {
        if (!this.store.get(kind, id)) missing.push(`${holder} refers to ${kind} ${id}, which is neither in ${this.incoming.label} nor in the case`);
        if (missing.length >= 5) break;
      }
    }
    if (missing.length) throw new DossierError('import-failed', `nothing was imported: ${missing.join('; ')}`);
  }

  /** New records go to the case in batches (one statement loop and one audit row per batch). */
  private readonly pendingNew = new Map<string, AnyRecord>();
  private pendingKind: RecordKind | null = null;

  private queueNew(kind: RecordKind, record: AnyRecord): void {
    if (this.pendingKind !== kind) this.flushNew();
    this.pendingKind = kind;
    this.pendingNew.set(record.id, record);
    if (this.pendingNew.size >= 1000) this.flushNew();
  }

  private flushNew(): void {
    if (this.pendingKind && this.pendingNew.size) this.store.putMany(this.pendingKind, [...this.pendingNew.values()] as never, 'import');
    this.pendingNew.clear();
    this.pendingKind = null;
  }

  private write(kind: RecordKind, record: AnyRecord, action: string): void {
    this.store.put(kind, record as never, action);
  }
}
