/** Training data after conversion: BIO tags over PER / ORG / LOC / MISC, grouped by document. */
export interface NerSentence {
  tokens: string[];
  tags: string[];
}

export interface NerDocument {
  /** Which training set ("wikigold", "btc", …) and where in it. */
  set: string;
  id: string;
  sentences: NerSentence[];
}
