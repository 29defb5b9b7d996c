import { ALLOWED_TRANSITION, LABEL_COUNT } from './labels.js';

const L = LABEL_COUNT;

/**
 * First-order Viterbi over BIO labels. `emissions[t * L + y]` is token t's score for label y;
 * `transitions[(p + 1) * L + y]` the score of y after p, row 0 the sentence start. Transitions
 * that break BIO (I-X after anything but B-X / I-X, or at the start) are never taken, whatever
 * the scores say. Writes the best labels into `out` (length ≥ n).
 */
export function viterbi(
  emissions: ArrayLike<number>,
  n: number,
  transitions: ArrayLike<number>,
  out: Int32Array,
): void {
  if (n === 0) return;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) {
    score[y] = ALLOWED_TRANSITION[y]! ? transitions[y]! + emissions[y]! : -Infinity; // start acts as a preceding O
  }
  for (let t = 1; t < n; t++) {
    const base = t * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED_TRANSITION[p * L + y]) continue;
        const s = score[prevBase + p]! + transitions[(p + 1) * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + y] = best + emissions[base + y]!;
      back[base + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const lastBase = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    if (score[lastBase + y]! > best) {
      best = score[lastBase + y]!;
      arg = y;
    }
  }
  for (let t = n - 1; t >= 0; t--) {
    out[t] = arg;
    arg = back[t * L + arg]!;
  }
}
