import type { MergeRedirect, RecordKind } from '../store/records.js';
import { referenceFields } from './references.js';

/**
 * Merged-away ids and their survivors, from the case and the incoming data together. When two
 * sources redirect the same id to different survivors, the later merge wins (then the greater
 * survivor id), so the outcome does not depend on which arrived first.
 */
export class RedirectMap {
  private readonly byFrom = new Map<string, MergeRedirect>();

  constructor(redirects: Iterable<MergeRedirect> = []) {
    for (const r of redirects) this.offer(r);
  }

  /** Takes `r` if it is new or beats the redirect already known for its id; true if taken. */
  offer(r: MergeRedirect): boolean {
    const known = this.byFrom.get(r.fromId);
    if (known && !beats(r, known)) return false;
    this.byFrom.set(r.fromId, r);
    return true;
  }

  /**
   * Two merges of one id into different survivors say, by transitivity, that the survivors are
   * one too. Given the rival merges seen for some ids, the merges that join each losing survivor
   * into the winning one (stamped like the winning merge), so references that followed either
   * merge end in one place whatever order the merges arrived in.
   */
  survivorJoins(rivals: Iterable<MergeRedirect>): MergeRedirect[] {
    const joins = new Map<string, MergeRedirect>();
    for (const rival of rivals) {
      const winner = this.byFrom.get(rival.fromId);
      if (!winner || winner.toId === rival.toId) continue;
      const from = this.resolve(rival.toId);
      const to = this.resolve(winner.toId);
      if (from === to || from === rival.fromId) continue;
      const join = { fromId: from, toId: to, caseId: winner.caseId, mergedAt: winner.mergedAt };
      const known = joins.get(from);
      if (!known || beats(join, known)) joins.set(from, join);
    }
    return [...joins.values()].sort((a, b) => (a.fromId < b.fromId ? -1 : a.fromId > b.fromId ? 1 : 0));
  }

  get(fromId: string): MergeRedirect | undefined {
    return this.byFrom.get(fromId);
  }

  isMergedAway(id: string): boolean {
    return this.byFrom.has(id);
  }

  /** The final survivor of `id` (following chains; a cycle stops where it closes). */
  resolve(id: string): string {
    let current = id;
    const seen = new Set<string>();
    for (let r = this.byFrom.get(current); r && !seen.has(current); r = this.byFrom.get(current)) {
      seen.add(current);
      current = r.toId;
    }
    return current;
  }

  /** `record` with every reference pointing at a survivor; the same object when nothing moved. */
  rewrite<T extends object>(kind: RecordKind, record: T): T {
    if (this.byFrom.size === 0) return record;
    let out: T | null = null;
    for (const { field } of referenceFields(kind)) {
      const v = (record as Record<string, unknown>)[field];
      if (typeof v !== 'string') continue;
      const to = this.resolve(v);
      if (to !== v) {
        out ??= { ...record };
        (out as Record<string, unknown>)[field] = to;
      }
    }
    return out ?? record;
  }
}

function beats(a: MergeRedirect, b: MergeRedirect): boolean {
  if (a.mergedAt !== b.mergedAt) return a.mergedAt > b.mergedAt;
  if (a.toId !== b.toId) return a.toId > b.toId;
  return a.caseId > b.caseId;
}
