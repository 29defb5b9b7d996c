import { BIAS_HASH, EDGE, wordInfoOf } from './features.js';
import type { GazetteerLookup } from './gazetteer-lookup.js';
import type { WeightCache } from './weight-cache.js';
import type { WordInfo } from './word-features.js';

const LIMIT = 50_000;

export interface SentenceWords {
  infos: WordInfo[];
  vectors: Float64Array[];
}

/**
 * Each token's features begin with a block that depends on single words only: the bias, its own
 * forms (word, lower case, shape, prefixes, suffixes), then the lower case and short shape of the
 * words two before, one before, one after and two after it. Their weights are summed once per
 * word into five score vectors (own, and as the word at -2, -1, +1, +2), so a token costs five
 * vector additions there instead of about twenty table look-ups.
 *
 * Nothing here decides which features a token has: `prefixLength` checks, hash by hash, that the
 * token's features really start with the block these vectors stand for, and the caller looks the
 * features up one by one when they do not (a feature set changed without this file). Weights are
 * integers, so the sums are exact in any grouping.
 */
export class WordVectors {
  private readonly vectors = new Map<string, Float64Array>();
  /** Edge vectors: as the word before the first (−2, −1) and after the last (+1, +2). */
  private readonly edges: Float64Array;

  constructor(
    private readonly cache: WeightCache,
    private readonly gazetteer: GazetteerLookup,
    private readonly labels: number,
  ) {
    const L = labels;
    this.edges = new Float64Array(4 * L);
    cache.add(EDGE.lm2, this.edges, 0);
    cache.add(EDGE.sm2, this.edges, 0);
    cache.add(EDGE.lm1, this.edges, L);
    cache.add(EDGE.sm1, this.edges, L);
    cache.add(EDGE.lp1, this.edges, 2 * L);
    cache.add(EDGE.sp1, this.edges, 2 * L);
    cache.add(EDGE.lp2, this.edges, 3 * L);
    cache.add(EDGE.sp2, this.edges, 3 * L);
  }

  /** The words of one sentence with what each gives on its own, and its score vectors. */
  sentence(words: readonly string[]): SentenceWords {
    return {
      infos: words.map((w) => wordInfoOf(w, this.gazetteer)),
      vectors: words.map((w) => this.vector(w)),
    };
  }

  /**
   * How many of token i's first hashes (`hashes[from …]`) the vectors cover: the whole block,
   * or 0 when the hashes are not exactly what the block is made of.
   */
  prefixLength(s: SentenceWords, i: number, hashes: readonly number[], from: number, to: number): number {
    const infos = s.infos;
    const n = infos.length;
    const x = infos[i]!;
    const len = 1 + x.own.length + 8;
    if (to - from < len || hashes[from] !== BIAS_HASH) return 0;
    for (let j = 0; j < x.own.length; j++) if (hashes[from + 1 + j] !== x.own[j]) return 0;
    const at = from + 1 + x.own.length;
    const m2 = i >= 2 ? infos[i - 2]! : null;
    const m1 = i >= 1 ? infos[i - 1]! : null;
    const p1 = i + 1 < n ? infos[i + 1]! : null;
    const p2 = i + 2 < n ? infos[i + 2]! : null;
    const ok =
      hashes[at] === (m2 ? m2.lm2 : EDGE.lm2) &&
      hashes[at + 1] === (m1 ? m1.lm1 : EDGE.lm1) &&
      hashes[at + 2] === (p1 ? p1.lp1 : EDGE.lp1) &&
      hashes[at + 3] === (p2 ? p2.lp2 : EDGE.lp2) &&
      hashes[at + 4] === (m2 ? m2.sm2 : EDGE.sm2) &&
      hashes[at + 5] === (m1 ? m1.sm1 : EDGE.sm1) &&
      hashes[at + 6] === (p1 ? p1.sp1 : EDGE.sp1) &&
      hashes[at + 7] === (p2 ? p2.sp2 : EDGE.sp2);
    return ok ? len : 0;
  }

  /** Adds the block's scores for token i to `scores[at …]` (only after `prefixLength` said yes). */
  addPrefix(s: SentenceWords, i: number, scores: Float64Array, at: number): void {
    const v = s.vectors;
    const n = v.length;
    this.addPart(v[i]!, 0, scores, at);
    if (i >= 2) this.addPart(v[i - 2]!, 1, scores, at);
    else this.addPart(this.edges, 0, scores, at);
    if (i >= 1) this.addPart(v[i - 1]!, 2, scores, at);
    else this.addPart(this.edges, 1, scores, at);
    if (i + 1 < n) this.addPart(v[i + 1]!, 3, scores, at);
    else this.addPart(this.edges, 2, scores, at);
    if (i + 2 < n) this.addPart(v[i + 2]!, 4, scores, at);
    else this.addPart(this.edges, 3, scores, at);
  }

  private addPart(v: Float64Array, part: number, scores: Float64Array, at: number): void {
    const L = this.labels;
    const from = part * L;
    for (let y = 0; y < L; y++) scores[at + y]! += v[from + y]!;
  }

  /** A word's five vectors: own, then as the word at −2, −1, +1, +2 of another. */
  private vector(w: string): Float64Array {
    let v = this.vectors.get(w);
    if (v) return v;
    const L = this.labels;
    const x: WordInfo = wordInfoOf(w, this.gazetteer);
    v = new Float64Array(5 * L);
    this.cache.add(BIAS_HASH, v, 0);
    for (const h of x.own) this.cache.add(h, v, 0);
    this.cache.add(x.lm2, v, L);
    this.cache.add(x.sm2, v, L);
    this.cache.add(x.lm1, v, 2 * L);
    this.cache.add(x.sm1, v, 2 * L);
    this.cache.add(x.lp1, v, 3 * L);
    this.cache.add(x.sp1, v, 3 * L);
    this.cache.add(x.lp2, v, 4 * L);
    this.cache.add(x.sp2, v, 4 * L);
    if (this.vectors.size >= LIMIT) this.vectors.clear();
    this.vectors.set(w, v);
    return v;
  }
}
