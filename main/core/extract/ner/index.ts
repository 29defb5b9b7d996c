/**
 * The learned entity tagger. Until a trained model ships, `loadTagger` returns null and
 * extraction uses its rule pipeline alone.
 */
export interface TaggedSpan {
  type: 'person' | 'organization' | 'location';
  start: number;
  end: number;
  /** Model confidence in [0, 1] where the model can tell; 1 otherwise. */
  score: number;
}

export interface Tagger {
  readonly name: string;
  readonly version: string;
  /** Entity spans in `text`, offsets into `text`. */
  tag(text: string): TaggedSpan[];
}

export function loadTagger(): Tagger | null {
  return null;
}
