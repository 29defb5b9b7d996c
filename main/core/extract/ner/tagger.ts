/** What extraction asks of a learned tagger. */
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
