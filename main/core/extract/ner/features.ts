import { capitalisedRuns, type DocumentStats } from './document-stats.js';
import { hash1, hash2, hashStart } from './feature-hash.js';
import type { GazetteerLookup } from './gazetteer-lookup.js';
import { wordInfo, type WordInfo } from './word-features.js';
import { isAllLower, isCapitalised } from './word-shape.js';

/**
 * The tagger's features for one sentence. Bump FEATURE_SET_VERSION whenever what this file
 * emits changes: a model trained on other features is refused rather than silently wrong.
 */
export const FEATURE_SET_VERSION = 6;

/** Feature hashes of every token of a sentence: token i owns hashes[starts[i] .. starts[i+1]). */
export interface SentenceFeatures {
  hashes: number[];
  starts: number[];
}

const P = (s: string) => hashStart(s);
const F = {
  bias: P('bias'),
  word: P('w='),
  lower: P('l='),
  shape: P('sh='),
  short: P('ss='),
  pre: [P('p1='), P('p2='), P('p3='), P('p4=')],
  suf: [P('s1='), P('s2='), P('s3='), P('s4=')],
  lm2: P('l-2='),
  lm1: P('l-1='),
  lp1: P('l+1='),
  lp2: P('l+2='),
  sm2: P('ss-2='),
  sm1: P('ss-1='),
  sp1: P('ss+1='),
  sp2: P('ss+2='),
  biL: P('l-1|l='),
  biR: P('l|l+1='),
  biSL: P('ss-1|ss='),
  biSR: P('ss|ss+1='),
  ctxL: P('l-1|ss='),
  ctxR: P('ss|l+1='),
  ctxLR: P('l-1|l+1='),
  biL2: P('l-2|l-1='),
  biR2: P('l+1|l+2='),
  titleCase: P('tc'),
  titleCaseLower: P('tc|l='),
  titleCaseShort: P('tc|ss='),
  init: P('init'),
  initShort: P('init|ss='),
  allCaps: P('ac'),
  allCapsLower: P('ac|l='),
  lexClass: P('lex='),
  lexPrev: P('lex-1='),
  lexNext: P('lex+1='),
  everyday: P('ev'),
  everydayCap: P('ev|ss='),
  gazWord: P('gw='),
  gazB: P('gB='),
  gazI: P('gI='),
  runLast: P('rl='),
  runFirst: P('rf='),
  runBefore: P('rb='),
  runAfter: P('ra='),
  runPos: P('rp='),
  runOrgHead: P('roh='),
  runLastPos: P('rl|rp='),
  runBeforePos: P('rb|rp='),
  clFine: P('c3='),
  clMiddle: P('c2='),
  clCoarse: P('c1='),
  clPrev: P('c3-1='),
  clNext: P('c3+1='),
  clShort: P('c3|ss='),
  docCap: P('dc'),
  docLow: P('dl'),
  docCapInit: P('dc|init'),
  docLowInit: P('dl|init'),
  docCapLow: P('dc|dl'),
} as const;

/** Hashes of the features that stand for "no word here" (before the first, after the last). */
export const EDGE = {
  lm2: hash1(F.lm2, '<s>'),
  lm1: hash1(F.lm1, '<s>'),
  lp1: hash1(F.lp1, '</s>'),
  lp2: hash1(F.lp2, '</s>'),
  sm2: hash1(F.sm2, '<s>'),
  sm1: hash1(F.sm1, '<s>'),
  sp1: hash1(F.sp1, '</s>'),
  sp2: hash1(F.sp2, '</s>'),
  lexPrev: hash1(F.lexPrev, '<s>'),
  lexNext: hash1(F.lexNext, '</s>'),
  clPrev: hash1(F.clPrev, '<s>'),
  clNext: hash1(F.clNext, '</s>'),
};
/** What a word gives the features on its own, with this feature set's prefixes (remembered). */
export function wordInfoOf(w: string, gazetteer: GazetteerLookup): WordInfo {
  return wordInfo(w, gazetteer, F);
}

/** The hash every token starts with. */
export const BIAS_HASH: number = F.bias;

const GAZETTEER_BIT = Array.from({ length: 31 }, (_, bit) => hash1(F.gazWord, String(bit)));

/** Phrases longer than this are not looked up in the gazetteer. */
const MAX_GAZETTEER_PHRASE = 4;

export function sentenceFeatures(
  words: readonly string[],
  allCaps: boolean,
  titleCase: boolean,
  doc: DocumentStats,
  gazetteer: GazetteerLookup,
): SentenceFeatures {
  const n = words.length;
  // What each word gives on its own is remembered per word (word-features.ts); the order of
  // the hashes below is the model's and must not change.
  const info = words.map((w) => wordInfo(w, gazetteer, F));
  const lower = info.map((x) => x.lower);
  const short = info.map((x) => x.short);
  const gazFlags = info.map((x) => x.flags);
  const gaz = gazetteerSpans(words, gazFlags, gazetteer);
  const runs = allCaps || titleCase ? null : capitalisedRuns(words, lower);
  const hashes: number[] = [];
  const starts: number[] = [];
  const lw = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : lower[i]!);
  const sw = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : short[i]!);

  for (let i = 0; i < n; i++) {
    starts.push(hashes.length);
    const w = words[i]!;
    const x = info[i]!;
    const l = x.lower;
    const ss = x.short;
    hashes.push(F.bias);
    for (const h of x.own) hashes.push(h);
    hashes.push(
      i >= 2 ? info[i - 2]!.lm2 : EDGE.lm2,
      i >= 1 ? info[i - 1]!.lm1 : EDGE.lm1,
      i + 1 < n ? info[i + 1]!.lp1 : EDGE.lp1,
      i + 2 < n ? info[i + 2]!.lp2 : EDGE.lp2,
      i >= 2 ? info[i - 2]!.sm2 : EDGE.sm2,
      i >= 1 ? info[i - 1]!.sm1 : EDGE.sm1,
      i + 1 < n ? info[i + 1]!.sp1 : EDGE.sp1,
      i + 2 < n ? info[i + 2]!.sp2 : EDGE.sp2,
      hash2(F.biL, lw(i - 1), l),
      hash2(F.biR, l, lw(i + 1)),
      hash2(F.biSL, sw(i - 1), ss),
      hash2(F.biSR, ss, sw(i + 1)),
      hash2(F.ctxL, lw(i - 1), ss),
      hash2(F.ctxR, ss, lw(i + 1)),
      hash2(F.ctxLR, lw(i - 1), lw(i + 1)),
      hash2(F.biL2, lw(i - 2), lw(i - 1)),
      hash2(F.biR2, lw(i + 1), lw(i + 2)),
    );
    if (i === 0) hashes.push(F.init, hash1(F.initShort, ss));
    hashes.push(x.hLex, i > 0 ? info[i - 1]!.hLexPrev : EDGE.lexPrev, i + 1 < n ? info[i + 1]!.hLexNext : EDGE.lexNext);
    if (x.everyday) hashes.push(F.everyday, x.hEverydayCap);
    if (allCaps) hashes.push(F.allCaps, hash1(F.allCapsLower, l));
    if (titleCase) hashes.push(F.titleCase, hash1(F.titleCaseLower, l), hash1(F.titleCaseShort, ss));
    const flags = gazFlags[i]!;
    for (let bit = 0; bit < 31 && flags >>> bit; bit++) {
      if ((flags >>> bit) & 1) hashes.push(GAZETTEER_BIT[bit]!);
    }
    const r = runs?.[i];
    if (r) {
      // The capitalised phrase this word belongs to: its head ("… Ministry", "… Bank"), its
      // first word, the words around it ("the …", "Mr …", "… said") and this word's place in it.
      const last = lower[r.end - 1]!;
      const pos = r.end - r.start === 1 ? 'U' : i === r.start ? 'B' : i === r.end - 1 ? 'L' : 'I';
      const before = lw(r.start - 1);
      hashes.push(
        hash1(F.runLast, last),
        hash1(F.runFirst, lower[r.start]!),
        hash1(F.runBefore, before),
        hash1(F.runAfter, lw(r.end)),
        hash1(F.runPos, pos),
        hash2(F.runLastPos, last, pos),
        hash2(F.runBeforePos, before, pos),
      );
      if (ORG_HEADS.has(last)) hashes.push(hash1(F.runOrgHead, pos));
    }
    // Meaning clusters from word vectors: names never seen in training still share a cluster
    // with names that were ("tashkent" with "kabul").
    hashes.push(
      x.hClFine,
      i > 0 ? info[i - 1]!.hClPrev : EDGE.clPrev,
      i + 1 < n ? info[i + 1]!.hClNext : EDGE.clNext,
      x.hClShort,
    );
    if (x.cluster) hashes.push(x.hClMiddle, x.hClCoarse);
    const g = gaz[i];
    if (g) hashes.push(hash1(g.begin ? F.gazB : F.gazI, g.cls));
    // A word's other spellings in the document; this occurrence is counted in the stats
    // unless it is sentence-initial (capitalised) or in an all-caps or title-case sentence.
    if (!allCaps) {
      const dc = doc.capitalisedElsewhere(l, !titleCase && i > 0 && isCapitalised(w));
      const dl = doc.lowerElsewhere(l, !titleCase && isAllLower(w));
      if (dc) hashes.push(i === 0 ? F.docCapInit : F.docCap);
      if (dl) hashes.push(i === 0 ? F.docLowInit : F.docLow);
      if (dc && dl) hashes.push(F.docCapLow);
    }
  }
  starts.push(hashes.length);
  return { hashes, starts };
}

/** Words that end organisation names ("Defence Ministry", "Central Bank", "Workers' Party"). */
const ORG_HEADS = new Set([
  'ministry',
  'agency',
  'council',
  'party',
  'army',
  'front',
  'bank',
  'university',
  'corp',
  'corp.',
  'corporation',
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'llc',
  'plc',
  'co',
  'co.',
  'group',
  'committee',
  'organisation',
  'organization',
  'forces',
  'force',
  'police',
  'court',
  'association',
  'institute',
  'union',
  'department',
  'office',
  'commission',
  'federation',
  'foundation',
  'company',
  'club',
  'fund',
  'board',
  'authority',
  'assembly',
  'parliament',
  'congress',
  'movement',
  'alliance',
  'league',
  'brigade',
  'brigades',
  'battalion',
  'navy',
  'service',
  'services',
  'bureau',
  'school',
  'college',
  'academy',
  'hospital',
  'church',
  'times',
  'news',
  'post',
  'network',
  'airlines',
  'airways',
  'holdings',
  'industries',
  'systems',
  'technologies',
  'bloc',
  'coalition',
  'command',
  'guard',
  'directorate',
]);

interface GazetteerMark {
  begin: boolean;
  cls: string;
}

/** Longest gazetteer phrase at each position, left to right, as B/I marks per token. */
function gazetteerSpans(
  words: readonly string[],
  flags: readonly number[],
  gazetteer: GazetteerLookup,
): Array<GazetteerMark | undefined> {
  const marks: Array<GazetteerMark | undefined> = new Array(words.length);
  for (let i = 0; i < words.length;) {
    let found = 0;
    let cls: string | null = null;
    // Only words the gazetteer knows can be part of a phrase, so most positions cost nothing.
    let len = 0;
    while (len < MAX_GAZETTEER_PHRASE && i + len < words.length && flags[i + len] !== 0) len++;
    for (let k = len; k >= 1 && !found; k--) {
      const c = gazetteer.phraseClass(words.slice(i, i + k).join(' '));
      if (c) {
        found = k;
        cls = c;
      }
    }
    if (found && cls) {
      for (let k = 0; k < found; k++) marks[i + k] = { begin: k === 0, cls };
      i += found;
    } else i++;
  }
  return marks;
}
