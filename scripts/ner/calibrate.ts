import { labelRuns, type PerceptronTagger } from '../../main/core/extract/ner/perceptron-tagger.js';
import { spansFromTags } from './bio.js';
import type { NerDocument } from './corpus-types.js';

/**
 * Fits span confidence = sigmoid(a · margin + b) to whether each predicted span is exactly right
 * on the dev split (logistic regression on one feature, plain gradient descent: deterministic).
 */
export function fitCalibration(tagger: PerceptronTagger, dev: readonly NerDocument[]): { a: number; b: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const d of dev) {
    const out = tagger.labelSentences(d.sentences.map((s) => s.tokens));
    d.sentences.forEach((s, i) => {
      const gold = new Set(spansFromTags(s.tags, (t) => t).map((g) => `${g.type} ${g.start} ${g.end}`));
      for (const r of labelRuns(out[i]!.labels, out[i]!.margins)) {
        if (r.cls === 'MISC') continue;
        xs.push(r.margin);
        ys.push(gold.has(`${r.cls} ${r.start} ${r.end}`) ? 1 : 0);
      }
    });
  }
  if (xs.length === 0) return { a: 1, b: 0 };
  const spread = Math.max(1e-9, Math.sqrt(xs.reduce((s, x) => s + x * x, 0) / xs.length));
  let a = 0;
  let b = 0;
  for (let it = 0; it < 500; it++) {
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]! / spread;
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      ga += (p - ys[i]!) * x;
      gb += p - ys[i]!;
    }
    a -= (0.5 * ga) / xs.length;
    b -= (0.5 * gb) / xs.length;
  }
  return { a: a / spread, b };
}
