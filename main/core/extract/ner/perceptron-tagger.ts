import { documentFeatures } from './document-features.js';
import { FeatureTable } from './feature-table.js';
import type { SentenceFeatures } from './features.js';
import type { GazetteerLookup } from './gazetteer-lookup.js';
import type { TaggedSpan, Tagger } from './tagger.js';
import { ALLOWED_TRANSITION, type EntityClass, isInside, LABEL_COUNT, labelClass, OUTPUT_TYPE } from './labels.js';
import type { ModelData } from './model-file.js';
import { splitSentences, tokenize } from './tokenize.js';
import { viterbi } from './viterbi.js';
import { WeightCache } from './weight-cache.js';
import { WordVectors } from './word-vectors.js';

const L = LABEL_COUNT;

/** Tags text with a trained averaged-perceptron model (16-bit weights, BIO Viterbi). */
export class PerceptronTagger implements Tagger {
  readonly name = 'ner-perceptron';
  readonly version: string;
  private readonly cache: WeightCache;
  private readonly vectors: WordVectors;

  constructor(
    private readonly model: ModelData,
    private readonly gazetteer: GazetteerLookup,
    version: string,
  ) {
    this.version = version;
    this.cache = new WeightCache(new FeatureTable(model.keys), model.weights, L);
    this.vectors = new WordVectors(this.cache, gazetteer, L);
  }

  tag(text: string): TaggedSpan[] {
    const tokens = tokenize(text);
    const bounds = splitSentences(text, tokens);
    const sentences = bounds.map(([a, b]) => tokens.slice(a, b));
    const labels = this.labelSentences(sentences.map((s) => s.map((t) => t.text)));
    const spans: TaggedSpan[] = [];
    const cal = this.model.header.calibration ?? { a: 1, b: 0 };
    sentences.forEach((s, i) => {
      for (const run of labelRuns(labels[i]!.labels, labels[i]!.margins)) {
        const type = OUTPUT_TYPE[run.cls];
        if (!type) continue;
        const score = 1 / (1 + Math.exp(-(cal.a * run.margin + cal.b)));
        spans.push({
          type,
          start: s[run.start]!.start,
          end: s[run.end - 1]!.end,
          score: Math.round(score * 1000) / 1000,
        });
      }
    });
    return spans;
  }

  /**
   * Best label indexes for already-tokenised sentences of one document, with each token's
   * margin in weight units (used by `tag`, evaluation and calibration).
   */
  labelSentences(sentences: ReadonlyArray<readonly string[]>): Array<{ labels: Int32Array; margins: Float64Array }> {
    const feats = documentFeatures(sentences, this.gazetteer);
    return feats.map((f, i) => this.decode(f, sentences[i]!));
  }

  /**
   * Each token's score for each label (`[t * L + y]`): the sum of the weights of its features.
   * `blocks` counts the tokens whose leading word features came from the per-word vectors.
   */
  emissions(f: SentenceFeatures, words: readonly string[], blocks?: { count: number }): Float64Array {
    const n = words.length;
    const em = new Float64Array(n * L);
    const vectors = this.vectors;
    const sentence = vectors.sentence(words);
    const cache = this.cache;
    const { hashes, starts } = f;
    for (let t = 0; t < n; t++) {
      const end = starts[t + 1]!;
      let k = starts[t]!;
      const block = vectors.prefixLength(sentence, t, hashes, k, end);
      if (block) {
        vectors.addPrefix(sentence, t, em, t * L);
        k += block;
        if (blocks) blocks.count++;
      }
      for (; k < end; k++) cache.add(hashes[k]!, em, t * L);
    }
    return em;
  }

  private decode(f: SentenceFeatures, words: readonly string[]): { labels: Int32Array; margins: Float64Array } {
    const n = words.length;
    const em = this.emissions(f, words);
    const labels = new Int32Array(n);
    viterbi(em, n, this.model.transitions, labels);
    // Confidence: how far the chosen label's local score is above the best label of another
    // class (or O) that could have stood there; B-X vs I-X of one class do not compete.
    const margins = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      const chosen = labels[t]!;
      const prev = t === 0 ? 0 : labels[t - 1]!;
      let other = -Infinity;
      for (let y = 0; y < L; y++) {
        if (labelClass(y) === labelClass(chosen) || !ALLOWED_TRANSITION[prev * L + y]) continue;
        if (em[t * L + y]! > other) other = em[t * L + y]!;
      }
      margins[t] = (em[t * L + chosen]! - other) * this.model.header.scale;
    }
    return { labels, margins };
  }
}

export interface LabelRun {
  cls: EntityClass;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** The weakest token's margin: how sure the model is of the whole span. */
  margin: number;
}

/** Entity spans in a label sequence, MISC included. */
export function labelRuns(labels: Int32Array, margins: Float64Array): LabelRun[] {
  const out: LabelRun[] = [];
  let i = 0;
  while (i < labels.length) {
    const cls = labelClass(labels[i]!);
    if (!cls) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < labels.length && isInside(labels[j]!) && labelClass(labels[j]!) === cls) j++;
    let m = Infinity;
    for (let k = i; k < j; k++) m = Math.min(m, margins[k]!);
    out.push({ cls, start: i, end: j, margin: m });
    i = j;
  }
  return out;
}
