import type { WordCluster } from './word-clusters.js';

/**
 * What the tagger asks of a gazetteer. Injected (never imported by the feature code) so the
 * features can be trained and tested with any gazetteer, and so a model records which one it
 * was trained with.
 */
export interface GazetteerLookup {
  /** Bit flags of the gazetteer lists that contain a phrase with this word; 0 when none. */
  wordFlags(word: string): number;
  /** The gazetteer class of a whole phrase ("location", "organization" …), or null. */
  phraseClass(phrase: string): string | null;
  /** A coarse class of the word from a lexicon ("MaleName", "City", "PastTense" …), or null. */
  wordClass(word: string): string | null;
  /** An everyday English word in any case ("Strikes", "Border"); names are not. */
  isEveryday(word: string): boolean;
  /** The word's meaning clusters (from word vectors), or null for a word outside the list. */
  cluster(lower: string): WordCluster | null;
}

export const NO_GAZETTEER: GazetteerLookup = {
  wordFlags: () => 0,
  phraseClass: () => null,
  wordClass: () => null,
  isEveryday: () => false,
  cluster: () => null,
};
