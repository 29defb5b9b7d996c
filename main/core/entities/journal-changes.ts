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
 * One field set on many records of a kind in one statement (a merge moving 1,000 mentions to
 * the survivor): the records as they were, the value given and the one modified time they all
 * got. Kept as one entry so journalling, undo and redo cost a few statements, not one per
 * record. The value a record goes back to is its own `before[field]`.
 *
 * Order: redo applies every set before the operation's record changes, undo reverts them after
 * its record changes — so the values a set points from and to must exist for the whole
 * operation (a merge moves mentions from the merged entity to the survivor, then deletes the
 * merged entity; undo puts the entity back first).
 */
export interface SetChange {
  kind: RecordKind;
  field: string;
  value: string | null;
  /** The modified time the operation (or the latest redo) gave every record in the set. */
  stamp: string;
  before: Record<string, unknown>[];
  /** Written by an undo: the modified time it gave the records it moved back. */
  restored?: string;
}

/**
 * What the journal keeps of one operation. `restored` is written by an undo: the modified
 * time it gave each record it put back, so a redo can tell whether anything changed since.
 */
export interface JournalChanges {
  records: RecordChange[];
  redirects: RedirectChange[];
  sets?: SetChange[];
  side?: SideChange[];
  restored?: Record<string, string>;
  /** Imports (bundle/import-journal.ts): tombstones received, with what they replaced. */
  tombstones?: { id: string; previous: Tombstone | null }[];
  /** Imports: records the import created go without tombstones (nobody deleted them). */
  removeWithoutTombstone?: boolean;
}

/**
 * Imports (bundle/created-in-bulk.ts): records created into a kind that held none, as columns.
 * Each stands for `{ kind, id, before: null, after: { modifiedAt } }`; parseChanges puts them
 * after the other records, so undo (which walks the list backwards) removes them first.
 */
export interface CreatedInBulk {
  kind: RecordKind;
  ids: string[];
  modifiedAt: string[];
}

function expandCreated(created: readonly CreatedInBulk[]): RecordChange[] {
  return created.flatMap((c) =>
    c.ids.map((id, i) => ({ kind: c.kind, id, before: null, after: { modifiedAt: c.modifiedAt[i] } })),
  );
}

export function parseChanges(json: string): JournalChanges {
  const parsed = JSON.parse(json) as Partial<JournalChanges> & { created?: CreatedInBulk[] };
  return {
    records: [...(parsed.records ?? []), ...expandCreated(parsed.created ?? [])],
    redirects: parsed.redirects ?? [],
    sets: parsed.sets ?? [],
    side: parsed.side ?? [],
    restored: parsed.restored ?? {},
    tombstones: parsed.tombstones ?? [],
    removeWithoutTombstone: parsed.removeWithoutTombstone ?? false,
  };
}
