import { caseNameKey as normalizeKey, likelyDuplicateKey as looseKey } from '../names/case-name-key.js';
import type { ReadableCase } from '../store/case-store.js';
import { allDismissals } from '../store/dismissals-sql.js';
import type { EntityRecord } from '../store/records.js';
import { compactKey, transliterationKey } from './name-folding.js';

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
  type: string;
  name: string;
  isLabel: boolean;
}

/** One entity of a proposal as the finder knows it before the page is chosen. */
interface Found {
  a: string;
  b: string;
  kind: DuplicateKind;
  first: string;
  second: string;
  score: number;
}

/** The same key of the same string is asked for by several rules: each is computed once a run. */
function memo(fn: (s: string) => string): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    let v = known.get(s);
    if (v === undefined) known.set(s, (v = fn(s)));
    return v;
  };
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
export function findLikelyDuplicates(
  store: ReadableCase,
  options: { limit?: number; includeDismissed?: boolean; type?: string } = {},
): DuplicateProposal[] {
  return likelyDuplicatePage(store, options).rows;
}

/**
 * The proposals of `findLikelyDuplicates`, counted, with only the first `limit` sorted and read
 * as records (a queue page): every candidate comes from hashing names by key (blocking), linear
 * in the names; names are read without the entities' other fields. `type`: one entity type only.
 */
export function likelyDuplicatePage(
  store: ReadableCase,
  options: { limit?: number; includeDismissed?: boolean; type?: string } = {},
): { total: number; rows: DuplicateProposal[] } {
  const reads = store.duplicateReads();
  const names: Name[] = [];
  const typeOfId = new Map<string, string>();
  const labelOf = new Map<string, string>();
  for (const [id, type, label] of reads.names(options.type)) {
    typeOfId.set(id, type);
    labelOf.set(id, label);
    names.push({ id, type, name: label, isLabel: true });
  }
  for (const [entityId, alias] of reads.aliases()) {
    const type = typeOfId.get(entityId);
    if (type !== undefined) names.push({ id: entityId, type, name: alias, isLabel: false });
  }
  // A pair is keyed by two small numbers, not by two joined ids: the finder visits a pair for
  // every rule and group that holds it (hundreds of thousands of times at 50,000 entities).
  const index = new Map<string, number>();
  for (const id of typeOfId.keys()) index.set(id, index.size);
  const pairOf = (x: string, y: string): number => {
    const i = index.get(x)!;
    const j = index.get(y)!;
    return i < j ? i * index.size + j : j * index.size + i;
  };
  const dismissed = new Set<number>();
  if (!options.includeDismissed)
    for (const d of allDismissals(store))
      if (index.has(d.firstId) && index.has(d.secondId)) dismissed.add(pairOf(d.firstId, d.secondId));

  const found = new Map<number, Found>();
  const propose: Propose = (x, y, kind, first, second, score) => {
    if (x === y) return;
    const key = pairOf(x, y);
    if (dismissed.has(key)) return;
    const known = found.get(key);
    if (known && known.score >= score) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    found.set(key, { a, b, kind, first, second, score });
  };
  const typeOf = (n: Name) => n.type;
  const keys = {
    normalize: memo(normalizeKey),
    loose: memo(looseKey),
    compact: memo(compactKey),
    transliteration: memo(transliterationKey),
  };

  for (const group of groupBy(names, (n) => `${typeOf(n)}\u0000${keys.normalize(n.name)}`)) {
    eachPair(group, (m, n) => {
      if (m.isLabel && n.isLabel) propose(m.id, n.id, 'same-name', m.name, '', 0.95);
      else propose(m.id, n.id, 'alias', (m.isLabel ? n : m).name, '', 0.9);
    });
  }
  for (const group of groupBy(names, (n) => `${typeOf(n)}\u0000${keys.compact(n.name)}`)) {
    eachPair(group, (m, n) => propose(m.id, n.id, 'punctuation', m.name, n.name, 0.9));
  }
  for (const group of groupBy(
    names,
    (n) => `${typeOf(n)}\u0000${keys.transliteration(n.name)}`,
    (k) => k.replace(/\s/g, '').length >= 6,
  )) {
    eachPair(group, (m, n) => propose(m.id, n.id, 'transliteration', m.name, n.name, 0.75));
  }
  proposeAcronyms(names, typeOf, propose, keys.loose);
  proposeSurnames(
    names.filter((n) => typeOf(n) === 'person'),
    propose,
    keys,
  );
  proposeQualified(
    names.filter((n) => typeOf(n) !== 'person'),
    typeOf,
    propose,
    keys.loose,
  );

  const page = firstByScore([...found.values()], (f) => labelOf.get(f.a)!, options.limit);
  const records = new Map(
    store
      .chartReads()
      .entitiesWithIds(page.flatMap((f) => [f.a, f.b]))
      .map((e) => [e.id, e]),
  );
  return {
    total: found.size,
    rows: page.map((f) => ({
      a: records.get(f.a)!,
      b: records.get(f.b)!,
      kind: f.kind,
      reason: reasonOf(f.kind, f.first, f.second),
      score: f.score,
    })),
  };
}

/**
 * The first `limit` proposals by score (best first), then by the first entity's label, ties kept
 * in the order found: only the scores reaching into the page are sorted by label (a collator,
 * the same order as localeCompare), not the 160,000 proposals of a 50,000-entity case.
 */
function firstByScore(all: Found[], label: (f: Found) => string, limit = Infinity): Found[] {
  const byScore = new Map<number, Found[]>();
  for (const f of all) push(byScore, f.score, f);
  const collator = new Intl.Collator();
  const out: Found[] = [];
  for (const score of [...byScore.keys()].sort((a, b) => b - a)) {
    if (out.length >= limit) break;
    const bucket = byScore.get(score)!;
    bucket.sort((x, y) => collator.compare(label(x), label(y)));
    // A loop, not push(...bucket): a bucket of 100,000 proposals overflows the call stack.
    for (const f of bucket) {
      if (out.length >= limit) break;
      out.push(f);
    }
  }
  return out;
}

/** `first` and `second`: the two names the reason quotes (see reasonOf). */
type Propose = (x: string, y: string, kind: DuplicateKind, first: string, second: string, score: number) => void;

/** Why two entities look like one, in words an analyst can judge: written for the page shown only. */
function reasonOf(kind: DuplicateKind, first: string, second: string): string {
  switch (kind) {
    case 'same-name':
      return `both are called "${first}"`;
    case 'alias':
      return `"${first}" is a name of both`;
    case 'punctuation':
      return `"${first}" and "${second}" differ only in punctuation or spacing`;
    case 'transliteration':
      return `"${first}" and "${second}" are spellings of one name`;
    case 'acronym':
      return `"${first}" is the initials of "${second}"`;
    case 'surname':
      return `"${first}" is the surname of "${second}"`;
    case 'qualified':
      return `"${first}" is "${second}" with a qualifier`;
  }
}

function proposeAcronyms(
  names: Name[],
  typeOf: (n: Name) => string,
  propose: Propose,
  loose: (s: string) => string = looseKey,
): void {
  const longForms = new Map<string, Name[]>();
  for (const n of names) {
    const words = loose(n.name).split(' ').filter(Boolean);
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
      propose(n.id, long.id, 'acronym', n.name, long.name, 0.8);
    }
  }
}

function proposeSurnames(
  people: Name[],
  propose: Propose,
  keys: { loose: (s: string) => string; transliteration: (s: string) => string },
): void {
  const fullBySurname = new Map<string, Name[]>();
  for (const n of people) {
    const words = keys.loose(n.name).split(' ').filter(Boolean);
    if (words.length >= 2 && words.at(-1)!.length >= 3) push(fullBySurname, keys.transliteration(words.at(-1)!), n);
  }
  for (const n of people) {
    const key = keys.loose(n.name);
    if (!n.isLabel || key.includes(' ') || key.length < 3 || /^[A-Z]{2,8}$/.test(n.name)) continue;
    const full = fullBySurname.get(keys.transliteration(key)) ?? [];
    // Only when every full name ending in it is the same name: "Rahmon" beside two different
    // Rahmons is a question for the analyst, not a proposal.
    if (new Set(full.map((f) => keys.transliteration(f.name))).size !== 1) continue;
    for (const f of full) propose(n.id, f.id, 'surname', n.name, f.name, 0.6);
  }
}

function proposeQualified(
  names: Name[],
  typeOf: (n: Name) => string,
  propose: Propose,
  loose: (s: string) => string = looseKey,
): void {
  const byKey = new Map<string, Name[]>();
  for (const n of names) push(byKey, `${typeOf(n)}\u0000${loose(n.name)}`, n);
  for (const n of names) {
    const words = loose(n.name).split(' ');
    // "X of Y": every shorter head of two words or more that the "of" follows.
    for (let i = 2; i < words.length - 1; i++) {
      if (words[i] !== 'of') continue;
      for (const short of byKey.get(`${typeOf(n)}\u0000${words.slice(0, i).join(' ')}`) ?? []) {
        propose(short.id, n.id, 'qualified', n.name, short.name, 0.65);
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
  return [...groups.values()].filter((g) => g.some((n) => n.id !== g[0]!.id));
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
