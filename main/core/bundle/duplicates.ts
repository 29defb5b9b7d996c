import { foldedName } from '../names/folded-name.js';
import type { ReadableCase } from '../store/case-store.js';
import type { PossibleDuplicate } from './merge-report.js';

/**
 * The case's entities by normalised name, taken before an import, so entities that arrive with
 * new ids but name something the case already holds are offered for review, never merged.
 */
export class DuplicateFinder {
  private readonly byLabel = new Map<string, string>();
  private readonly byAlias = new Map<string, string>();
  private readonly typeOf = new Map<string, string>();
  readonly found: PossibleDuplicate[] = [];
  private readonly reported = new Set<string>();

  constructor(store: ReadableCase) {
    for (const e of store.iterate('entity')) {
      this.typeOf.set(e.id, e.type);
      const key = `${e.type}\u0000${foldedName(e.label)}`;
      if (!this.byLabel.has(key)) this.byLabel.set(key, e.id);
    }
    for (const a of store.iterate('alias')) {
      const type = this.typeOf.get(a.entityId);
      if (type === undefined) continue;
      const key = `${type}\u0000${foldedName(a.alias)}`;
      if (!this.byAlias.has(key)) this.byAlias.set(key, a.entityId);
    }
  }

  /** True when the case held no entity to compare with (an import into an empty case): nothing can be found. */
  get isEmpty(): boolean {
    return this.byLabel.size === 0 && this.byAlias.size === 0;
  }

  /** Checks a name (label or alias) of a new entity against the case's entities of that type. */
  check(incoming: { id: string; type: string; label: string }, name: string): void {
    const key = `${incoming.type}\u0000${foldedName(name)}`;
    if (foldedName(name) === '') return;
    const byLabel = this.byLabel.get(key);
    const existingId = byLabel ?? this.byAlias.get(key);
    if (!existingId || existingId === incoming.id) return;
    const pair = `${incoming.id}|${existingId}`;
    if (this.reported.has(pair)) return;
    this.reported.add(pair);
    this.found.push({
      incomingId: incoming.id,
      existingId,
      type: incoming.type,
      label: incoming.label,
      reason: byLabel && name === incoming.label ? 'same label' : 'alias',
    });
  }
}
