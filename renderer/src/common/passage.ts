/** A stretch of a document's text, by character offsets, with the words it holds. */
export interface Passage {
  documentId: string;
  start: number;
  end: number;
  quote: string;
}
