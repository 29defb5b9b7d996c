import type { AuditDetail, AuditRecordChange, AuditRow } from '../../../preload/contract/audit.js';
import { DossierError } from '../errors.js';
import type { ReadableCase } from '../store/case-store.js';
import { type AuditQuery, type AuditRowOf, auditRow, queryAudit } from '../store/audit-sql.js';
import { type UndoJournal, undoJournal } from '../store/journal-sql.js';
import { isRecordKind } from '../store/record-kinds.js';
import { parseChanges } from './journal-changes.js';

const MAX_CHANGES = 300;
const IGNORED = new Set(['modifiedAt', 'caseId', 'createdAt']);

/** A page of the audit view: operations worded as operations (a merge is a merge, not 40 updates). */
export function auditPage(
  store: ReadableCase,
  q: AuditQuery,
): { total: number; rows: AuditRow[]; kinds: { kind: string; count: number }[] } {
  const journal = undoJournal(store);
  const { total, rows, kinds } = queryAudit(store, q);
  return { total, rows: rows.map((r) => toRow(r, journal)), kinds };
}

/** One audit row with its before/after record by record (for operations, from the undo journal). */
export function auditDetail(store: ReadableCase, seq: number): AuditDetail {
  const journal = undoJournal(store);
  const raw = auditRow(store, seq);
  if (!raw) throw new DossierError('not-found', `no audit entry ${seq}`);
  const row = toRow(raw, journal);
  let changes: AuditRecordChange[];
  const op = raw.subjectKind === 'operation' && raw.subjectId ? journal.byId(raw.subjectId) : null;
  if (op) {
    const flip = raw.action === 'undo';
    const { records: own, sets = [] } = parseChanges(op.changes);
    // A bulk move reads record by record in the detail, like any other change.
    const moved = sets.flatMap((set) =>
      set.before.map((b) => ({ kind: set.kind, id: String(b.id), before: b, after: { ...b, [set.field]: set.value } })),
    );
    const records = [...own, ...moved];
    const names = namesOf(records.flatMap((c) => [c.before, c.after]));
    changes = records.map((c) =>
      describe(store, c.kind, c.id, flip ? c.after : c.before, flip ? c.before : c.after, names),
    );
  } else if (raw.kind === 'record' || raw.kind === 'case') {
    changes = [
      describe(store, raw.subjectKind, raw.subjectId ?? '', asObject(raw.before), asObject(raw.after), new Map()),
    ];
  } else changes = [];
  return { row, changes: changes.slice(0, MAX_CHANGES), more: Math.max(0, changes.length - MAX_CHANGES) };
}

function toRow(r: AuditRowOf, journal: UndoJournal): AuditRow {
  const after = asObject(r.after) ?? {};
  const before = asObject(r.before) ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const base = {
    seq: r.seq,
    at: r.at,
    kind: r.kind,
    by: str(after.by) ?? str(before.by),
    undone: false,
    records: null as number | null,
  };
  if (r.action.startsWith('analyst:')) {
    return {
      ...base,
      title: str(after.summary) ?? r.kind,
      undone: !!r.subjectId && journal.isUndone(r.subjectId),
      records: typeof after.records === 'number' ? after.records : null,
    };
  }
  if (r.subjectKind === 'operation')
    return { ...base, title: `${r.action} of: ${str(before.summary) ?? str(after.summary) ?? ''}` };
  if (r.kind === 'case')
    return {
      ...base,
      title: r.action === 'create' ? `created the case "${str(after.title) ?? ''}"` : caseChange(before, after),
    };
  if (r.kind === 'import') {
    const n = typeof after.count === 'number' ? after.count : null;
    return {
      ...base,
      title: `${r.action}: ${n ?? ''} ${r.subjectKind}${n === 1 ? '' : 's'}`.replace(/ {2}/, ' '),
      records: n,
    };
  }
  if (typeof after.count === 'number' && r.action.endsWith('move-many'))
    return {
      ...base,
      title: `${r.action} ${r.subjectKind}: ${after.count} × ${String(after.field)}`,
      records: after.count,
    };
  const rec = Object.keys(after).length ? after : before;
  return { ...base, title: `${r.action} ${r.subjectKind} ${labelOf(r.subjectKind, rec)}`.trim(), records: 1 };
}

function caseChange(before: Record<string, unknown>, after: Record<string, unknown>): string {
  const changed = ['title', 'tlp', 'description'].filter((f) => before[f] !== after[f]);
  return changed.length ? `changed the case's ${changed.join(', ')}` : 'changed the case';
}

function describe(
  store: ReadableCase,
  kind: string,
  id: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  names: Map<string, string>,
): AuditRecordChange {
  // A reference reads as the name of what it points to, not its id.
  const show = (field: string, v: unknown) =>
    field.endsWith('Id') && typeof v === 'string' ? (names.get(v) ?? store.get('entity', v)?.label ?? v) : clip(v);
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((f) => !IGNORED.has(f) && JSON.stringify(before?.[f]) !== JSON.stringify(after?.[f]))
    .map((f) => ({ field: f, before: before ? show(f, before[f]) : null, after: after ? show(f, after[f]) : null }));
  const rec =
    after ?? before ?? (isRecordKind(kind) ? (store.get(kind, id) as Record<string, unknown> | null) : null) ?? {};
  return {
    kind,
    id,
    label: labelOf(kind, rec),
    change: before === null ? 'created' : after === null ? 'deleted' : 'changed',
    fields: fields.filter((f) => f.field !== 'id'),
  };
}

/** Labels of the entities an operation's records carry, so a merged-away entity still has its name. */
function namesOf(records: (Record<string, unknown> | null)[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of records) if (r && typeof r.label === 'string' && typeof r.id === 'string') out.set(r.id, r.label);
  return out;
}

function labelOf(kind: string, r: Record<string, unknown>): string {
  const pick = r.label ?? r.alias ?? r.surface ?? r.title ?? r.name ?? r.quote ?? r.type ?? r.role;
  return typeof pick === 'string' ? `"${pick.slice(0, 80)}"` : kind === 'chartNode' ? 'placement' : '';
}

function clip(v: unknown): unknown {
  return typeof v === 'string' && v.length > 300 ? `${v.slice(0, 300)}…` : v;
}

function asObject(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}
