import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { GazetteerLookup } from '../../main/core/extract/ner/gazetteer-lookup.js';
import { encodeModel } from '../../main/core/extract/ner/model-file.js';
import { PerceptronTagger } from '../../main/core/extract/ner/perceptron-tagger.js';
import { LABELS } from '../../main/core/extract/ner/labels.js';
import { buildModel } from './build-model.js';
import { fitCalibration } from './calibrate.js';
import type { NerDocument } from './corpus-types.js';
import { featurize } from './featurize.js';
import { addMentions, emptyCounts, formatCounts, mentionKeys, prf, type TypeCounts } from './score-mentions.js';
import { splitDev, upperCaseCopies, withHeadlineCopies } from './split.js';
import { trainPerceptron } from './train-perceptron.js';

export interface PipelineOptions {
  seed: number;
  devFraction: number;
  upperCaseFraction: number;
  /** Share of training sentences also given as a title-case headline above their document. */
  headlineFraction: number;
  maxEpochs: number;
  patience: number;
  minFeatureCount: number;
  identityDropout: number;
  maxFeatures: number;
  /** Extra passes over some sets' training documents ({ wikigold: 2 } reads wikigold twice). */
  oversample: Record<string, number>;
  /**
   * After choosing the epoch count on dev, train the shipped model again on train + dev for
   * that many epochs. Dev figures reported are then the selection model's.
   */
  finalOnAll: boolean;
  gazetteer: GazetteerLookup;
  /** A short description of the gazetteer, recorded in the model header. */
  gazetteerId: string;
  log: (line: string) => void;
}

export const DEFAULT_OPTIONS: Omit<PipelineOptions, 'gazetteer' | 'gazetteerId' | 'log'> = {
  seed: 20261123,
  devFraction: 0.1,
  upperCaseFraction: 0.03,
  headlineFraction: 0.03,
  maxEpochs: 15,
  patience: 4,
  minFeatureCount: 1,
  identityDropout: 0.3,
  maxFeatures: 200_000,
  oversample: {},
  finalOnAll: true,
};

export interface PipelineResult {
  bytes: Uint8Array;
  sha256: string;
  gzipBytes: number;
  /** Dev scores of the selection model (pruned, 16-bit), trained on train alone. */
  dev: TypeCounts;
  /** The selection model's bytes when the shipped model was retrained on train + dev. */
  selectionBytes?: Uint8Array;
}

/** Split, train, choose the epoch on dev, prune and quantise, then score the shipped model on dev. */
export function trainFromDocuments(docs: readonly NerDocument[], o: PipelineOptions): PipelineResult {
  const { train, dev } = splitDev(docs, o.devFraction, o.seed);
  const trainFeats = featurize(augment(train, o), o.gazetteer);
  o.log(
    `documents: ${train.length} train (+${trainFeats.length - train.reduce((n, d) => n + d.sentences.length, 0)} copied sentences), ${dev.length} dev`,
  );
  const devFeats = featurize(dev, o.gazetteer);
  const trained = trainPerceptron(trainFeats, devFeats, { ...o, log: o.log });
  o.log(`chosen epoch ${trained.epoch}`);
  const training = {
    seed: o.seed,
    epoch: trained.epoch,
    devFraction: o.devFraction,
    upperCaseFraction: o.upperCaseFraction,
    headlineFraction: o.headlineFraction,
    minFeatureCount: o.minFeatureCount,
    identityDropout: o.identityDropout,
    oversample: o.oversample,
    gazetteer: o.gazetteerId,
    sets: countBySet(train),
  };
  const model = buildModel(trained, o.maxFeatures, training);
  model.header.calibration = fitCalibration(new PerceptronTagger(model, o.gazetteer, 'dev'), dev);
  o.log(
    `span confidence = sigmoid(${model.header.calibration.a.toFixed(3)} · margin + ${model.header.calibration.b.toFixed(3)})`,
  );
  const selection = new PerceptronTagger(model, o.gazetteer, 'dev');
  const devCounts = scoreTokenDocs(selection, dev);
  o.log(`dev, selection model (${model.keys.length} features, 16-bit):\n${formatCounts(devCounts)}`);
  for (const set of [...new Set(dev.map((d) => d.set))].sort()) {
    const c = scoreTokenDocs(
      selection,
      dev.filter((d) => d.set === set),
    ).ALL!;
    o.log(`  dev ${set}: F1 ${(100 * prf(c).f1).toFixed(1)} (gold ${c.tp + c.fn})`);
  }
  let bytes = encodeModel(model);
  let selectionBytes: Uint8Array | undefined;
  if (o.finalOnAll) {
    // The epoch count is chosen; dev now only adds training data. The calibration stays the
    // selection model's (fitted on dev it had not seen).
    const all = [...train, ...dev];
    o.log(`final model: train + dev (${all.length} documents), ${trained.epoch} epochs`);
    const final = trainPerceptron(featurize(augment(all, o), o.gazetteer), [], {
      ...o,
      fixedEpochs: trained.epoch,
      log: o.log,
    });
    const shipped = buildModel(final, o.maxFeatures, { ...training, finalOnAll: true, sets: countBySet(all) });
    shipped.header.calibration = model.header.calibration;
    selectionBytes = bytes;
    bytes = encodeModel(shipped);
  }
  return {
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    dev: devCounts,
    ...(selectionBytes ? { selectionBytes } : {}),
  };
}

/** Training documents with headline, oversampled and upper-cased copies. */
function augment(docs: readonly NerDocument[], o: PipelineOptions): NerDocument[] {
  const withHeads = o.headlineFraction > 0 ? withHeadlineCopies(docs, o.headlineFraction, o.seed) : docs;
  const repeated = withHeads.flatMap((d) => new Array<typeof d>(o.oversample[d.set] ?? 1).fill(d));
  return [...repeated, ...upperCaseCopies(docs, o.upperCaseFraction, o.seed)];
}

/** Strict mention counts of a tagger over gold-tokenised documents. */
export function scoreTokenDocs(tagger: PerceptronTagger, docs: readonly NerDocument[]): TypeCounts {
  const counts = emptyCounts();
  for (const d of docs) {
    const out = tagger.labelSentences(d.sentences.map((s) => s.tokens));
    d.sentences.forEach((s, i) => {
      addMentions(counts, mentionKeys(s.tags), mentionKeys(Array.from(out[i]!.labels, (l) => LABELS[l]!)));
    });
  }
  return counts;
}

function countBySet(docs: readonly NerDocument[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of docs) out[d.set] = (out[d.set] ?? 0) + d.sentences.length;
  return Object.fromEntries(Object.entries(out).sort());
}
