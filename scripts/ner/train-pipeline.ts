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
  minFeatureCount: 2,
  identityDropout: 0.2,
  maxFeatures: 250_000,
  oversample: {},
};

export interface PipelineResult {
  bytes: Uint8Array;
  sha256: string;
  gzipBytes: number;
  /** Dev scores of the shipped (pruned, 16-bit) model. */
  dev: TypeCounts;
}

/** Split, train, choose the epoch on dev, prune and quantise, then score the shipped model on dev. */
export function trainFromDocuments(docs: readonly NerDocument[], o: PipelineOptions): PipelineResult {
  const { train, dev } = splitDev(docs, o.devFraction, o.seed);
  const withHeads = o.headlineFraction > 0 ? withHeadlineCopies(train, o.headlineFraction, o.seed) : train;
  const repeated = withHeads.flatMap((d) => new Array<typeof d>(o.oversample[d.set] ?? 1).fill(d));
  const augmented = [...repeated, ...upperCaseCopies(train, o.upperCaseFraction, o.seed)];
  o.log(`documents: ${train.length} train (+${augmented.length - train.length} upper-cased copies), ${dev.length} dev`);
  const trainFeats = featurize(augmented, o.gazetteer);
  const devFeats = featurize(dev, o.gazetteer);
  const trained = trainPerceptron(trainFeats, devFeats, { ...o, log: o.log });
  o.log(`chosen epoch ${trained.epoch}`);
  const model = buildModel(trained, o.maxFeatures, {
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
  });
  model.header.calibration = fitCalibration(new PerceptronTagger(model, o.gazetteer, 'dev'), dev);
  o.log(`span confidence = sigmoid(${model.header.calibration.a.toFixed(3)} · margin + ${model.header.calibration.b.toFixed(3)})`);
  const bytes = encodeModel(model);
  const shipped = new PerceptronTagger(model, o.gazetteer, 'dev');
  const devCounts = scoreTokenDocs(shipped, dev);
  o.log(`dev, shipped model (${model.keys.length} features, 16-bit):\n${formatCounts(devCounts)}`);
  for (const set of [...new Set(dev.map((d) => d.set))].sort()) {
    const c = scoreTokenDocs(shipped, dev.filter((d) => d.set === set)).ALL!;
    o.log(`  dev ${set}: F1 ${(100 * prf(c).f1).toFixed(1)} (gold ${c.tp + c.fn})`);
  }
  return {
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    dev: devCounts,
  };
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
