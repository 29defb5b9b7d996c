import { FEATURE_SET_VERSION } from '../../main/core/extract/ner/features.js';
import { LABEL_COUNT, LABELS } from '../../main/core/extract/ner/labels.js';
import type { ModelData } from '../../main/core/extract/ner/model-file.js';
import type { TrainedWeights } from './train-perceptron.js';

const L = LABEL_COUNT;

/**
 * The shipped form of trained weights: the `maxFeatures` rows with the largest weights (a row
 * whose weights are all tiny barely moves a decision), as 16-bit integers of one global scale.
 */
export function buildModel(t: TrainedWeights, maxFeatures: number, training: Record<string, unknown>): ModelData {
  const F = t.hashes.length;
  const strength = new Float64Array(F);
  for (let f = 0; f < F; f++) {
    let m = 0;
    for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(t.weights[f * L + y]!));
    strength[f] = m;
  }
  // Strongest first; ties broken by hash so the choice never depends on sort stability.
  const rows = Array.from({ length: F }, (_, f) => f)
    .filter((f) => strength[f]! > 0)
    .sort((a, b) => strength[b]! - strength[a]! || t.hashes[a]! - t.hashes[b]!)
    .slice(0, maxFeatures)
    .sort((a, b) => t.hashes[a]! - t.hashes[b]!);

  let maxAbs = 0;
  for (const f of rows) maxAbs = Math.max(maxAbs, strength[f]!);
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const keys = new Uint32Array(rows.length);
  const weights = new Int16Array(rows.length * L);
  rows.forEach((f, r) => {
    keys[r] = t.hashes[f]!;
    for (let y = 0; y < L; y++) weights[r * L + y] = Math.round(t.weights[f * L + y]! / scale);
  });
  const transitions = Float32Array.from(t.transitions, (v) => v / scale);
  return {
    header: { featureSetVersion: FEATURE_SET_VERSION, labels: [...LABELS], scale, training },
    keys,
    weights,
    transitions,
  };
}
