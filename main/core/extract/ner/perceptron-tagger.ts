import { documentFeatures } from './document-features.js';
import { FeatureTable } from './feature-table.js';
import type { SentenceFeatures } from './features.js';
import type { GazetteerLookup } from './gazetteer-lookup.js';
import type { TaggedSpan, Tagger } from './tagger.js';
import { isInside, LABEL_COUNT, labelClass, OUTPUT_TYPE } from './labels.js';
import type { ModelData } from './model-file.js';
import { splitSentences, tokenize, type Token } from './tokenize.js';
import { viterbi } from './viterbi.js';

const L = LABEL_COUNT;

/** Tags text with a trained averaged-perceptron model (16-bit weights, BIO Viterbi). */
export class PerceptronTagger implements Tagger {
  readonly name = 'ner-perceptron';
  readonly version: string;
  private readonly table: FeatureTable;

  constructor(
    private readonly model: ModelData,
    private readonly gazetteer: GazetteerLookup,
    version: string,
  ) {
    this.version = version;
    this.table = new FeatureTable(model.keys);
  }

  tag(text: string): TaggedSpan[] {
    const tokens = tokenize(text);
    const bounds = splitSentences(text, tokens);
    const sentences = bounds.map(([a, b]) => tokens.slice(a, b));
    const labels = this.labelSentences(sentences.map((s) => s.map((t) => t.text)));
    const spans: TaggedSpan[] = [];
    sentences.forEach((s, i) => collectSpans(s, labels[i]!.labels, labels[i]!.margins, this.model.header.scale, spans));
    return spans;
  }

  /** Best label indexes for already-tokenised sentences of one document (used by evaluation). */
  labelSentences(sentences: ReadonlyArray<readonly string[]>): Array<{ labels: Int32Array; margins: Float64Array }> {
    const feats = documentFeatures(sentences, this.gazetteer);
    return feats.map((f, i) => this.decode(f, sentences[i]!.length));
  }

  private decode(f: SentenceFeatures, n: number): { labels: Int32Array; margins: Float64Array } {
    const em = new Float64Array(n * L);
    const w = this.model.weights;
    for (let t = 0; t < n; t++) {
      const base = t * L;
      for (let k = f.starts[t]!; k < f.starts[t + 1]!; k++) {
        const r = this.table.row(f.hashes[k]!);
        if (r < 0) continue;
        const off = r * L;
        for (let y = 0; y < L; y++) em[base + y]! += w[off + y]!;
      }
    }
    const labels = new Int32Array(n);
    viterbi(em, n, this.model.transitions, labels);
    const margins = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      const chosen = labels[t]!;
      let other = -Infinity;
      for (let y = 0; y < L; y++) if (y !== chosen && em[t * L + y]! > other) other = em[t * L + y]!;
      margins[t] = em[t * L + chosen]! - other;
    }
    return { labels, margins };
  }
}

function collectSpans(tokens: readonly Token[], labels: Int32Array, margins: Float64Array, scale: number, out: TaggedSpan[]): void {
  let i = 0;
  while (i < tokens.length) {
    const cls = labelClass(labels[i]!);
    if (!cls) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && isInside(labels[j]!) && labelClass(labels[j]!) === cls) j++;
    const type = OUTPUT_TYPE[cls];
    if (type) {
      let m = Infinity;
      for (let k = i; k < j; k++) m = Math.min(m, margins[k]!);
      // A rough confidence from the weakest token's local margin; perceptron scores are not probabilities.
      const score = 1 / (1 + Math.exp(-m * scale));
      out.push({ type, start: tokens[i]!.start, end: tokens[j - 1]!.end, score: Math.round(score * 1000) / 1000 });
    }
    i = j;
  }
}
