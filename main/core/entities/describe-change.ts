import type { ReadableCase } from '../store/case-store.js';
import type { OperationRow } from '../store/journal-sql.js';
import type { RecordKind } from '../store/records.js';
import type { RecordChange } from './journal-changes.js';
import { withoutViewState } from './view-state.js';

/** A record named the way an analyst would: `the entity "Kurbonov"`, `a chart placement`. */
export function describeRecord(store: ReadableCase, c: RecordChange): string {
  const r = (store.get(c.kind, c.id) ?? c.after ?? c.before ?? {}) as Record<string, unknown>;
  const q = (v: unknown) => `"${String(v ?? '').slice(0, 60)}"`;
  switch (c.kind) {
    case 'entity':
      return `the entity ${q(r.label)}`;
    case 'alias':
      return `the alias ${q(r.alias)}`;
    case 'mention':
      return `the mention ${q(r.surface)}`;
    case 'link':
      return `a "${String(r.type ?? 'link')}" link`;
    case 'event':
      return `the event ${q(r.title)}`;
    case 'document':
      return `the document ${q(r.title)}`;
    case 'citation':
      return `the citation ${q(r.quote)}`;
    case 'participant':
      return 'an event participant';
    case 'chart':
      return `the chart ${q(r.name)}`;
    case 'chartNode':
      return 'a chart placement';
  }
}

/** The refusal for an undo or redo blocked by a later change, naming what changed and how. */
export function clobberMessage(
  verb: 'undo' | 'redo',
  op: OperationRow,
  what: string,
  later: OperationRow | null,
): string {
  const by = later ? `by "${later.summary}"` : 'outside the undo history (an import or another window)';
  return `Cannot ${verb} "${op.summary}": ${what} was changed since ${by}. ${verb === 'undo' ? 'Undo that first, or edit it by hand.' : 'Nothing was changed.'}`;
}

/** Now, but strictly after `previous`: bundles order versions of a record by modified time. */
export function laterStamp(previous: string): string {
  const now = new Date().toISOString();
  return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
}

/**
 * True when a record is in the state a journal entry expects. Same modified time is the quick
 * answer; otherwise the fields are compared without it, since an undo or redo of a later
 * operation puts a record back with its old fields but a new modified time. View-state fields
 * of `kind` (view-state.ts) are not compared.
 */
export function inState(
  current: Record<string, unknown> | null,
  expected: Record<string, unknown> | null,
  kind?: RecordKind,
): boolean {
  if (expected === null || current === null) return current === expected;
  if (current.modifiedAt === expected.modifiedAt) return true;
  const comparable = (r: Record<string, unknown>) => ({ ...(kind ? withoutViewState(kind, r) : r), modifiedAt: null });
  return canonical(comparable(current)) === canonical(comparable(expected));
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
