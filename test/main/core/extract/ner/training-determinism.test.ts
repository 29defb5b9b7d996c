import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { FEATURE_SET_VERSION } from '../../../../../main/core/extract/ner/features.js';
import { decodeModel } from '../../../../../main/core/extract/ner/model-file.js';
import { shippedGazetteer } from '../../../../../main/core/extract/ner/shipped-gazetteer.js';
import { loadAllSets } from '../../../../../scripts/ner/datasets.js';
import {
  DEFAULT_OPTIONS,
  trainFromDocuments,
  type PipelineOptions,
} from '../../../../../scripts/ner/train-pipeline.js';

const DATA = fileURLToPath(new URL('../../../../../../shared/ner-train/', import.meta.url));

describe('training', () => {
  const all = loadAllSets(DATA);
  // A small subset of two sets keeps this quick; the full run is `npm run train:ner`.
  const docs = [
    ...all.filter((d) => d.set === 'wikigold').slice(0, 40),
    ...all.filter((d) => d.set === 'btc').slice(0, 600),
  ];
  const gaz = shippedGazetteer();
  const options = (seed: number): PipelineOptions => ({
    ...DEFAULT_OPTIONS,
    seed,
    maxEpochs: 2,
    maxFeatures: 20_000,
    gazetteer: gaz.lookup,
    gazetteerId: gaz.id(),
    log: () => {},
  });

  test('same seed and same data give the same model bytes; another seed does not', () => {
    const a = trainFromDocuments(docs, options(1));
    const b = trainFromDocuments(docs, options(1));
    expect(a.sha256).toBe(b.sha256);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(trainFromDocuments(docs, options(2)).sha256).not.toBe(a.sha256);
    // Three trainings: about 10 s alone, three times that on a busy 2-core machine.
  }, 90_000);

  test('writes a loadable model that learned something on its dev split', () => {
    const r = trainFromDocuments(docs, options(1));
    const m = decodeModel(r.bytes, FEATURE_SET_VERSION);
    expect(m.keys.length).toBeLessThanOrEqual(20_000);
    expect(m.header.training.gazetteer).toBe(gaz.id());
    expect(r.dev.PER!.tp).toBeGreaterThan(0);
  }, 60_000);
});
