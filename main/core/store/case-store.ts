import { type ChartReads, chartReadsOf } from './chart-reads.js';
import { type TimelineReads, timelineReadsOf } from './timeline-reads.js';
import { type DuplicateReads, duplicateReadsOf } from './duplicate-reads.js';
import type Database from 'better-sqlite3';
import { DossierError } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import { BatchAudit } from './batch-audit.js';
import type { CaseLock } from './case-lock.js';
import { createCaseDatabase, openCaseDatabase, type OpenCaseOptions } from './open-case.js';
import {
  KIND_TABLES,
  RECORD_KINDS,
  columnOf,
  completeRecord,
  fieldsOf,
  recordToRow,
  recordToValues,
  rowToRecord,
} from './record-kinds.js';
import { caseMetaSchema, redirectSchema, tombstoneSchema } from './record-schemas.js';
import { parseRow } from './parse-row.js';
import { auditEntryOf } from './audit-sql.js';
import type {
  AuditEntry,
  CaseMeta,
  MergeRedirect,
  NewRecord,
  RecordKind,
  RecordPatch,
  RecordsByKind,
  Tlp,
  Tombstone,
} from './records.js';
import { type DocumentHit, type EventHit, type NameHit, searchDocuments, searchEvents, searchNames } from './search.js';
import {
  type DocumentPageQuery,
  type DocumentPageRow,
  type EntityPageQuery,
  type EntityPageRow,
  type Page,
  documentPage,
  entityPage,
} from './list-pages.js';
import { tallyProblems } from './tallies.js';
import {
  type ReaderMentionRow,
  type ReaderSummaryRow,
  adjacentMention,
  readerMentions,
  readerSummary,
} from './reader-mentions.js';
import { type DocumentSearchPage, searchDocumentPage } from './search-page.js';
import { type KindStatements, prepareKindStatements, updateStatement } from './statements.js';
import { ROWS_PER_STATEMENT, insertRows, upsertRows } from './bulk-write.js';
import { type EventPageQuery, type EventPageRow, eventPage, eventTypesInUse } from './event-page.js';

export interface ListOptions {
  limit?: number;
  offset?: number;
  /** A field name of the kind; ascending. Defaults to id (creation order, ids are UUIDv7). */
  orderBy?: string;
}

/** Everything that reads a case. UI views, exports and analysis take this, not the writable store. */
export interface ReadableCase {
  readonly path: string;
  readonly readOnly: boolean;
  meta(): CaseMeta;
  get<K extends RecordKind>(kind: K, id: string): RecordsByKind[K] | null;
  require<K extends RecordKind>(kind: K, id: string): RecordsByKind[K];
  list<K extends RecordKind>(kind: K, where?: Partial<RecordsByKind[K]>, options?: ListOptions): RecordsByKind[K][];
  iterate<K extends RecordKind>(kind: K): IterableIterator<RecordsByKind[K]>;
  count(kind: RecordKind): number;
  counts(): Record<RecordKind, number>;
  original(sha256: string): Buffer | null;
  tombstones(): Tombstone[];
  redirects(): MergeRedirect[];
  auditLog(options?: { limit?: number; afterSeq?: number }): AuditEntry[];
  /** The sequence number of the newest audit row (0 for none): any write since makes it larger. */
  lastAuditSeq(): number;
  searchDocuments(query: string, limit?: number): DocumentHit[];
  searchNames(query: string, limit?: number): NameHit[];
  /** Events by title, type and counts ("killed 5"), best first. */
  searchEvents(query: string, limit?: number): EventHit[];
  /** Ranked document hits a page at a time, snippets for that page only, the total (estimated past a cap). */
  searchDocumentPage(query: string, offset: number, limit: number): DocumentSearchPage;
  /** One page of the entity table with each entity's live mention, document and link counts. */
  entityPage(query: EntityPageQuery): Page<EntityPageRow>;
  /** A document's mentions in text order with their entities' type and label; with a range, those overlapping it. */
  readerMentions(documentId: string, range?: { start: number; end: number }): ReaderMentionRow[];
  /** A document's mention counts and most mentioned entities, without the mentions themselves. */
  readerSummary(documentId: string): ReaderSummaryRow;
  /** The mention after (or before) a character of a document, for stepping through unloaded parts. */
  adjacentMention(
    documentId: string,
    from: number,
    direction: 'next' | 'previous',
    withRejected: boolean,
  ): ReaderMentionRow | null;
  /** One page of the documents list (without the text) with each document's live mention count. */
  documentPage(query: DocumentPageQuery): Page<DocumentPageRow>;
  /** The events table's first rows with their participant and citation counts. */
  eventPage(query: EventPageQuery): Page<EventPageRow>;
  /** The link chart's reads and its seeding's ranking, aggregated in SQL (chart-reads.ts). */
  chartReads(): ChartReads;
  /** The timeline's reads: the columns it uses, never a document's text (timeline-reads.ts). */
  timelineReads(): TimelineReads;
  /** The duplicates queue's reads: names and the page's counts (duplicate-reads.ts). */
  duplicateReads(): DuplicateReads;
  /** The event types the case uses. */
  eventTypesInUse(): string[];
  schemaVersion(): number;
  integrityCheck(): string[];
}

/** Every write to a case goes through here, inside a transaction, with its audit row. */
export interface WritableCase extends ReadableCase {
  transaction<T>(fn: () => T): T;
  /**
   * Runs `fn` in one transaction whose writes are audited as ONE row listing exactly what they
   * did (see batch-audit.ts): ingest's batches. A nested transaction that fails inside still
   * rolls back alone, and its writes leave the row. `subjectKind` is what the row counts.
   */
  batch<T>(action: string, subjectKind: RecordKind, fn: () => T): T;
  insert<K extends RecordKind>(kind: K, fields: NewRecord<K>): RecordsByKind[K];
  /** Bulk insert for ingest: one transaction, one audit row for the batch. */
  insertMany<K extends RecordKind>(kind: K, rows: readonly NewRecord<K>[], action?: string): RecordsByKind[K][];
  update<K extends RecordKind>(kind: K, id: string, patch: RecordPatch<K>): RecordsByKind[K];
  /**
   * Deletes a record and leaves a tombstone so the deletion travels in bundles. Bundle merges
   * pass `tombstone: false` for deletions that follow from others (like a foreign-key cascade).
   */
  remove(kind: RecordKind, id: string, options?: { tombstone?: boolean }): void;
  /** Writes a record exactly as given (ids and timestamps kept): bundle imports and merges. */
  put<K extends RecordKind>(kind: K, record: RecordsByKind[K], action?: string): void;
  /** Bulk `put` for bundle imports of new records: one transaction, one audit row listing the ids. */
  putMany<K extends RecordKind>(kind: K, records: readonly RecordsByKind[K][], action?: string): void;
  putOriginal(sha256: string, bytes: Uint8Array): void;
  putTombstone(tombstone: Tombstone): void;
  putRedirect(redirect: MergeRedirect): void;
  setMeta(patch: Partial<Pick<CaseMeta, 'title' | 'description' | 'tlp'>>): CaseMeta;
  appendAudit(action: string, subjectKind: string, subjectId: string | null, before: unknown, after: unknown): void;
  close(): void;
}

/** The one implementation of both interfaces over a better-sqlite3 connection. */
export class CaseStore implements WritableCase {
  private readonly statements = new Map<RecordKind, KindStatements>();
  private readonly updates = new Map<string, Database.Statement>();
  private readonly lists = new Map<string, Database.Statement>();
  private readonly auditInsert: Database.Statement;
  /** While a batch runs, audit entries gather here and become one row at its end. */
  private batchLog: BatchAudit | null = null;
  private cachedMeta: CaseMeta | null = null;
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    readonly readOnly: boolean,
    private readonly lock: CaseLock | null,
  ) {
    this.auditInsert = readOnly
      ? db.prepare('SELECT 1')
      : db.prepare(
          'INSERT INTO audit_log (at, action, subject_kind, subject_id, before, after) VALUES (?, ?, ?, ?, ?, ?)',
        );
  }

  /** Creates a new case file with its metadata row. */
  static create(path: string, init: { title: string; description?: string; tlp?: Tlp; id?: string }): CaseStore {
    const { db, lock } = createCaseDatabase(path);
    const store = new CaseStore(path, db, false, lock);
    const now = nowIso();
    const id = init.id ?? newId();
    const meta: CaseMeta = {
      id,
      caseId: id,
      createdAt: now,
      modifiedAt: now,
      title: init.title,
      description: init.description ?? '',
      tlp: init.tlp ?? 'TLP:AMBER',
    };
    store.transaction(() => {
      db.prepare(
        `INSERT INTO case_meta (id, case_id, created_at, modified_at, title, description, tlp)
         VALUES (@id, @caseId, @createdAt, @modifiedAt, @title, @description, @tlp)`,
      ).run(meta);
      store.appendAudit('create', 'case', id, null, meta);
    });
    return store;
  }

  /** Opens an existing case; writable (and locked) unless `readOnly`. */
  static open(path: string, options: OpenCaseOptions = {}): CaseStore {
    const { db, readOnly, lock, readOnlyReason, release } = openCaseDatabase(path, options);
    const store = new CaseStore(path, db, readOnly, lock);
    store.readOnlyReason = readOnlyReason;
    store.releaseCopy = release;
    return store;
  }

  /** Set when a case asked for writing had to open read-only (read-only media). */
  readOnlyReason: string | undefined;
  /** Removes the temporary copy read in place of a case on read-only media, if one was made. */
  private releaseCopy: (() => void) | undefined;

  // ---- reads ----

  meta(): CaseMeta {
    if (!this.cachedMeta) {
      const row: unknown = this.db.prepare('SELECT * FROM case_meta LIMIT 1').get();
      if (!row) throw new DossierError('case-corrupt', `${this.path} has no case metadata`);
      this.cachedMeta = parseRow(caseMetaSchema, row, `${this.path} case metadata`);
    }
    return { ...this.cachedMeta };
  }

  get<K extends RecordKind>(kind: K, id: string): RecordsByKind[K] | null {
    const row = this.stmts(kind).get.get(id) as Record<string, unknown> | undefined;
    return row ? rowToRecord(kind, row) : null;
  }

  require<K extends RecordKind>(kind: K, id: string): RecordsByKind[K] {
    const found = this.get(kind, id);
    if (!found) throw new DossierError('not-found', `no ${kind} with id ${id}`);
    return found;
  }

  list<K extends RecordKind>(
    kind: K,
    where: Partial<RecordsByKind[K]> = {},
    options: ListOptions = {},
  ): RecordsByKind[K][] {
    const known = new Set(fieldsOf(kind));
    const filters = Object.entries(where).filter(([, v]) => v !== undefined);
    for (const [f] of filters)
      if (!known.has(f)) throw new DossierError('invalid-argument', `${kind} has no field ${f}`);
    const orderBy = options.orderBy ?? 'id';
    if (!known.has(orderBy)) throw new DossierError('invalid-argument', `${kind} has no field ${orderBy}`);
    const whereSql = filters.length
      ? `WHERE ${filters.map(([f]) => `${columnOf(f)} IS @${columnOf(f)}`).join(' AND ')}`
      : '';
    const params = recordToRow(kind, Object.fromEntries(filters));
    for (const [f, v] of filters) if (!(columnOf(f) in params)) params[columnOf(f)] = v;
    const limit =
      options.limit !== undefined
        ? `LIMIT ${Math.max(0, Math.floor(options.limit))} OFFSET ${Math.max(0, Math.floor(options.offset ?? 0))}`
        : '';
    const rows = this.listStatement(
      `SELECT * FROM ${KIND_TABLES[kind].table} ${whereSql} ORDER BY ${columnOf(orderBy)}, id ${limit}`,
    ).all(params) as Record<string, unknown>[];
    return rows.map((r) => rowToRecord(kind, r));
  }

  *iterate<K extends RecordKind>(kind: K): IterableIterator<RecordsByKind[K]> {
    for (const row of this.stmts(kind).all.iterate() as IterableIterator<Record<string, unknown>>) {
      yield rowToRecord(kind, row);
    }
  }

  count(kind: RecordKind): number {
    return (this.stmts(kind).count.get() as { n: number }).n;
  }

  counts(): Record<RecordKind, number> {
    return Object.fromEntries(RECORD_KINDS.map((k) => [k, this.count(k)])) as Record<RecordKind, number>;
  }

  original(sha256: string): Buffer | null {
    const row = this.db.prepare('SELECT bytes FROM originals WHERE sha256 = ?').get(sha256) as
      { bytes: Buffer } | undefined;
    return row?.bytes ?? null;
  }

  tombstones(): Tombstone[] {
    const rows: unknown[] = this.db.prepare('SELECT * FROM tombstones ORDER BY id').all();
    return rows.map((r) => parseRow(tombstoneSchema, r, `${this.path} tombstone`));
  }

  redirects(): MergeRedirect[] {
    const rows: unknown[] = this.db.prepare('SELECT * FROM merge_redirects ORDER BY from_id').all();
    return rows.map((r) => parseRow(redirectSchema, r, `${this.path} merge redirect`));
  }

  auditLog(options: { limit?: number; afterSeq?: number } = {}): AuditEntry[] {
    const rows = this.db
      .prepare('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?')
      .all(options.afterSeq ?? 0, options.limit ?? -1) as Record<string, unknown>[];
    return rows.map(auditEntryOf);
  }

  lastAuditSeq(): number {
    const row = this.db.prepare('SELECT max(seq) AS seq FROM audit_log').get() as { seq: number | null };
    return row.seq ?? 0;
  }

  searchDocuments(query: string, limit = 20): DocumentHit[] {
    return searchDocuments(this.db, query, limit);
  }

  searchNames(query: string, limit = 20): NameHit[] {
    return searchNames(this.db, query, limit);
  }

  searchEvents(query: string, limit = 20): EventHit[] {
    return searchEvents(this.db, query, limit);
  }

  searchDocumentPage(query: string, offset: number, limit: number): DocumentSearchPage {
    return searchDocumentPage(this.db, query, offset, limit);
  }

  entityPage(query: EntityPageQuery): Page<EntityPageRow> {
    return entityPage(this.db, query);
  }

  readerMentions(documentId: string, range?: { start: number; end: number }): ReaderMentionRow[] {
    return readerMentions(this.db, documentId, range);
  }

  readerSummary(documentId: string): ReaderSummaryRow {
    return readerSummary(this.db, documentId);
  }

  adjacentMention(
    documentId: string,
    from: number,
    direction: 'next' | 'previous',
    withRejected: boolean,
  ): ReaderMentionRow | null {
    return adjacentMention(this.db, documentId, from, direction, withRejected);
  }

  documentPage(query: DocumentPageQuery): Page<DocumentPageRow> {
    return documentPage(this.db, query);
  }

  eventPage(query: EventPageQuery): Page<EventPageRow> {
    return eventPage(this.db, query);
  }

  chartReads(): ChartReads {
    return chartReadsOf(this.db);
  }

  timelineReads(): TimelineReads {
    return timelineReadsOf(this.db);
  }

  duplicateReads(): DuplicateReads {
    return duplicateReadsOf(this.db);
  }

  eventTypesInUse(): string[] {
    return eventTypesInUse(this.db);
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  integrityCheck(): string[] {
    // Each part on its own: a damaged file can make a check throw ("database disk image is
    // malformed"), which is itself the finding to report, not a reason to stop checking.
    const out: string[] = [];
    const part = (fn: () => void): void => {
      try {
        fn();
      } catch (e) {
        out.push((e as Error).message);
      }
    };
    part(() => {
      const rows = this.db.pragma('integrity_check') as { integrity_check: string }[];
      out.push(...rows.map((r) => r.integrity_check).filter((p) => p !== 'ok'));
    });
    part(() => {
      const fk = this.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
      for (const f of fk) out.push(`${f.table} row ${f.rowid} refers to a missing ${f.parent} record`);
    });
    part(() => out.push(...tallyProblems(this.db)));
    return out;
  }

  // ---- writes ----

  transaction<T>(fn: () => T): T {
    this.assertWritable();
    const log = this.batchLog;
    if (!log) return this.db.transaction(fn)();
    // SQLite may roll a whole transaction back on its own (a full disk): the batch is gone, and
    // a write now would quietly commit on its own. Refuse, so the batch fails as one.
    if (!this.db.inTransaction)
      throw new DossierError('import-failed', 'the batch was rolled back by the database; nothing of it was kept');
    const mark = log.mark();
    try {
      return this.db.transaction(fn)();
    } catch (e) {
      log.rollbackTo(mark);
      throw e;
    }
  }

  batch<T>(action: string, subjectKind: RecordKind, fn: () => T): T {
    // Inside another batch already: that batch's row covers these writes too.
    if (this.batchLog) return this.transaction(fn);
    const log = new BatchAudit(action);
    try {
      return this.transaction(() => {
        this.batchLog = log;
        const out = fn();
        this.batchLog = null;
        if (!log.isEmpty) this.appendAudit(action, subjectKind, null, null, log.summary(subjectKind));
        return out;
      });
    } finally {
      this.batchLog = null;
    }
  }

  /**
   * A write of ONE statement plus its audit entry. Alone it is its own transaction; inside a
   * batch the entry cannot fail (it goes to memory) and one statement is atomic by itself, so
   * the savepoint a nested transaction costs is skipped — most of an ingest's writes are these.
   */
  private singleWrite<T>(fn: () => T): T {
    if (this.batchLog && this.db.inTransaction) {
      this.assertWritable();
      return fn();
    }
    return this.transaction(fn);
  }

  insert<K extends RecordKind>(kind: K, fields: NewRecord<K>): RecordsByKind[K] {
    return this.singleWrite(() => {
      const record = this.stamp(kind, fields);
      this.stmts(kind).insert.run(recordToValues(kind, record));
      this.appendAudit('create', kind, record.id, null, record);
      return record;
    });
  }

  insertMany<K extends RecordKind>(kind: K, rows: readonly NewRecord<K>[], action = 'create-many'): RecordsByKind[K][] {
    const write = (): RecordsByKind[K][] => {
      const now = nowIso();
      const out = rows.map((fields) => this.stamp(kind, fields, now));
      insertRows(
        this.db,
        kind,
        out.map((r) => recordToValues(kind, r)),
      );
      if (this.batchLog)
        this.batchLog.created(
          kind,
          out.map((r) => r.id),
        );
      else if (out.length) {
        this.appendAudit(action, kind, null, null, {
          count: out.length,
          first: out[0]!.id,
          last: out[out.length - 1]!.id,
        });
      }
      return out;
    };
    // Rows that fit in one multi-row statement are written atomically by it: inside a batch
    // they need no savepoint of their own (an ingest writes a few per document).
    return rows.length <= ROWS_PER_STATEMENT ? this.singleWrite(write) : this.transaction(write);
  }

  update<K extends RecordKind>(kind: K, id: string, patch: RecordPatch<K>): RecordsByKind[K] {
    return this.singleWrite(() => {
      const before = this.require(kind, id);
      const allowed = Object.keys(KIND_TABLES[kind].fields);
      const changes = Object.fromEntries(
        Object.entries(patch).filter(([f, v]) => allowed.includes(f) && v !== undefined),
      );
      const after = { ...before, ...changes, modifiedAt: laterThan(before.modifiedAt) } as RecordsByKind[K];
      const row = recordToRow(kind, { ...changes, modifiedAt: after.modifiedAt });
      updateStatement(this.db, this.updates, kind, Object.keys(row)).run({ ...row, id });
      this.appendAudit('update', kind, id, before, after);
      return after;
    });
  }

  remove(kind: RecordKind, id: string, options: { tombstone?: boolean } = {}): void {
    this.transaction(() => {
      const before = this.require(kind, id);
      this.stmts(kind).remove.run(id);
      if (options.tombstone !== false) this.putTombstone({ id, kind, caseId: this.caseId(), deletedAt: nowIso() });
      this.appendAudit('delete', kind, id, before, null);
    });
  }

  put<K extends RecordKind>(kind: K, record: RecordsByKind[K], action = 'put'): void {
    this.singleWrite(() => {
      const before = this.get(kind, record.id);
      this.stmts(kind).replace.run(recordToValues(kind, record));
      this.appendAudit(action, kind, record.id, before, record);
    });
  }

  putMany<K extends RecordKind>(kind: K, records: readonly RecordsByKind[K][], action = 'put-many'): void {
    if (!records.length) return;
    this.transaction(() => {
      upsertRows(
        this.db,
        kind,
        records.map((r) => recordToValues(kind, r)),
      );
      this.appendAudit(action, kind, null, null, { count: records.length, ids: records.map((r) => r.id) });
    });
  }

  putOriginal(sha256: string, bytes: Uint8Array): void {
    this.assertWritable();
    // Prepared once: an import writes thousands of originals, and preparing cost 15–40 µs each.
    this.originalInsert ??= this.db.prepare('INSERT OR IGNORE INTO originals (sha256, size, bytes) VALUES (?, ?, ?)');
    this.originalInsert.run(sha256, bytes.length, bytes);
  }

  private originalInsert: Database.Statement | null = null;

  putTombstone(t: Tombstone): void {
    this.assertWritable();
    this.db
      // The earliest deletion is kept, so merging tombstones gives the same result in any order.
      .prepare(
        `INSERT INTO tombstones (id, kind, case_id, deleted_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET case_id = excluded.case_id, deleted_at = excluded.deleted_at
         WHERE excluded.deleted_at < tombstones.deleted_at`,
      )
      .run(t.id, t.kind, t.caseId, t.deletedAt);
  }

  putRedirect(r: MergeRedirect): void {
    this.assertWritable();
    this.db
      .prepare('INSERT OR REPLACE INTO merge_redirects (from_id, to_id, case_id, merged_at) VALUES (?, ?, ?, ?)')
      .run(r.fromId, r.toId, r.caseId, r.mergedAt);
  }

  setMeta(patch: Partial<Pick<CaseMeta, 'title' | 'description' | 'tlp'>>): CaseMeta {
    return this.transaction(() => {
      const before = this.meta();
      const after: CaseMeta = { ...before, ...patch, modifiedAt: laterThan(before.modifiedAt) };
      this.db
        .prepare(
          'UPDATE case_meta SET title = @title, description = @description, tlp = @tlp, modified_at = @modifiedAt WHERE id = @id',
        )
        .run(after);
      this.cachedMeta = after;
      this.appendAudit('update', 'case', after.id, before, after);
      return { ...after };
    });
  }

  appendAudit(action: string, subjectKind: string, subjectId: string | null, before: unknown, after: unknown): void {
    this.assertWritable();
    if (this.batchLog) {
      this.batchLog.add(action, subjectKind, subjectId, before, after);
      return;
    }
    this.auditInsert.run(
      nowIso(),
      action,
      subjectKind,
      subjectId,
      before == null ? null : JSON.stringify(before),
      after == null ? null : JSON.stringify(after),
    );
  }

  /** Closes the database, folds the WAL back into the one case file, and releases the lock. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.readOnly) {
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // No room to fold the WAL back (a full disk): what was committed is safe in the WAL,
        // and the next open folds it in. Closing must not fail over it.
      }
    }
    this.db.close();
    this.lock?.release();
    this.releaseCopy?.();
  }

  /** The raw connection, for the store's own modules and benchmarks only. */
  connection(): Database.Database {
    return this.db;
  }

  /**
   * `list`'s statement for one shape of query, prepared once: ingest asks the same few shapes
   * (a link by its ends, events by date and place) thousands of times, and preparing cost more
   * than running them. The shapes are few; the cap only guards against a caller varying limits.
   */
  private listStatement(sql: string): Database.Statement {
    let stmt = this.lists.get(sql);
    if (!stmt) {
      if (this.lists.size >= 256) this.lists.clear();
      stmt = this.db.prepare(sql);
      this.lists.set(sql, stmt);
    }
    return stmt;
  }

  private stmts(kind: RecordKind): KindStatements {
    let s = this.statements.get(kind);
    if (!s) {
      s = prepareKindStatements(this.db, kind);
      this.statements.set(kind, s);
    }
    return s;
  }

  private stamp<K extends RecordKind>(kind: K, fields: NewRecord<K>, now = nowIso()): RecordsByKind[K] {
    const record = completeRecord(kind, fields, {
      id: typeof fields.id === 'string' ? fields.id : newId(),
      caseId: this.caseId(),
      createdAt: now,
      modifiedAt: now,
    });
    if ('ingestedAt' in record && record.ingestedAt == null) record.ingestedAt = now;
    return record;
  }

  private caseId(): string {
    return (this.cachedMeta ?? this.meta()).id;
  }

  private assertWritable(): void {
    if (this.readOnly) {
      throw new DossierError(
        'case-read-only',
        `${this.path} is open read-only${this.readOnlyReason ? ` because ${this.readOnlyReason}` : ''}: nothing was changed`,
      );
    }
    if (this.closed) throw new DossierError('case-closed', `${this.path} is closed`);
  }
}

/**
 * Now, but strictly after `previous`: merges order versions by modified time, so two edits in
 * the same millisecond must still be told apart.
 */
function laterThan(previous: string): string {
  const now = nowIso();
  if (now > previous) return now;
  return new Date(Date.parse(previous) + 1).toISOString();
}
