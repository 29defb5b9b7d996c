import { hash1, hash2 } from './feature-hash.js';
import type { GazetteerLookup } from './gazetteer-lookup.js';
import type { WordCluster } from './word-clusters.js';
import { shortShape, wordShape } from './word-shape.js';

/** Feature prefixes (hash states) whose value is one word's own form; see `features.ts`. */
export interface WordPrefixes {
  word: number;
  lower: number;
  shape: number;
  short: number;
  pre: readonly number[];
  suf: readonly number[];
  lm2: number;
  lm1: number;
  lp1: number;
  lp2: number;
  sm2: number;
  sm1: number;
  sp1: number;
  sp2: number;
  lexClass: number;
  lexPrev: number;
  lexNext: number;
  everydayCap: number;
  clFine: number;
  clPrev: number;
  clNext: number;
  clShort: number;
  clMiddle: number;
  clCoarse: number;
}

/**
 * Everything the tagger's features take from one word alone (its forms, gazetteer and lexicon
 * answers, clusters) and the hashes of those features, worked out once per word and gazetteer
 * rather than once per occurrence: a news text repeats most of its words, and so do the
 * documents of one import. Which features a token gets, and in what order, stays in
 * `features.ts`; this only remembers values.
 */
export interface WordInfo {
  lower: string;
  short: string;
  /** word, lower, shape, short, then prefix/suffix 1…4 interleaved: the first hashes of a token. */
  own: number[];
  /** This word's hashes as the token two before, one before, one after, two after another. */
  lm2: number;
  lm1: number;
  lp1: number;
  lp2: number;
  sm2: number;
  sm1: number;
  sp1: number;
  sp2: number;
  lex: string;
  hLex: number;
  hLexPrev: number;
  hLexNext: number;
  everyday: boolean;
  hEverydayCap: number;
  flags: number;
  cluster: WordCluster | null;
  /** The fine cluster id, "?" outside the list. */
  fine: string;
  hClFine: number;
  hClPrev: number;
  hClNext: number;
  /** Fine cluster with short shape. */
  hClShort: number;
  hClMiddle: number;
  hClCoarse: number;
}

const LIMIT = 50_000;
const caches = new WeakMap<GazetteerLookup, WeakMap<WordPrefixes, Map<string, WordInfo>>>();

export function wordInfo(w: string, gazetteer: GazetteerLookup, F: WordPrefixes): WordInfo {
  let byPrefixes = caches.get(gazetteer);
  if (!byPrefixes) caches.set(gazetteer, (byPrefixes = new WeakMap()));
  let cache = byPrefixes.get(F);
  if (!cache) byPrefixes.set(F, (cache = new Map()));
  let info = cache.get(w);
  if (info) return info;
  info = computeWordInfo(w, gazetteer, F);
  if (cache.size >= LIMIT) cache.clear();
  cache.set(w, info);
  return info;
}

function computeWordInfo(w: string, gazetteer: GazetteerLookup, F: WordPrefixes): WordInfo {
  const l = w.toLowerCase();
  const ss = shortShape(w);
  const own = [hash1(F.word, w), hash1(F.lower, l), hash1(F.shape, wordShape(w)), hash1(F.short, ss)];
  for (let k = 1; k <= 4 && k <= l.length; k++)
    own.push(hash1(F.pre[k - 1]!, l.slice(0, k)), hash1(F.suf[k - 1]!, l.slice(-k)));
  const lex = gazetteer.wordClass(l) ?? '-';
  const cluster = gazetteer.cluster(l);
  const fine = cluster?.fine ?? '?';
  return {
    lower: l,
    short: ss,
    own,
    lm2: hash1(F.lm2, l),
    lm1: hash1(F.lm1, l),
    lp1: hash1(F.lp1, l),
    lp2: hash1(F.lp2, l),
    sm2: hash1(F.sm2, ss),
    sm1: hash1(F.sm1, ss),
    sp1: hash1(F.sp1, ss),
    sp2: hash1(F.sp2, ss),
    lex,
    hLex: hash1(F.lexClass, lex),
    hLexPrev: hash1(F.lexPrev, lex),
    hLexNext: hash1(F.lexNext, lex),
    everyday: gazetteer.isEveryday(w),
    hEverydayCap: hash1(F.everydayCap, ss),
    flags: gazetteer.wordFlags(w),
    cluster,
    fine,
    hClFine: hash1(F.clFine, fine),
    hClPrev: hash1(F.clPrev, fine),
    hClNext: hash1(F.clNext, fine),
    hClShort: hash2(F.clShort, fine, ss),
    hClMiddle: cluster ? hash1(F.clMiddle, cluster.middle) : 0,
    hClCoarse: cluster ? hash1(F.clCoarse, cluster.coarse) : 0,
  };
}
