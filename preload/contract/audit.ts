import { z } from 'zod';
import { page } from './common.js';
import { method, returns } from './define.js';

/** One line of the audit view: who did what, when. */
export interface AuditRow {
  seq: number;
  at: string;
  /** The account that did it, where the row records one. */
  by: string | null;
  /** merge, rename, entity-status, chart-edit, undo, redo, import, case, record … */
  kind: string;
  /** What happened, in words: `merge "Qurbonov" into "Kurbonov"`. */
  title: string;
  /** For analyst operations: whether it has been undone since. */
  undone: boolean;
  /** How many records it changed, when known. */
  records: number | null;
}

/** One record's change, field by field. */
export interface AuditRecordChange {
  kind: string;
  id: string;
  label: string;
  change: 'created' | 'deleted' | 'changed';
  fields: { field: string; before: unknown; after: unknown }[];
}

export interface AuditDetail {
  row: AuditRow;
  changes: AuditRecordChange[];
  /** Changes left out of `changes` to keep the reply small. */
  more: number;
}

export const auditMethods = {
  /** The case's audit log, newest first; by default without the single-record rows each operation also writes. */
  'audit:list': method(
    z.object({ ...page, kind: z.string().max(64).optional(), text: z.string().max(200).optional() }).strict(),
    returns<{ total: number; rows: AuditRow[]; kinds: { kind: string; count: number }[] }>(),
  ),
  /** One row with its before/after, record by record. */
  'audit:get': method(z.object({ seq: z.number().int().min(1) }).strict(), returns<AuditDetail>()),
};
