import { likelyDuplicateKey } from '../names/case-name-key.js';
import type { ReadableCase } from '../store/case-store.js';
import type { EntityRecord } from '../store/records.js';

export interface DuplicateProposal {
  a: EntityRecord;
  b: EntityRecord;
  /** Why they look like one entity, in words an analyst can judge. */
  reason: string;
  /** 0–1: how sure the rule is. */
  score: number;
}

/** Little words an acronym leaves out ("Ministry of Internal Affairs" → MIA). */
const FILLER = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'la', 'al', '&']);

/**
 * Proposes (never performs) merges: entities of one type whose names differ only by
 * punctuation or spacing ("U.S." / "US"), where one is the acronym of the other ("US" /
 * "United States", "CSTO" / "Collective Security Treaty Organization"), or, for people, where
 * one name is the other's surname alone ("Rahmon" / "Emomali Rahmon"). Rejected entities are
 * left out. Each pair is given once, best reason first; the list is sorted by score.
 */
export function findLikelyDuplicates(store: ReadableCase, options: { limit?: number } = {}): DuplicateProposal[] {
  const entities = [...store.iterate('entity')].filter((e) => e.status !== 'rejected');
  const byId = new Map(entities.map((e) => [e.id, e]));
  const names = new Map<string, Set<string>>();
  for (const e of entities) names.set(e.id, new Set([e.label]));
  for (const a of store.iterate('alias')) names.get(a.entityId)?.add(a.alias);

  const exact = new Map<string, Set<string>>();
  const acronyms = new Map<string, Set<string>>();
  const surnames = new Map<string, Set<string>>();
  const add = (index: Map<string, Set<string>>, key: string, id: string): void => {
    let s = index.get(key);
    if (!s) index.set(key, (s = new Set()));
    s.add(id);
  };
  for (const e of entities) {
    for (const n of names.get(e.id)!) {
      const key = likelyDuplicateKey(n);
      if (!key) continue;
      add(exact, `${e.type}\u0000${key}`, e.id);
      const words = key.split(' ');
      const initials = words.filter((w) => !FILLER.has(w)).map((w) => w[0]).join('');
      if (words.length >= 2 && initials.length >= 2) add(acronyms, `${e.type}\u0000${initials}`, e.id);
      if (e.type === 'person' && words.length >= 2 && words.at(-1)!.length >= 3) add(surnames, words.at(-1)!, e.id);
    }
  }

  const found = new Map<string, DuplicateProposal>();
  const propose = (x: string, y: string, reason: string, score: number): void => {
    if (x === y) return;
    const [p, q] = x < y ? [x, y] : [y, x];
    const key = `${p}|${q}`;
    const known = found.get(key);
    if (!known || known.score < score) found.set(key, { a: byId.get(p)!, b: byId.get(q)!, reason, score });
  };
  for (const ids of exact.values()) {
    const list = [...ids];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) propose(list[i]!, list[j]!, 'same name apart from punctuation or spacing', 0.9);
  }
  for (const e of entities) {
    for (const n of names.get(e.id)!) {
      const key = likelyDuplicateKey(n);
      if (!key || key.includes(' ')) continue;
      // A single short word written in capitals is a candidate acronym.
      if (/^[A-Z]{2,8}$/.test(n.replace(/\./g, ''))) {
        for (const id of acronyms.get(`${e.type}\u0000${key}`) ?? []) propose(e.id, id, `"${n}" is the initials of the other name`, 0.75);
      }
      if (e.type === 'person' && key.length >= 3 && !/^[A-Z]{2,8}$/.test(n)) {
        for (const id of surnames.get(key) ?? []) propose(e.id, id, `"${n}" is the other's surname alone`, 0.6);
      }
    }
  }
  const out = [...found.values()].sort((a, b) => b.score - a.score || a.a.label.localeCompare(b.a.label));
  return options.limit !== undefined ? out.slice(0, options.limit) : out;
}
