import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFeatures } from '../../../../../main/core/extract/ner/document-features.js';
import { FeatureTable } from '../../../../../main/core/extract/ner/feature-table.js';
import { FEATURE_SET_VERSION } from '../../../../../main/core/extract/ner/features.js';
import { loadTagger } from '../../../../../main/core/extract/ner/index.js';
import { LABEL_COUNT } from '../../../../../main/core/extract/ner/labels.js';
import { decodeModel } from '../../../../../main/core/extract/ner/model-file.js';
import { defaultModelPath } from '../../../../../main/core/extract/ner/model-path.js';
import { PerceptronTagger } from '../../../../../main/core/extract/ner/perceptron-tagger.js';
import { shippedGazetteer } from '../../../../../main/core/extract/ner/shipped-gazetteer.js';
import { splitSentences, tokenize } from '../../../../../main/core/extract/ner/tokenize.js';

const CORPUS = new URL('../../../../../../shared/corpus/', import.meta.url).pathname;
const L = LABEL_COUNT;

describe('tagger emissions through the weight cache and per-word vectors', () => {
  it('equal the plain sum of every feature weight, token by token, and use the vectors for every token', () => {
    const tagger = loadTagger();
    expect(tagger).toBeInstanceOf(PerceptronTagger);
    if (!(tagger instanceof PerceptronTagger)) return;
    const model = decodeModel(readFileSync(defaultModelPath()!), FEATURE_SET_VERSION);
    const table = new FeatureTable(model.keys);
    const gazetteer = shippedGazetteer().lookup;
    // The corpus, plus edge cases: one-word sentences, a word repeated, all capitals, a title-case line.
    const texts = [
      ...readdirSync(CORPUS)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(CORPUS + f, 'utf8')),
      'Yes.\nNo\nA B\nKABUL ATTACK KILLS FIVE\nDrone Strikes Cause Bilateral Crisis\nthe the the the the',
    ];
    let tokens = 0;
    const blocks = { count: 0 };
    for (const text of texts) {
      const tks = tokenize(text);
      const sentences = splitSentences(text, tks).map(([a, b]) => tks.slice(a, b).map((t) => t.text));
      documentFeatures(sentences, gazetteer).forEach((f, i) => {
        const words = sentences[i]!;
        const fast = tagger.emissions(f, words, blocks);
        const plain = new Float64Array(words.length * L);
        for (let t = 0; t < words.length; t++) {
          for (let k = f.starts[t]!; k < f.starts[t + 1]!; k++) {
            const r = table.row(f.hashes[k]!);
            if (r >= 0) for (let y = 0; y < L; y++) plain[t * L + y]! += model.weights[r * L + y]!;
          }
        }
        expect(Array.from(fast)).toEqual(Array.from(plain));
        tokens += words.length;
      });
    }
    expect(tokens).toBeGreaterThan(1000);
    expect(blocks.count).toBe(tokens);
  });
});
