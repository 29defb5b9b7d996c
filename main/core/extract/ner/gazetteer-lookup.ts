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
}

export const NO_GAZETTEER: GazetteerLookup = {
  wordFlags: () => 0,
  phraseClass: () => null,
};
