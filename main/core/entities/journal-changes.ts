import type { RecordKind, Tombstone } from '../store/records.js';

/** One record's net change in an operation: null before = created, null after = deleted. */
export interface RecordChange {
  kind: RecordKind;
  id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A merge redirect the operation wrote (or replaced: `previousTo`). */
export interface RedirectChange {
  fromId: string;
  toId: string;
  previousTo: string | null;
}

/** A change to a case-level table that is not a record kind (see side-tables.ts). */
export interface SideChange {
  table: string;
  key: string;
  before: unknown;
  after: unknown;
}

/**
 * What the journal keeps of one operation. `restored` is written by an undo: the modified
 * time it gave each record it put back, so a redo can tell whether anything changed since.
 */
export interface JournalChanges {
  records: RecordChange[];
  redirects: RedirectChange[];
  side?: SideChange[];
  restored?: Record<string, string>;
  /** Imports (bundle/import-journal.ts): tombstones received, with what they replaced. */
  tombstones?: { id: string; previous: Tombstone | null }[];
  /** Imports: records the import created go without tombstones (nobody deleted them). */
  removeWithoutTombstone?: boolean;
}

export function parseChanges(json: string): JournalChanges {
  const parsed = JSON.parse(json) as Partial<JournalChanges>;
  return {
    records: parsed.records ?? [],
    redirects: parsed.redirects ?? [],
    side: parsed.side ?? [],
    restored: parsed.restored ?? {},
    tombstones: parsed.tombstones ?? [],
    removeWithoutTombstone: parsed.removeWithoutTombstone ?? false,
  };
}
