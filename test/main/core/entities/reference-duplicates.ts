// The duplicates finder as it was before it read names with lean SQL and sorted only the page
// asked for: kept here only as the reference the fast finder is compared with.
import {
  caseNameKey as normalizeKey,
  likelyDuplicateKey as looseKey,
} from '../../../../main/core/names/case-name-key.js';
import type { ReadableCase } from '../../../../main/core/store/case-store.js';
import { allDismissals, pairKey } from '../../../../main/core/store/dismissals-sql.js';
import type { EntityRecord } from '../../../../main/core/store/records.js';
import { compactKey, transliterationKey } from '../../../../main/core/entities/name-folding.js';

/** Why two entities look like one; the queue shows `reason`, filters and counts by `kind`. */
export type DuplicateKind =
  'same-name' | 'alias' | 'punctuation' | 'acronym' | 'transliteration' | 'surname' | 'qualified';

export interface DuplicateProposal {
  a: EntityRecord;
  b: EntityRecord;
  kind: DuplicateKind;
  /** Why they look like one entity, in words an analyst can judge. */
  reason: string;
  /** 0–1: how sure the rule is. */
  score: number;
}

/** Little words an acronym leaves out ("Ministry of Internal Affairs" → MIA). */
const FILLER = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'la', 'al', '&']);

interface Name {
  id: string;
  name: string;
  isLabel: boolean;
}

/**
 * Proposes (never performs) merges between entities of one type: the same name (both labels),
 * a name one has as its label and the other as an alias (or both as aliases), names that differ
 * only by punctuation or spacing ("U.S." / "US", "AsiaPlus" / "Asia-Plus"), an acronym and its
 * long form ("CSTO" / "Collective Security Treaty Organization"), transliteration variants
 * ("Qurbonov" / "Kurbonov", "Zirehbon" / "Zirebon", see name-folding.ts), and for people a
 * surname alone beside the one full name in the case that ends in it ("Rahmon" / "Emomali
 * Rahmon"), and for the rest a name of two words or more and the same name with an "of …"
 * qualifier ("Ministry of Foreign Affairs" / "… of Tajikistan"). Rejected entities and pairs the analyst dismissed are left out. Each pair is given
 * once, with its strongest reason; the list is sorted by score.
 */
export function referenceDuplicates(
  store: ReadableCase,
  options: { limit?: number; includeDismissed?: boolean } = {},
): DuplicateProposal[] {
  const entities = [...store.iterate('entity')].filter((e) => e.status !== 'rejected');
  const byId = new Map(entities.map((e) => [e.id, e]));
  const names: Name[] = entities.map((e) => ({ id: e.id, name: e.label, isLabel: true }));
  for (const a of store.iterate('alias'))
    if (byId.has(a.entityId)) names.push({ id: a.entityId, name: a.alias, isLabel: false });
  const dismissed = options.includeDismissed
    ? new Set<string>()
    : new Set(allDismissals(store).map((d) => pairKey(d.firstId, d.secondId)));

  const found = new Map<string, DuplicateProposal>();
  const propose = (x: string, y: string, kind: DuplicateKind, reason: string, score: number): void => {
    if (x === y) return;
    const key = pairKey(x, y);
    if (dismissed.has(key)) return;
    const known = found.get(key);
    const [p, q] = x < y ? [x, y] : [y, x];
    if (!known || known.score < score) found.set(key, { a: byId.get(p)!, b: byId.get(q)!, kind, reason, score });
  };
  const typeOf = (n: Name) => byId.get(n.id)!.type;

  for (const group of groupBy(names, (n) => `${typeOf(n)}\u0000${normalizeKey(n.name)}`)) {
    eachPair(group, (m, n) => {
      if (m.isLabel && n.isLabel) propose(m.id, n.id, 'same-name', `both are called "${m.name}"`, 0.95);
      else propose(m.id, n.id, 'alias', `"${(m.isLabel ? n : m).name}" is a name of both`, 0.9);
    });
  }
  for (const group of groupBy(names, (n) => `${typeOf(n)}\u0000${compactKey(n.name)}`)) {
    eachPair(group, (m, n) =>
      propose(m.id, n.id, 'punctuation', `"${m.name}" and "${n.name}" differ only in punctuation or spacing`, 0.9),
    );
  }
  for (const group of groupBy(
    names,
    (n) => `${typeOf(n)}\u0000${transliterationKey(n.name)}`,
    (k) => k.replace(/\s/g, '').length >= 6,
  )) {
    eachPair(group, (m, n) =>
      propose(m.id, n.id, 'transliteration', `"${m.name}" and "${n.name}" are spellings of one name`, 0.75),
    );
  }
  proposeAcronyms(names, typeOf, propose);
  proposeSurnames(
    names.filter((n) => typeOf(n) === 'person'),
    propose,
  );
  proposeQualified(
    names.filter((n) => typeOf(n) !== 'person'),
    typeOf,
    propose,
  );

  const out = [...found.values()].sort((a, b) => b.score - a.score || a.a.label.localeCompare(b.a.label));
  return options.limit !== undefined ? out.slice(0, options.limit) : out;
}

type Propose = (x: string, y: string, kind: DuplicateKind, reason: string, score: number) => void;

function proposeAcronyms(names: Name[], typeOf: (n: Name) => string, propose: Propose): void {
  const longForms = new Map<string, Name[]>();
  for (const n of names) {
    const words = looseKey(n.name).split(' ').filter(Boolean);
    const initials = words
      .filter((w) => !FILLER.has(w))
      .map((w) => w[0])
      .join('');
    if (words.length >= 2 && initials.length >= 2) push(longForms, `${typeOf(n)}\u0000${initials}`, n);
  }
  for (const n of names) {
    // A single short word written in capitals is a candidate acronym.
    const bare = n.name.replace(/\./g, '').trim();
    if (!/^[A-Z]{2,8}$/.test(bare)) continue;
    for (const long of longForms.get(`${typeOf(n)}\u0000${bare.toLowerCase()}`) ?? []) {
      propose(n.id, long.id, 'acronym', `"${n.name}" is the initials of "${long.name}"`, 0.8);
    }
  }
}

function proposeSurnames(people: Name[], propose: Propose): void {
  const fullBySurname = new Map<string, Name[]>();
  for (const n of people) {
    const words = looseKey(n.name).split(' ').filter(Boolean);
    if (words.length >= 2 && words.at(-1)!.length >= 3) push(fullBySurname, transliterationKey(words.at(-1)!), n);
  }
  for (const n of people) {
    const key = looseKey(n.name);
    if (!n.isLabel || key.includes(' ') || key.length < 3 || /^[A-Z]{2,8}$/.test(n.name)) continue;
    const full = fullBySurname.get(transliterationKey(key)) ?? [];
    // Only when every full name ending in it is the same name: "Rahmon" beside two different
    // Rahmons is a question for the analyst, not a proposal.
    if (new Set(full.map((f) => transliterationKey(f.name))).size !== 1) continue;
    for (const f of full) propose(n.id, f.id, 'surname', `"${n.name}" is the surname of "${f.name}"`, 0.6);
  }
}

function proposeQualified(names: Name[], typeOf: (n: Name) => string, propose: Propose): void {
  const byKey = new Map<string, Name[]>();
  for (const n of names) push(byKey, `${typeOf(n)}\u0000${looseKey(n.name)}`, n);
  for (const n of names) {
    const words = looseKey(n.name).split(' ');
    // "X of Y": every shorter head of two words or more that the "of" follows.
    for (let i = 2; i < words.length - 1; i++) {
      if (words[i] !== 'of') continue;
      for (const short of byKey.get(`${typeOf(n)}\u0000${words.slice(0, i).join(' ')}`) ?? []) {
        propose(short.id, n.id, 'qualified', `"${n.name}" is "${short.name}" with a qualifier`, 0.65);
      }
    }
  }
}

function groupBy(names: Name[], keyOf: (n: Name) => string, keep: (key: string) => boolean = () => true): Name[][] {
  const groups = new Map<string, Name[]>();
  for (const n of names) {
    const key = keyOf(n);
    if (key.endsWith('\u0000') || !keep(key.slice(key.indexOf('\u0000') + 1))) continue;
    push(groups, key, n);
  }
  return [...groups.values()].filter((g) => new Set(g.map((n) => n.id)).size > 1);
}

function eachPair(group: Name[], fn: (m: Name, n: Name) => void): void {
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) if (group[i]!.id !== group[j]!.id) fn(group[i]!, group[j]!);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
