import { describe, expect, test } from 'vitest';
import { ALLOWED_TRANSITION, LABEL_COUNT, LABEL_INDEX, LABELS } from '../../../../../main/core/extract/ner/labels.js';
import { viterbi } from '../../../../../main/core/extract/ner/viterbi.js';
import { seededRandom } from '../../../../../scripts/ner/seeded-random.js';

const L = LABEL_COUNT;
const idx = (l: string) => LABEL_INDEX.get(l)!;

describe('viterbi', () => {
  test('never starts with I- or puts I-X after anything but B-X / I-X, even when the scores ask for it', () => {
    const n = 3;
    const em = new Float64Array(n * L);
    em[0 * L + idx('I-PER')] = 100; // wants I-PER first
    em[1 * L + idx('I-ORG')] = 100;
    em[2 * L + idx('I-LOC')] = 100;
    const out = new Int32Array(n);
    viterbi(em, n, new Float64Array((L + 1) * L), out);
    const labels = Array.from(out, (l) => LABELS[l]);
    expect(labels[0]).not.toMatch(/^I-/);
    for (let t = 1; t < n; t++) expect(ALLOWED_TRANSITION[out[t - 1]! * L + out[t]!]).toBe(1);
  });

  test('finds the best path: matches brute force on random scores', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 30; trial++) {
      const n = 1 + Math.floor(random() * 4);
      const em = Float64Array.from({ length: n * L }, () => random() * 4 - 2);
      const tr = Float64Array.from({ length: (L + 1) * L }, () => random() * 4 - 2);
      const out = new Int32Array(n);
      viterbi(em, n, tr, out);
      expect(pathScore(Array.from(out), em, tr)).toBeCloseTo(bruteForceBest(n, em, tr), 9);
    }
  });
});

function pathScore(path: number[], em: Float64Array, tr: Float64Array): number {
  let s = 0;
  let prev = -1;
  for (let t = 0; t < path.length; t++) {
    const y = path[t]!;
    if (!ALLOWED_TRANSITION[(prev < 0 ? 0 : prev) * L + y]) return -Infinity;
    s += tr[(prev + 1) * L + y]! + em[t * L + y]!;
    prev = y;
  }
  return s;
}

function bruteForceBest(n: number, em: Float64Array, tr: Float64Array): number {
  let best = -Infinity;
  const path = new Array<number>(n).fill(0);
  const total = L ** n;
  for (let code = 0; code < total; code++) {
    let c = code;
    for (let t = 0; t < n; t++) {
      path[t] = c % L;
      c = Math.floor(c / L);
    }
    best = Math.max(best, pathScore(path, em, tr));
  }
  return best;
}
