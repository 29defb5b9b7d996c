import type { ReadableCase } from './case-store.js';
import { sqlOf } from './case-sql.js';
import type { AuditEntry } from './records.js';

/**
 * What an audit row is about, as the audit view groups it: an analyst operation by its name
 * (merge, rename …), `undo` / `redo`, `case` (title, marking), `import` (batch rows written by
 * ingest and bundle merges), or `record` — one record's change inside any of those, or one
 * field set on many records at once inside an operation (`move-many`, see bulk-moves.ts).
 */
const KIND = `CASE
  WHEN action LIKE 'analyst:%' THEN substr(action, 9)
  WHEN subject_kind = 'operation' THEN action
  WHEN subject_kind = 'case' THEN 'case'
  WHEN action LIKE '%move-many' THEN 'record'
  WHEN subject_id IS NULL THEN 'import'
  ELSE 'record' END`;

export interface AuditQuery {
  offset: number;
  limit: number;
  /** One kind (see KIND); absent = every kind except single-record rows. */
  kind?: string | undefined;
  /** Case-insensitive text in the action, subject or the before/after JSON (summaries, labels). */
  text?: string | undefined;
}

export type AuditRowOf = AuditEntry & { kind: string };

export function queryAudit(
  store: ReadableCase,
  q: AuditQuery,
): { total: number; rows: AuditRowOf[]; kinds: { kind: string; count: number }[] } {
  const db = sqlOf(store);
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.kind) {
    where.push(`${KIND} = @kind`);
    params.kind = q.kind;
  } else where.push(`${KIND} <> 'record'`);
  if (q.text?.trim()) {
    where.push(
      `(action LIKE @text ESCAPE '\\' OR subject_id LIKE @text ESCAPE '\\' OR coalesce(before, '') LIKE @text ESCAPE '\\' OR coalesce(after, '') LIKE @text ESCAPE '\\')`,
    );
    params.text = `%${q.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  const sql = `FROM audit_log WHERE ${where.join(' AND ')}`;
  const total = (db.prepare(`SELECT count(*) AS n ${sql}`).get(params) as { n: number }).n;
  const raw = db
    .prepare(`SELECT *, ${KIND} AS kind ${sql} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as Record<string, unknown>[];
  const kinds = db
    .prepare(`SELECT ${KIND} AS kind, count(*) AS count FROM audit_log GROUP BY 1 ORDER BY 2 DESC`)
    .all() as { kind: string; count: number }[];
  return { total, rows: raw.map(toEntry), kinds };
}

export function auditRow(store: ReadableCase, seq: number): AuditRowOf | null {
  const r = sqlOf(store).prepare(`SELECT *, ${KIND} AS kind FROM audit_log WHERE seq = ?`).get(seq) as
    Record<string, unknown> | undefined;
  return r ? toEntry(r) : null;
}

function toEntry(r: Record<string, unknown>): AuditRowOf {
  return { ...auditEntryOf(r), kind: String(r.kind) };
}

/** An `audit_log` row → its entry, the before/after JSON parsed. */
export function auditEntryOf(r: Record<string, unknown>): AuditEntry {
  return {
    seq: Number(r.seq),
    at: String(r.at),
    action: String(r.action),
    subjectKind: String(r.subject_kind),
    subjectId: typeof r.subject_id === 'string' ? r.subject_id : null,
    before: r.before == null ? null : (JSON.parse(String(r.before)) as unknown),
    after: r.after == null ? null : (JSON.parse(String(r.after)) as unknown),
  };
}

/**
 * The latest `limit` audit rows about one record, oldest first, as the inspector lists them:
 * when and what, without reading (or parsing) the rest of the log.
 */
export function subjectHistory(
  store: ReadableCase,
  subjectId: string,
  limit: number,
): { at: string; action: string }[] {
  const rows = sqlOf(store)
    .prepare('SELECT at, action FROM audit_log WHERE subject_id = ? ORDER BY seq DESC LIMIT ?')
    .all(subjectId, limit) as { at: string; action: string }[];
  return rows.reverse();
}
