import type { WritableCase } from '../store/case-store.js';
import type { EntityRecord } from '../store/records.js';
import { caseNameKey } from '../names/case-name-key.js';

/**
 * Indexes left by a finished import, by open case, with the audit sequence number they are
 * current at: the next import on the same case reuses one if nothing was written since (every
 * write appends an audit row), instead of reading every entity and alias again (~60–100 ms of
 * CPU at 5,000 entities, ten times that at 50,000, on the thread that holds the case).
 */
const kept = new WeakMap<WritableCase, { index: Map<string, string>; seq: number }>();

/**
 * Finds the case's entity for a name: same type and same normalised label or alias. The index
 * is built from the case once and kept up to date as entities are added; an entry whose entity
 * has since gone (merged or deleted by the analyst meanwhile) is dropped and the index rebuilt,
 * so a merge made during a long import is honoured. Call `reset()` after a rolled-back write,
 * and `keep()` once an import has committed, so that the next one can start from this index.
 */
export class EntityResolver {
  private index: Map<string, string> | null = null;

  constructor(private readonly store: WritableCase) {}

  /** Leaves the index for the next resolver of this case, valid while nothing else is written. */
  keep(): void {
    if (this.index) kept.set(this.store, { index: this.index, seq: this.store.lastAuditSeq() });
  }

  find(type: string, names: readonly string[]): EntityRecord | null {
    for (let attempt = 0; attempt < 2; attempt++) {
      const index = this.load();
      let stale = false;
      for (const name of names) {
        const id = index.get(slot(type, name) ?? '');
        if (!id) continue;
        const entity = this.store.get('entity', id);
        if (entity) return entity;
        stale = true;
      }
      if (!stale) return null;
      this.reset();
    }
    return null;
  }

  /** Records that `name` now resolves to `entityId` (a new entity's label or a new alias). */
  remember(type: string, name: string, entityId: string): void {
    const key = slot(type, name);
    const index = this.load();
    if (key && !index.has(key)) index.set(key, entityId);
  }

  /** True when `name` already is the label or an alias of `entityId`. */
  knows(type: string, name: string, entityId: string): boolean {
    return this.load().get(slot(type, name) ?? '') === entityId;
  }

  reset(): void {
    this.index = null;
  }

  private load(): Map<string, string> {
    if (this.index) return this.index;
    // Taken, not shared: a resolver that fails half-way must not leave its names to the next.
    const saved = kept.get(this.store);
    kept.delete(this.store);
    if (saved && saved.seq === this.store.lastAuditSeq()) {
      this.index = saved.index;
      return saved.index;
    }
    const index = new Map<string, string>();
    const typeOf = new Map<string, string>();
    // Oldest first, so when two entities share a name the first one keeps it (stable choice).
    for (const e of this.store.iterate('entity')) {
      typeOf.set(e.id, e.type);
      const k = slot(e.type, e.label);
      if (k && !index.has(k)) index.set(k, e.id);
    }
    for (const a of this.store.iterate('alias')) {
      const type = typeOf.get(a.entityId);
      if (!type) continue;
      const k = slot(type, a.alias);
      if (k && !index.has(k)) index.set(k, a.entityId);
    }
    this.index = index;
    return index;
  }
}

/** The index key of a name, or null for a name that normalises to nothing. */
function slot(type: string, name: string): string | null {
  const key = caseNameKey(name);
  return key ? `${type}\u0000${key}` : null;
}
