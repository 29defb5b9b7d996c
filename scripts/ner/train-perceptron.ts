import { LABEL_COUNT, LABELS } from '../../main/core/extract/ner/labels.js';
import { viterbi } from '../../main/core/extract/ner/viterbi.js';
import type { HashedSentence } from './featurize.js';
import { addMentions, emptyCounts, mentionKeys, prf, type TypeCounts } from './score-mentions.js';
import { seededRandom, shuffle } from './seeded-random.js';

const L = LABEL_COUNT;

export interface TrainOptions {
  maxEpochs: number;
  /** Stop after this many epochs without a better dev F1. */
  patience: number;
  seed: number;
  /** Features seen fewer times in training are not learned at all. */
  minFeatureCount: number;
  /**
   * Chance of hiding a token's word identity (its word and lower-case features) for one
   * training pass, so the model also learns to find names it has never seen from shape,
   * affixes and context. 0 turns it off.
   */
  identityDropout: number;
  /** Train exactly this many epochs and keep the last (no dev choice; dev may be empty). */
  fixedEpochs?: number;
  log: (line: string) => void;
}

export interface TrainedWeights {
  /** Feature hash of each weight row. */
  hashes: Uint32Array;
  weights: Float64Array;
  transitions: Float64Array;
  epoch: number;
  devCounts: TypeCounts;
}

interface Encoded {
  ids: Int32Array;
  starts: Int32Array;
  gold: Int32Array;
}

/**
 * Averaged structured perceptron (Collins 2002) with first-order BIO Viterbi. Averaging uses
 * the w − u/c trick, so no per-weight timestamps are kept. The epoch is chosen on dev.
 */
export function trainPerceptron(
  train: readonly HashedSentence[],
  dev: readonly HashedSentence[],
  o: TrainOptions,
): TrainedWeights {
  const { index, hashes } = featureIndex(train, o.minFeatureCount);
  const enc = (s: HashedSentence): Encoded => encode(s, index);
  const trainEnc = train.map(enc);
  const devEnc = dev.map(enc);
  o.log(`features: ${hashes.length} (seen ≥ ${o.minFeatureCount} times)`);

  const F = hashes.length;
  const w = new Float64Array(F * L);
  const u = new Float64Array(F * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  let c = 1;
  const order = trainEnc.map((_, i) => i);
  const random = seededRandom(o.seed);
  let best: TrainedWeights | null = null;
  let bestF1 = -1;

  const lastEpoch = o.fixedEpochs ?? o.maxEpochs;
  for (let epoch = 1; epoch <= lastEpoch; epoch++) {
    shuffle(order, random);
    let errors = 0;
    for (const si of order) {
      const s0 = trainEnc[si]!;
      const s = o.identityDropout > 0 ? dropIdentity(s0, o.identityDropout, random) : s0;
      const n = s.gold.length;
      const pred = decode(s, w, tw);
      for (let t = 0; t < n; t++) {
        const g = s.gold[t]!;
        const p = pred[t]!;
        const gPrev = t === 0 ? -1 : s.gold[t - 1]!;
        const pPrev = t === 0 ? -1 : pred[t - 1]!;
        if (g !== p) {
          errors++;
          for (let k = s.starts[t]!; k < s.starts[t + 1]!; k++) {
            const f = s.ids[k]!;
            if (f < 0) continue;
            w[f * L + g]! += 1;
            u[f * L + g]! += c;
            w[f * L + p]! -= 1;
            u[f * L + p]! -= c;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          const gi = (gPrev + 1) * L + g;
          const pi = (pPrev + 1) * L + p;
          tw[gi]! += 1;
          tu[gi]! += c;
          tw[pi]! -= 1;
          tu[pi]! -= c;
        }
      }
      c++;
    }
    const avgW = average(w, u, c);
    const avgT = average(tw, tu, c);
    if (o.fixedEpochs !== undefined) {
      o.log(`epoch ${epoch}: ${errors} token errors in training`);
      if (epoch === lastEpoch) best = { hashes, weights: avgW, transitions: avgT, epoch, devCounts: emptyCounts() };
      continue;
    }
    const counts = evaluate(devEnc, avgW, avgT);
    const f1 = prf(counts.ALL!).f1;
    o.log(`epoch ${epoch}: ${errors} token errors in training, dev F1 ${(100 * f1).toFixed(2)}`);
    if (f1 > bestF1) {
      bestF1 = f1;
      best = { hashes, weights: avgW, transitions: avgT, epoch, devCounts: counts };
    } else if (best && epoch - best.epoch >= o.patience) break;
  }
  return best!;
}

/** Word and lower-case form are a token's 2nd and 3rd features (see features.ts). */
const IDENTITY_OFFSETS = [1, 2];

function dropIdentity(s: Encoded, p: number, random: () => number): Encoded {
  let ids: Int32Array | null = null;
  for (let t = 0; t < s.gold.length; t++) {
    if (random() >= p) continue;
    ids ??= s.ids.slice();
    for (const k of IDENTITY_OFFSETS) if (s.starts[t]! + k < s.starts[t + 1]!) ids[s.starts[t]! + k] = -1;
  }
  return ids ? { ...s, ids } : s;
}

function featureIndex(
  train: readonly HashedSentence[],
  minCount: number,
): { index: Map<number, number>; hashes: Uint32Array } {
  const counts = new Map<number, number>();
  for (const s of train) for (const h of s.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  // Sorted so feature ids, and therefore float rounding order, never depend on Map history.
  const kept = [...counts]
    .filter(([, n]) => n >= minCount)
    .map(([h]) => h)
    .sort((a, b) => a - b);
  return { index: new Map(kept.map((h, i) => [h, i])), hashes: Uint32Array.from(kept) };
}

function encode(s: HashedSentence, index: Map<number, number>): Encoded {
  return { ids: Int32Array.from(s.hashes, (h) => index.get(h) ?? -1), starts: s.starts, gold: s.gold };
}

function average(w: Float64Array, u: Float64Array, c: number): Float64Array {
  const out = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = w[i]! - u[i]! / c;
  return out;
}

function decode(s: Encoded, w: Float64Array, tw: Float64Array): Int32Array {
  const n = s.gold.length;
  const em = new Float64Array(n * L);
  for (let t = 0; t < n; t++) {
    for (let k = s.starts[t]!; k < s.starts[t + 1]!; k++) {
      const f = s.ids[k]!;
      if (f < 0) continue;
      for (let y = 0; y < L; y++) em[t * L + y]! += w[f * L + y]!;
    }
  }
  const out = new Int32Array(n);
  viterbi(em, n, tw, out);
  return out;
}

function evaluate(dev: readonly Encoded[], w: Float64Array, tw: Float64Array): TypeCounts {
  const counts = emptyCounts();
  for (const s of dev) {
    const pred = decode(s, w, tw);
    addMentions(
      counts,
      mentionKeys(Array.from(s.gold, (l) => LABELS[l]!)),
      mentionKeys(Array.from(pred, (l) => LABELS[l]!)),
    );
  }
  return counts;
}
