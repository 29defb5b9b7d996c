import type { RecordKind } from '../store/records.js';

/** How an import's journal keeps the records it created in bulk (journal-changes.ts `CreatedInBulk`). */
export interface CreatedInBulkJson {
  kind: RecordKind;
  ids: string[];
  modifiedAt: string[];
}

/**
 * The records of one kind an import created into a kind that held none (most of an import into
 * a new case), kept as two columns — ids and modified times — instead of one journal entry
 * object each: 130,000 of those objects, kept in a map, sorted and written as JSON, cost the
 * import of 10,000 documents about 0.5 s. A later change to one of them within the import (an
 * alias twin removed, a record updated by a second line) finds it through an index built the
 * first time one is asked for.
 */
export class CreatedInBulk {
  private readonly ids: string[] = [];
  /** null: created and removed again within the import (no net change). */
  private readonly modifiedAt: (string | null)[] = [];
  private index: Map<string, number> | null = null;
  private removed = 0;

  constructor(readonly kind: RecordKind) {}

  add(id: string, modifiedAt: string): void {
    this.index?.set(id, this.ids.length);
    this.ids.push(id);
    this.modifiedAt.push(modifiedAt);
  }

  /** True when `id` was created here and is still there. */
  has(id: string): boolean {
    const at = this.position(id);
    return at !== undefined && this.modifiedAt[at] !== null;
  }

  /** A created record changed again: it stays created, with its new modified time. */
  changed(id: string, modifiedAt: string): void {
    const at = this.position(id);
    if (at !== undefined && this.modifiedAt[at] !== null) this.modifiedAt[at] = modifiedAt;
  }

  /** A created record removed again: no net change. */
  remove(id: string): void {
    const at = this.position(id);
    if (at === undefined || this.modifiedAt[at] === null) return;
    this.modifiedAt[at] = null;
    this.removed++;
  }

  get size(): number {
    return this.ids.length - this.removed;
  }

  toJson(): CreatedInBulkJson {
    if (!this.removed) return { kind: this.kind, ids: this.ids, modifiedAt: this.modifiedAt as string[] };
    const ids: string[] = [];
    const modifiedAt: string[] = [];
    this.ids.forEach((id, i) => {
      const m = this.modifiedAt[i];
      if (m != null) {
        ids.push(id);
        modifiedAt.push(m);
      }
    });
    return { kind: this.kind, ids, modifiedAt };
  }

  private position(id: string): number | undefined {
    if (!this.index) this.index = new Map(this.ids.map((x, i) => [x, i]));
    return this.index.get(id);
  }
}
