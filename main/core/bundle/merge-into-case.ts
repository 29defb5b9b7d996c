import { DossierError } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';
import { RECORD_KINDS } from '../store/record-kinds.js';
import type { ChartNodeRecord, MergeRedirect, RecordKind, RecordsByKind, Tombstone } from '../store/records.js';
import { type LocalChangeGate, describeRewrite, labelOf, openGate } from './consent.js';
import { DuplicateFinder } from './duplicates.js';
import { ImportJournal } from './import-journal.js';
import type { IncomingData } from './incoming.js';
import { compareVersions, mergeVersions, sameRecord, statusConflict } from './merge-policy.js';
import { type MergeReport, emptyOutcome } from './merge-report.js';
import { RedirectMap } from './redirect-map.js';
import { type ConflictChoice, describeConflict, editedFieldsInConflict, withChosenValues } from './field-conflicts.js';
import { noteLost } from './merge-losses.js';
import { fieldValue, referenceFields } from './references.js';
import { hasOriginal, kindIsEmpty, presentIds } from '../store/record-presence.js';
import { buildIndexesOfKind, withDerivedTablesBuiltAfter } from '../store/derived-tables.js';
import { documentsChangedInPlace, indexDocumentsAhead } from '../store/documents-index-ahead.js';

type AnyRecord = RecordsByKind[RecordKind];

class DryRunRollback extends Error {}

export interface MergeOptions {
  dryRun?: boolean;
  /** Who may change the case's own records (consent.ts); interchange imports pass none: open. */
  gate?: LocalChangeGate;
  /** The import's clock (tests); incoming modified times are capped at this plus MAX_CLOCK_SKEW_MS. */
  now?: Date;
  /** For records where both sides changed a field: which version to keep (default: the later edit). */
  keep?: Readonly<Record<string, ConflictChoice>>;
}

/** How far ahead of this machine's clock an incoming record's modified time may be. */
export const MAX_CLOCK_SKEW_MS = 10 * 60 * 1000;

/**
 * Merges incoming records into a case in one transaction: redirects first (the case's own
 * references move to survivors), then deletions, then records kind by kind (new, newer, older,
 * same — see merge-policy.ts), then a check that every reference resolves. Any failure rolls
 * everything back; a dry run rolls back on purpose and returns what would have happened.
 */
export function mergeIntoCase(store: WritableCase, incoming: IncomingData, options: MergeOptions = {}): MergeReport {
  const gate = options.gate ?? openGate(store.meta().id);
  const report: MergeReport = {
    source: incoming.label,
    dryRun: !!options.dryRun,
    kinds: Object.fromEntries(RECORD_KINDS.map((k) => [k, emptyOutcome()])) as MergeReport['kinds'],
    tombstonesApplied: 0,
    redirectsApplied: 0,
    originalsAdded: 0,
    conflicts: [],
    possibleDuplicates: [],
    localChanges: gate.changes,
    lost: [],
    timestampsCapped: 0,
    textsKept: 0,
    operationId: null,
  };
  const cap = new Date((options.now ?? new Date()).getTime() + MAX_CLOCK_SKEW_MS).toISOString();
  try {
    store.transaction(() => {
      const journal = new ImportJournal(store);
      // Into an empty case the search indexes and tallies are built once at the end (derived-tables.ts).
      withDerivedTablesBuiltAfter(store, () =>
        new Merge(store, incoming, report, gate, journal, cap, options.keep ?? {}).run(),
      );
      if (options.dryRun) throw new DryRunRollback();
      if (gate.needingConsent > 0) {
        const shown = gate.changes
          .filter((c) => c.status === 'needs-consent')
          .slice(0, 3)
          .map((c) => `${c.action} ${c.kind} "${c.label}"`);
        throw new DossierError(
          'import-failed',
          `nothing was imported: ${incoming.label} would change ${gate.needingConsent} of this case's own records (${shown.join(', ')}${gate.needingConsent > 3 ? ', …' : ''}) ` +
            'and is not signed by a trusted key; review them in a dry run and accept them to go ahead',
        );
      }
      if (journal.size) report.operationId = journal.write(`import ${summaryName(incoming.label)}`);
    });
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e;
  }
  return report;
}

function summaryName(label: string): string {
  return label.split(/[\\/]/).pop() ?? label;
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
    private readonly gate: LocalChangeGate,
    private readonly journal: ImportJournal,
    /** Latest modified time an incoming record may carry (import time plus a small skew). */
    private readonly cap: string,
    private readonly keep: Readonly<Record<string, ConflictChoice>>,
  ) {
    this.redirects = new RedirectMap(store.redirects());
    for (const t of store.tombstones()) this.tombstones.set(t.id, t);
    this.duplicates = new DuplicateFinder(store);
  }

  run(): void {
    // Every incoming redirect and deletion is known before any is applied, so a chain, a cycle
    // or a survivor deleted in the same bundle is handled the same whatever the line order.
    // Deletions and merges of the case's own records go ahead only with consent (consent.ts).
    const tombstones = this.incoming.tombstones.filter((t) => this.mayDelete(t));
    const redirects = this.incoming.redirects.filter((r) => this.mayRedirect(r));
    for (const t of tombstones) this.incomingGone.add(t.id);
    // A merge of an id the case already merged elsewhere: both survivors are one (survivorJoins).
    const rivals = redirects.flatMap((r) => {
      const known = this.redirects.get(r.fromId);
      return known && known.toId !== r.toId ? [r, known] : [];
    });
    const accepted = redirects.filter((r) => this.redirects.offer(r));
    for (const r of accepted) this.applyRedirect(r);
    for (const join of this.redirects.survivorJoins(rivals)) {
      if (this.mayRedirect(join) && this.redirects.offer(join)) this.applyRedirect(join);
    }
    for (const t of tombstones) this.applyTombstone(t);
    for (const kind of RECORD_KINDS) {
      this.emptyKind = kindIsEmpty(this.store, kind);
      this.written.clear();
      this.incoming.eachRecord(kind, (record) => this.mergeRecord(kind, record));
      this.flushNew();
      buildIndexesOfKind(this.store, kind);
    }
    this.emptyKind = false;
    this.incoming.eachOriginal((sha256, bytes) => {
      if (!hasOriginal(this.store, sha256)) {
        this.store.putOriginal(sha256, bytes);
        this.report.originalsAdded++;
      }
    });
    this.checkReferences();
    this.report.possibleDuplicates = this.duplicates.found;
  }

  private mayDelete(t: Tombstone): boolean {
    const local = this.store.get(t.kind, t.id);
    if (!local || !this.gate.isLocal(local)) return true;
    const known = this.tombstones.get(t.id);
    if (known && known.deletedAt <= t.deletedAt) return true;
    return this.gate.allow('delete', t.kind, local, `deleted in ${summaryName(this.incoming.label)}`);
  }

  private mayRedirect(r: MergeRedirect): boolean {
    for (const kind of RECORD_KINDS) {
      const local = this.store.get(kind, r.fromId);
      if (!local) continue;
      if (!this.gate.isLocal(local)) return true;
      const survivor = this.store.get(kind, r.toId);
      return this.gate.allow('redirect', kind, local, `merged into ${survivor ? `"${labelOf(survivor)}"` : r.toId}`);
    }
    return true;
  }

  private applyRedirect(r: MergeRedirect): void {
    this.journal.redirect(r.fromId, r.toId);
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
          if (kind === 'chartNode' && this.chartNodeClash(moved as ChartNodeRecord)) this.removeQuietly(kind, holder);
          else if (kind === 'alias' && this.aliasTwin(moved as RecordsByKind['alias']))
            this.removeQuietly(kind, holder);
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
    else {
      this.journal.tombstone(t.id);
      this.store.putTombstone(t);
    }
  }

  /**
   * Deletes a record (with `tombstone`, when given). What refers to it by foreign key goes too
   * (the case's own cascade); citations and chart nodes about it stay, as they do when an
   * analyst deletes the record in the case itself, so the outcome is the same in any order.
   */
  private deleteRecord(kind: RecordKind, id: string, tombstone: Tombstone | null): void {
    if (tombstone) {
      this.journal.tombstone(id);
      this.store.putTombstone(tombstone);
      this.tombstones.set(id, tombstone);
    }
    this.removeQuietly(kind, this.store.require(kind, id));
    this.report.kinds[kind].deleted++;
  }

  /** Removes without a tombstone (the deletion follows from another), journalled with its cascade. */
  private removeQuietly(kind: RecordKind, record: AnyRecord): void {
    if (kind === 'document') documentsChangedInPlace(this.store);
    for (const c of this.journal.deleting(kind, record)) {
      noteLost(
        this.report.lost,
        this.store,
        c.kind,
        c.record,
        `went with ${kind} "${labelOf(record)}", deleted or merged away in ${summaryName(this.incoming.label)}`,
      );
    }
    this.store.remove(kind, record.id, { tombstone: false });
  }

  private mergeRecord<K extends RecordKind>(kind: K, raw: RecordsByKind[K]): void {
    const outcome = this.report.kinds[kind];
    if (this.tombstones.has(raw.id) || this.redirects.isMergedAway(raw.id)) {
      outcome.deleted++;
      return;
    }
    let record = this.redirects.rewrite(kind, this.capped(raw));
    for (const ref of referenceFields(kind)) {
      const target = fieldValue(record, ref.field);
      if (typeof target !== 'string' || ref.onDelete === 'subject') continue;
      if (!this.isGone(target)) continue;
      if (ref.onDelete === 'set-null') {
        record = { ...record, [ref.field]: null };
        continue;
      }
      outcome.deleted++;
      noteLost(
        this.report.lost,
        this.store,
        kind,
        record,
        `its ${ref.field.replace(/Id$/, '')} was deleted or merged away here`,
      );
      return;
    }
    if (kind === 'alias' && this.aliasTwin(record as RecordsByKind['alias'])) {
      outcome.unchanged++;
      return;
    }
    const pending = this.pendingNew.get(record.id);
    const local = pending ?? this.localVersion(kind, record.id);
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
      const merged = this.keepText(kind, local, sameRecord(record, local) ? local : mergeVersions(local, record));
      if (
        !pending &&
        !sameRecord(merged, local) &&
        this.gate.isLocal(local) &&
        !this.gate.allow('rewrite', kind, local, describeRewrite(local, merged))
      ) {
        outcome.conflicting++;
        if (this.report.conflicts.length < 200)
          this.report.conflicts.push({
            kind,
            id: record.id,
            reason: "a change to this case's own record, held back (not accepted)",
          });
      } else if (merged === local && sameRecord(record, local)) {
        outcome.unchanged++;
      } else if (!pending && this.fieldConflict(kind, local, record, merged)) {
        outcome.conflicting++;
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
    this.removeQuietly('chartNode', other);
    return false;
  }

  /**
   * Both sides edited a field since the record last travelled: reported on whichever side this
   * is, with both values; the merge policy's winner stays unless the analyst chose the other.
   * True when handled (written or kept) as a conflict.
   */
  private fieldConflict(kind: RecordKind, local: AnyRecord, incoming: AnyRecord, merged: AnyRecord): boolean {
    const fields = editedFieldsInConflict(this.store, local, incoming);
    if (!fields.length) return false;
    const winner: ConflictChoice =
      sameRecord(merged, local) || compareVersions(local, incoming) > 0 ? 'here' : 'incoming';
    const kept = this.keep[local.id] ?? winner;
    if (kept !== winner)
      this.write(
        kind,
        withChosenValues(
          winner === 'here' ? local : merged,
          kept === 'here' ? local : incoming,
          fields,
          winner === 'here' ? incoming : local,
        ),
        'import',
      );
    else if (!sameRecord(merged, local)) this.write(kind, merged, 'import');
    if (this.report.conflicts.length < 200) {
      this.report.conflicts.push({
        kind,
        id: local.id,
        reason: describeConflict(fields, kept),
        fields,
        kept,
        label: labelOf(local),
      });
    }
    return true;
  }

  /**
   * The same name twice on one entity (two analysts added it, or a merge brought them together):
   * the smaller id stays, on both sides. True when `alias` is the one that goes.
   */
  private aliasTwin(alias: RecordsByKind['alias']): boolean {
    const key = `${alias.entityId}\u0000${alias.alias}`;
    const pendingTwin = this.pendingAliases.get(key);
    const twin =
      pendingTwin ??
      this.store.list('alias', { entityId: alias.entityId, alias: alias.alias }).find((a) => a.id !== alias.id);
    if (!twin || twin.id === alias.id) {
      this.pendingAliases.set(key, alias);
      return false;
    }
    if (alias.id > twin.id) return true;
    if (this.pendingNew.has(twin.id)) this.pendingNew.delete(twin.id);
    else if (this.store.get('alias', twin.id)) this.removeQuietly('alias', twin);
    this.pendingAliases.set(key, alias);
    return false;
  }

  private readonly pendingAliases = new Map<string, RecordsByKind['alias']>();

  private noteNew(kind: RecordKind, record: AnyRecord): void {
    // Into a case without entities there is nothing to be a duplicate of, and no new entity
    // needs keeping for its aliases' sake.
    if (this.duplicates.isEmpty) return;
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
      const target = fieldValue(record, ref.field);
      if (typeof target !== 'string' || !ref.target) continue;
      let ids = this.pendingRefs.get(ref.target);
      if (!ids) this.pendingRefs.set(ref.target, (ids = new Map()));
      if (!ids.has(target)) ids.set(target, `${kind} ${record.id}`);
    }
  }

  private checkReferences(): void {
    const missing: string[] = [];
    for (const [kind, ids] of this.pendingRefs) {
      const present = presentIds(this.store, kind, ids.keys());
      for (const [id, holder] of ids) {
        if (!present.has(id))
          missing.push(`${holder} refers to ${kind} ${id}, which is neither in ${this.incoming.label} nor in the case`);
        if (missing.length >= 5) break;
      }
    }
    if (missing.length) throw new DossierError('import-failed', `nothing was imported: ${missing.join('; ')}`);
  }

  /**
   * Whether the case held no record of the kind being merged when its turn came: then only what
   * this import wrote since (`written`) can already be there, and the rest need no lookup.
   */
  private emptyKind = false;
  private readonly written = new Set<string>();

  /** The case's version of an incoming record, if it has one. */
  private localVersion<K extends RecordKind>(kind: K, id: string): RecordsByKind[K] | null {
    if (this.emptyKind && !this.written.has(id)) return null;
    return this.store.get(kind, id);
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
    if (this.pendingKind && this.pendingNew.size) {
      const kind = this.pendingKind;
      if (this.emptyKind) this.journal.createdInBulk(kind, this.pendingNew.values());
      for (const r of this.pendingNew.values()) {
        if (!this.emptyKind) this.journal.created(kind, r);
        this.written.add(r.id);
      }
      this.store.putMany(kind, [...this.pendingNew.values()] as never, 'import');
      // Indexed now, while the next batch is still being read (documents-index-ahead.ts).
      if (kind === 'document') indexDocumentsAhead(this.store);
    }
    this.pendingNew.clear();
    this.pendingKind = null;
  }

  private write(kind: RecordKind, record: AnyRecord, action: string): void {
    if (kind === 'document') documentsChangedInPlace(this.store);
    this.written.add(record.id);
    const before = this.store.get(kind, record.id);
    if (before) this.journal.changed(kind, before, record);
    else this.journal.created(kind, record);
    this.store.put(kind, record as never, action);
  }

  /**
   * A modified time in the future would make a record win every merge for ever (9999-12-31
   * beats any real edit): capped at import time plus a small skew.
   */
  private capped<T extends AnyRecord>(record: T): T {
    if (record.modifiedAt <= this.cap) return record;
    this.report.timestampsCapped++;
    return { ...record, modifiedAt: this.cap };
  }

  /**
   * A document's text is derived from its original: while the original stays the same, no
   * import may change the text (a bundle could otherwise make a document say anything).
   */
  private keepText(kind: RecordKind, local: AnyRecord, merged: AnyRecord): AnyRecord {
    if (kind !== 'document') return merged;
    const l = local as RecordsByKind['document'];
    const m = merged as RecordsByKind['document'];
    if (m.sha256 !== l.sha256 || m.text === l.text) return merged;
    this.report.textsKept++;
    return { ...m, text: l.text };
  }
}
