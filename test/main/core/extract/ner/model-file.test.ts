import { describe, expect, test } from 'vitest';
import { DossierError } from '../../../../../main/core/errors.js';
import { LABEL_COUNT, LABELS } from '../../../../../main/core/extract/ner/labels.js';
import {
  decodeModel,
  encodeModel,
  MODEL_FORMAT_VERSION,
  type ModelData,
} from '../../../../../main/core/extract/ner/model-file.js';

function small(): ModelData {
  return {
    header: { featureSetVersion: 3, labels: [...LABELS], scale: 0.001, training: { seed: 1 } },
    keys: Uint32Array.from([5, 9, 0xffffffff]),
    weights: Int16Array.from({ length: 3 * LABEL_COUNT }, (_, i) => (i % 2 ? -i * 1000 : i * 1000) % 32767),
    transitions: Float32Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, (_, i) => i - 40.5),
  };
}

describe('model file', () => {
  test('round-trips keys, weights, transitions and header exactly', () => {
    const m = small();
    const back = decodeModel(encodeModel(m), 3);
    expect(back.header).toEqual(m.header);
    expect(back.keys).toEqual(m.keys);
    expect(back.weights).toEqual(m.weights);
    expect(back.transitions).toEqual(m.transitions);
  });

  test('decodes from a buffer at an odd byte offset', () => {
    const bytes = encodeModel(small());
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(decodeModel(shifted.subarray(1), 3).keys).toEqual(small().keys);
  });

  test('refuses another format version, another feature set, a truncated file and junk', () => {
    const bytes = encodeModel(small());
    const newer = bytes.slice();
    new DataView(newer.buffer).setUint32(4, MODEL_FORMAT_VERSION + 1, true);
    expect(() => decodeModel(newer, 3)).toThrow(/format version/);
    expect(() => decodeModel(bytes, 4)).toThrow(/feature set 3, expected 4/);
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 2), 3)).toThrow(DossierError);
    expect(() => decodeModel(new TextEncoder().encode('not a model at all'), 3)).toThrow(/not a Dossier model/);
  });
});
