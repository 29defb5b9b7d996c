import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { GazetteerLookup } from './gazetteer-lookup.js';
import { FEATURE_SET_VERSION } from './features.js';
import { decodeModel } from './model-file.js';
import { defaultModelPath } from './model-path.js';
import { PerceptronTagger } from './perceptron-tagger.js';
import { shippedGazetteer } from './shipped-gazetteer.js';
import type { Tagger } from './tagger.js';

export type { TaggedSpan, Tagger } from './tagger.js';

/**
 * The learned entity tagger. `loadTagger()` reads the shipped model once and returns the same
 * tagger afterwards; it returns null when no model ships (extraction then uses its rules
 * alone). A model file that exists but cannot be used is an error, not a silent fallback.
 */
export interface LoadTaggerOptions {
  /** A model file other than the shipped one (tests, evaluation). */
  modelFile?: string;
  gazetteer?: GazetteerLookup;
}

let shipped: { tagger: Tagger | null } | null = null;

export function loadTagger(options?: LoadTaggerOptions): Tagger | null {
  if (options) return readTagger(options.modelFile ?? defaultModelPath(), options.gazetteer ?? defaultGazetteer());
  shipped ??= { tagger: readTagger(defaultModelPath(), defaultGazetteer()) };
  return shipped.tagger;
}

function readTagger(file: string | null, gazetteer: GazetteerLookup): Tagger | null {
  if (!file || !existsSync(file)) return null;
  const bytes = readFileSync(file);
  const model = decodeModel(bytes, FEATURE_SET_VERSION);
  const version = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  return new PerceptronTagger(model, gazetteer, version);
}

function defaultGazetteer(): GazetteerLookup {
  return shippedGazetteer().lookup;
}
