import { DossierError } from '../errors.js';
import { pageOf } from '../ingest/page-of.js';
import type { CitationRecord } from '../store/records.js';
import type { Recorder } from './operation.js';

/** A passage of a document, by character offsets into its text. */
export interface Passage {
  documentId: string;
  start: number;
  end: number;
}

/** Refuses a span that is empty or not inside the document's text. */
export function checkSpan(length: number, start: number, end: number, title: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length) {
    throw new DossierError(
      'invalid-argument',
      `the span ${start}–${end} is not inside "${title}" (${length} characters)`,
    );
  }
}

/**
 * Cites a passage for a link, an event or an entity, through the operation's recorder (so undo
 * removes it). The quote is the document's own text at those offsets; the page is named for
 * documents read page by page. A passage already cited for the subject is not cited twice.
 */
export function cite(
  r: Recorder,
  subjectKind: CitationRecord['subjectKind'],
  subjectId: string,
  passage: Passage,
): CitationRecord {
  const doc = r.store.require('document', passage.documentId);
  checkSpan(doc.text.length, passage.start, passage.end, doc.title);
  const known = r.store
    .list('citation', { subjectId, documentId: doc.id })
    .find((c) => c.start === passage.start && c.end === passage.end);
  if (known) return known;
  return r.insert('citation', {
    subjectKind,
    subjectId,
    documentId: doc.id,
    start: passage.start,
    end: passage.end,
    quote: doc.text.slice(passage.start, passage.end),
    page: pageOf(doc.properties, passage.start),
  });
}
